-- Minimal init.lua using this folder as is (any Neovim from 0.7 on):
--   nvim -u editors/neovim/examples/init-example.lua some_file.py
local here = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h:h')
vim.opt.runtimepath:prepend(here)

require('redflag').setup({
  -- cmd = { '/path/to/redflag', 'lsp' },   -- default: redflag from PATH
  -- any_filetype = true,                   -- attach to every file, not only the known kinds
  -- scan_on_startup = true,                -- scan the workspace when the server starts
})
