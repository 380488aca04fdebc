-- Writes the tree-sitter highlight captures (grammar/queries/highlights.scm) of each report named
-- in READOUT_REPORTS (space-separated) as JSON lines {file, row, start, end, capture} into
-- READOUT_CAPTURES. Byte columns; nodes spanning lines are skipped (every construct is one line).
local out = io.open(os.getenv('READOUT_CAPTURES'), 'w')
local get_query = (vim.treesitter.query and vim.treesitter.query.get) or vim.treesitter.get_query
for file in os.getenv('READOUT_REPORTS'):gmatch('%S+') do
  vim.cmd('edit ' .. file)
  local bufnr = vim.api.nvim_get_current_buf()
  local tree = vim.treesitter.get_parser(bufnr, 'readout'):parse()[1]
  local query = get_query('readout', 'highlights')
  for id, node in query:iter_captures(tree:root(), bufnr, 0, -1) do
    local row, start_col, end_row, end_col = node:range()
    if row == end_row then
      out:write(vim.fn.json_encode({ file = file, row = row, start = start_col, ['end'] = end_col,
        capture = query.captures[id] }) .. '\n')
    end
  end
end
out:close()
vim.cmd('qall!')
