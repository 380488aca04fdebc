-- Buffer settings for Readout reports: HTML-style comments, list items continue on Enter.
if vim.b.did_ftplugin then return end
vim.b.did_ftplugin = 1
vim.bo.commentstring = '<!-- %s -->'
vim.bo.comments = 'b:-'
vim.bo.formatoptions = vim.bo.formatoptions .. 'ro'
vim.b.undo_ftplugin = 'setlocal commentstring< comments< formatoptions<'
