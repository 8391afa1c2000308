-- Neovim 0.11+ config for `redflag lsp`, found on 'runtimepath' by vim.lsp.config.
-- With this folder on 'runtimepath', `vim.lsp.enable('redflag')` is all you need; override with
-- `vim.lsp.config('redflag', { cmd = { '/path/to/redflag', 'lsp' } })`. It returns exactly what
-- `require('redflag').setup()` configured, so both ways agree.
return require('redflag').config()
