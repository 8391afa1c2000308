-- redflag with nvim-lspconfig's classic API (Neovim 0.8-0.10). On 0.11+ prefer
-- require('redflag').setup() or `vim.lsp.enable('redflag')` (see editors/README.md).
-- Paste into init.lua after nvim-lspconfig is installed.
local configs = require('lspconfig.configs')
local util = require('lspconfig.util')

if not configs.redflag then
  configs.redflag = {
    default_config = {
      cmd = { 'redflag', 'lsp' },
      filetypes = { 'python', 'rust', 'yaml', 'json', 'toml', 'sh', 'bash', 'dockerfile', 'dotenv', 'conf', 'ini' },
      root_dir = util.root_pattern('redflag.toml', '.redflag.toml', '.git'),
      single_file_support = true,
      init_options = { scanOnStartup = false },
      settings = { redflag = { scanOnStartup = false } },
    },
  }
end

require('lspconfig').redflag.setup({})
