-- Neovim test of editors/nvim: filetype detection, the plugin's LSP set-up against the real
-- server, and tree-sitter highlighting with the shipped queries. Run by nvim_plugin.sh as
-- nvim --headless --clean --cmd "set rtp^=PLUGIN,PARSER" -c "luafile nvim_plugin.lua".
local binary = os.getenv('READOUT_BINARY')
local report = os.getenv('READOUT_REPORT')
local log_file = os.getenv('READOUT_NVIM_LOG')

local function log(...)
  local f = io.open(log_file, 'a')
  f:write(table.concat(vim.tbl_map(tostring, { ... }), ' ') .. '\n')
  f:close()
end

local function check(condition, message)
  if not condition then
    log('FAIL: ' .. message)
    vim.cmd('cquit 1')
  end
end

require('readout').setup({ cmd = { binary, 'lsp' }, settings = { diagnosticsDelay = 0 } })
vim.cmd('filetype plugin on')
vim.cmd('edit ' .. report)
local bufnr = vim.api.nvim_get_current_buf()

-- 1. ftdetect and ftplugin.
check(vim.bo.filetype == 'readout', 'filetype is "' .. vim.bo.filetype .. '"')
check(vim.bo.commentstring == '<!-- %s -->', 'commentstring is ' .. vim.bo.commentstring)
log('filetype readout')

-- 2. The FileType autocommand started and attached the server; the Blinken finding arrives.
local attached = function() return next(vim.lsp.buf_get_clients(bufnr)) ~= nil end
check(vim.wait(60000, attached, 20), 'no LSP client attached')
local function blinken()
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == 'name-misspelled' and d.message:find('Anthony Blinken', 1, true) then return d end
  end
end
check(vim.wait(60000, function() return blinken() ~= nil end, 20), 'no name-misspelled diagnostic')
log('diagnostic: ' .. blinken().message)

-- A second readout buffer in the same folder shares the client.
vim.cmd('edit ' .. vim.fn.fnamemodify(report, ':h') .. '/other.readout')
check(vim.wait(60000, function() return next(vim.lsp.buf_get_clients(0)) ~= nil end, 20),
  'second buffer not attached')
check(#vim.lsp.get_active_clients() == 1, #vim.lsp.get_active_clients() .. ' clients for one root')
vim.cmd('buffer ' .. bufnr)

-- 3. Tree-sitter highlighting with the queries from editors/nvim/queries.
local parser = vim.treesitter.get_parser(bufnr, 'readout')
local tree = parser:parse()[1]
check(not tree:root():has_error(), 'the example parses with errors')
local get_query = (vim.treesitter.query and vim.treesitter.query.get) or vim.treesitter.get_query
local query = get_query('readout', 'highlights')
check(query ~= nil, 'no highlights query found on the runtimepath')
local seen = {}
for id, node in query:iter_captures(tree:root(), bufnr, 0, -1) do
  local text = vim.treesitter.get_node_text and vim.treesitter.get_node_text(node, bufnr)
    or vim.treesitter.query.get_node_text(node, bufnr)
  seen[query.captures[id] .. '=' .. text] = true
end
for _, want in ipairs({
  'markup.heading.1=C5+1 foreign ministers meet in Astana; Secretary Blinken visits Kazakhstan',
  'markup.heading.2=C5+1 Ministerial', 'variable=@blinken', 'string.special=Antony Blinken',
  'type=Secretary of State', 'number=2023-02-28', 'property=Date:', 'comment=<!-- Converted from the TDI article of 2 March 2023, keeping its wording and its spellings. -->',
}) do
  check(seen[want], 'no capture ' .. want)
end
vim.treesitter.highlighter.new(parser)
log('highlights ok')

for _, client in ipairs(vim.lsp.get_active_clients()) do client.stop() end
log('PASS')
vim.cmd('qall!')
