-- For nvim-lspconfig users: registers a `readout` server so that
--   require('readout.lspconfig'); require('lspconfig').readout.setup({})
-- works like any other server of lspconfig.
local configs = require('lspconfig.configs')
local util = require('lspconfig.util')

if not configs.readout then
  configs.readout = {
    default_config = {
      cmd = { 'readout', 'lsp' },
      filetypes = { 'readout' },
      root_dir = util.root_pattern('.readout.json', '.git'),
      single_file_support = true,
      init_options = {},
      settings = { readout = {} },
    },
    docs = {
      description = 'Readout, the linter for diplomatic meeting reports: `readout lsp`.',
    },
  }
end
return configs.readout
