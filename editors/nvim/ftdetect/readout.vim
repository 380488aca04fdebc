" Readout reports: *.readout (works on every Neovim and Vim; vim.filetype.add needs 0.8).
autocmd BufRead,BufNewFile *.readout setfiletype readout
