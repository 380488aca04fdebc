-- Readout for Neovim 0.7+: starts `readout lsp` for readout buffers and tells nvim-treesitter
-- where the grammar lives. Usage: require('readout').setup({ cmd = { 'readout', 'lsp' } })
local M = {}

M.defaults = {
  cmd = { 'readout', 'lsp' },
  -- Sent as initializationOptions; see docs/lsp.md (diagnosticsDelay, registry, rules, ...).
  settings = {},
  -- Markers that make a folder the workspace root, nearest first.
  root_markers = { '.readout.json', '.git' },
}

local function find_root(path, markers)
  local dir = vim.fn.fnamemodify(path, ':p:h')
  for _, marker in ipairs(markers) do
    local found = vim.fn.findfile(marker, dir .. ';')
    if found == '' then found = vim.fn.finddir(marker, dir .. ';') end
    if found ~= '' then return (vim.fn.fnamemodify(found, ':p:h'):gsub('/%.git$', '')) end
  end
  return dir
end

-- One client per workspace root, shared by every readout buffer under it (works on 0.7,
-- which has no vim.lsp.start).
local clients = {}

function M.attach(bufnr, options)
  local name = vim.api.nvim_buf_get_name(bufnr)
  local root = find_root(name ~= '' and name or vim.fn.getcwd(), options.root_markers)
  local id = clients[root]
  if id == nil or vim.lsp.get_client_by_id(id) == nil then
    if vim.fn.executable(options.cmd[1]) ~= 1 then
      vim.notify('readout: cannot run "' .. options.cmd[1] .. '"; install Readout or set cmd '
        .. '(see docs/editors.md)', vim.log.levels.ERROR)
      return nil
    end
    id = vim.lsp.start_client({
      name = 'readout',
      cmd = options.cmd,
      root_dir = root,
      init_options = options.settings,
      settings = { readout = options.settings },
    })
    clients[root] = id
  end
  if id then vim.lsp.buf_attach_client(bufnr, id) end
  return id
end

function M.setup(user)
  local options = vim.tbl_deep_extend('force', M.defaults, user or {})
  local group = vim.api.nvim_create_augroup('readout_lsp', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = 'readout',
    callback = function(args) M.attach(args.buf, options) end,
  })
  return options
end

-- The grammar folder of the checkout this plugin lives in (editors/nvim/lua/readout/init.lua).
function M.grammar_dir()
  local this = debug.getinfo(1, 'S').source:sub(2)
  return vim.fn.fnamemodify(this, ':p:h:h:h:h:h') .. '/grammar'
end

-- For nvim-treesitter users: registers the parser so that `:TSInstall readout` builds it
-- (src/parser.c and the external scanner src/scanner.c) from a local grammar folder (by
-- default this checkout's) or a git URL.
function M.register_parser(url)
  local ok, parsers = pcall(require, 'nvim-treesitter.parsers')
  if not ok then return false end
  parsers.get_parser_configs().readout = {
    install_info = {
      url = url or M.grammar_dir(),
      files = { 'src/parser.c', 'src/scanner.c' },
      requires_generate_from_grammar = false,
    },
    filetype = 'readout',
  }
  return true
end

return M
