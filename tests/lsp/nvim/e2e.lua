-- End-to-end test with a real client: Neovim (0.7+) drives `readout lsp` on the example report.
-- Run by run.sh as: nvim --headless --clean -c "luafile e2e.lua"; exits 0 on success, 1 otherwise.
local binary = os.getenv('READOUT_BINARY')
local report = os.getenv('READOUT_REPORT')
local log_file = os.getenv('READOUT_NVIM_LOG')

local function log(...)
  local f = io.open(log_file, 'a')
  f:write(table.concat(vim.tbl_map(tostring, { ... }), ' ') .. '\n')
  f:close()
end

local function fail(message)
  log('FAIL: ' .. message)
  vim.cmd('cquit 1')
end

local function check(condition, message)
  if not condition then fail(message) end
end

local exit_code = nil
vim.cmd('edit ' .. report)
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'readout',
  cmd = { binary, 'lsp', '--stdio' },
  root_dir = vim.fn.fnamemodify(report, ':h'),
  init_options = { diagnosticsDelay = 0 },
  on_exit = function(code, _) exit_code = code end,
})
check(client_id ~= nil, 'start_client failed')
vim.lsp.buf_attach_client(bufnr, client_id)
local client = vim.lsp.get_client_by_id(client_id)
check(vim.wait(10000, function() return client.initialized end, 20), 'server did not initialize')
log('initialized; encoding ' .. tostring(client.offset_encoding))

-- 1. The Blinken diagnostic.
local function blinken()
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == 'name-misspelled' and d.message:find('Anthony Blinken', 1, true)
        and d.message:find('Antony Blinken', 1, true) then
      return d
    end
  end
end
check(vim.wait(15000, function() return blinken() ~= nil end, 20), 'no name-misspelled diagnostic for Anthony Blinken')
local diag = blinken()
log('diagnostic at ' .. diag.lnum .. ':' .. diag.col .. ': ' .. diag.message)

local function request(method, params)
  local responses = vim.lsp.buf_request_sync(bufnr, method, params, 10000)
  check(responses ~= nil, method .. ': no response')
  for _, r in pairs(responses) do
    check(r.err == nil, method .. ': ' .. vim.inspect(r.err))
    return r.result
  end
end

-- 2. Completion of "Blin" to "Antony Blinken", typed at the end of the report.
local last = vim.api.nvim_buf_line_count(bufnr)
vim.api.nvim_buf_set_lines(bufnr, last, last, false, { '', 'Blin' })
local line = last + 1
local result = request('textDocument/completion', {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  position = { line = line, character = 4 },
})
local items = result.items or result
local chosen = nil
for _, item in ipairs(items) do
  if item.label == 'Antony Blinken' then chosen = item break end
end
check(chosen ~= nil, 'completion of "Blin" did not offer Antony Blinken')
vim.lsp.util.apply_text_edits({ chosen.textEdit }, bufnr, client.offset_encoding)
local completed = vim.api.nvim_buf_get_lines(bufnr, line, line + 1, false)[1]
check(completed == 'Antony Blinken', 'completion gave "' .. tostring(completed) .. '"')
log('completed: ' .. completed)

-- 3. The quick fix for the misspelling, preferred, applied through its workspace edit.
local actions = request('textDocument/codeAction', {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  range = { start = { line = diag.lnum, character = diag.col },
            ['end'] = { line = diag.end_lnum, character = diag.end_col } },
  context = { diagnostics = { diag.user_data and diag.user_data.lsp or {} } },
})
local fix = nil
for _, action in ipairs(actions) do
  if action.isPreferred and action.edit then fix = action break end
end
check(fix ~= nil, 'no preferred quick fix among ' .. #actions .. ' actions')
vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding)
local fixed_line = vim.api.nvim_buf_get_lines(bufnr, diag.lnum, diag.lnum + 1, false)[1]
check(fixed_line:find('Antony Blinken', 1, true) and not fixed_line:find('Anthony', 1, true),
  'quick fix left: ' .. fixed_line)
log('fixed: ' .. fixed_line)
check(vim.wait(10000, function() return blinken() == nil end, 20), 'the diagnostic did not go away after the fix')

-- 4. Rename the attendee handle @blinken to @secstate everywhere.
local text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
local before = select(2, text:gsub('@blinken', ''))
local row, col
for i, l in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
  local c = l:find('@blinken', 1, true)
  if c then row, col = i - 1, c break end
end
local edit = request('textDocument/rename', {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  position = { line = row, character = col + 1 },
  newName = 'secstate',
})
check(edit ~= nil, 'rename returned nothing')
vim.lsp.util.apply_workspace_edit(edit, client.offset_encoding)
text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
local after_old = select(2, text:gsub('@blinken', ''))
local after_new = select(2, text:gsub('@secstate', ''))
check(after_old == 0 and after_new == before,
  string.format('rename: %d @blinken before, %d left, %d @secstate', before, after_old, after_new))
log('renamed ' .. before .. ' handles')

-- 5. Clean shutdown: shutdown + exit, status 0.
client.stop()
check(vim.wait(10000, function() return exit_code ~= nil end, 20), 'server did not exit')
check(exit_code == 0, 'server exit status ' .. tostring(exit_code))
log('PASS')
vim.cmd('qall!')
