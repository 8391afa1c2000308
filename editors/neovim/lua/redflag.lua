-- redflag for Neovim: findings from `redflag lsp` as diagnostics, hover and code actions.
--
-- Works on Neovim 0.7 (Debian stable) through 0.11+. Put this folder on 'runtimepath' (or copy
-- `lua/redflag.lua` and `lsp/redflag.lua` into your config) and call, in init.lua:
--
--   require('redflag').setup()                       -- defaults: `redflag lsp` from PATH
--   require('redflag').setup({ cmd = { '/opt/bin/redflag', 'lsp' }, any_filetype = true })
--
-- On 0.11+ it uses vim.lsp.config()/vim.lsp.enable(); on older versions it starts the client
-- itself on FileType and attaches each buffer (the 0.7 API has no vim.lsp.start).
local M = {}

-- Languages redflag has rules for, plus the file kinds where secrets usually hide.
M.default_filetypes = {
  'python', 'rust',
  'yaml', 'json', 'jsonc', 'toml', 'xml',
  'sh', 'bash', 'zsh', 'dockerfile',
  'dotenv', 'conf', 'config', 'ini', 'dosini', 'cfg', 'properties', 'hcl', 'terraform',
  'javascript', 'typescript', 'go', 'java', 'ruby', 'php', 'c', 'cpp', 'cs',
  'markdown', 'text',
}

M.default_root_markers = { 'redflag.toml', '.redflag.toml', '.git' }

local defaults = {
  -- Command that starts the server.
  cmd = { 'redflag', 'lsp' },
  -- Filetypes to attach to; ignored when any_filetype is true.
  filetypes = nil,
  -- Attach to every buffer that has a file name, whatever its filetype.
  any_filetype = false,
  root_markers = nil,
  -- Scan the whole workspace when the server starts (off by default: it costs CPU).
  scan_on_startup = false,
  on_attach = nil,
  capabilities = nil,
}

local current -- the config of the last setup() call

local function options(opts)
  local o = vim.tbl_extend('force', defaults, opts or {})
  o.filetypes = o.filetypes or M.default_filetypes
  o.root_markers = o.root_markers or M.default_root_markers
  return o
end

--- The server configuration as a vim.lsp.Config table (what `lsp/redflag.lua` returns).
function M.config()
  local o = current or options()
  local cfg = {
    cmd = vim.deepcopy(o.cmd),
    root_markers = vim.deepcopy(o.root_markers),
    init_options = { scanOnStartup = o.scan_on_startup },
    settings = { redflag = { scanOnStartup = o.scan_on_startup } },
    on_attach = o.on_attach,
    capabilities = o.capabilities,
  }
  -- No `filetypes` field means "all filetypes" to vim.lsp.enable().
  if not o.any_filetype then
    cfg.filetypes = vim.deepcopy(o.filetypes)
  end
  return cfg
end

--- `redflag.scanWorkspace` on the server (progress is reported with $/progress).
function M.scan_workspace()
  local params = { command = 'redflag.scanWorkspace', arguments = {} }
  local get = vim.lsp.get_clients or vim.lsp.get_active_clients
  for _, client in pairs(get()) do
    if client.name == 'redflag' then
      local function done(err)
        if err then
          vim.notify('redflag: scanWorkspace failed: ' .. tostring(err.message), vim.log.levels.ERROR)
        end
      end
      -- Client methods take `self` from 0.11 on; before, they were plain functions.
      if vim.fn.has('nvim-0.11') == 1 then
        client:request('workspace/executeCommand', params, done)
      else
        client.request('workspace/executeCommand', params, done)
      end
      return
    end
  end
  vim.notify('redflag: the language server is not running', vim.log.levels.WARN)
end

-- Neovim 0.7-0.10 -----------------------------------------------------------------------------

-- Nearest ancestor of `path` holding one of `markers` (vim.fs.find is 0.8+).
local function find_root(path, markers)
  local dir = vim.fn.fnamemodify(path, ':p:h')
  while true do
    for _, marker in ipairs(markers) do
      if vim.loop.fs_stat(dir .. '/' .. marker) then
        return dir
      end
    end
    local parent = vim.fn.fnamemodify(dir, ':h')
    if parent == dir then
      return nil
    end
    dir = parent
  end
end

local clients = {} -- root dir (or file dir) -> client id

local function attach(bufnr, cfg)
  local name = vim.api.nvim_buf_get_name(bufnr)
  -- Help, terminal and scratch buffers have nothing to scan.
  if name == '' or vim.bo[bufnr].buftype ~= '' then
    return
  end
  local root = find_root(name, cfg.root_markers) or vim.fn.fnamemodify(name, ':p:h')
  local id = clients[root]
  local client = id and vim.lsp.get_client_by_id(id)
  if not client or client.is_stopped() then
    local ok, result = pcall(vim.lsp.start_client, {
      name = 'redflag',
      cmd = cfg.cmd,
      root_dir = root,
      workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
      init_options = cfg.init_options,
      settings = cfg.settings,
      on_attach = cfg.on_attach,
      capabilities = cfg.capabilities,
    })
    if not ok or not result then
      vim.notify('redflag: cannot start ' .. table.concat(cfg.cmd, ' ') .. ': ' .. tostring(result),
        vim.log.levels.ERROR)
      return
    end
    id = result
    clients[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
end

local function setup_legacy(cfg, group)
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = cfg.filetypes or '*',
    callback = function(args)
      attach(args.buf, cfg)
    end,
  })
end

-- Neovim 0.11+ --------------------------------------------------------------------------------

local function setup_native(cfg)
  -- Assignment replaces an earlier setup() instead of merging lists into it.
  vim.lsp.config.redflag = cfg
  vim.lsp.enable('redflag')
end

-- Any version: buffers with no filetype never fire FileType, so `any_filetype` also watches
-- file reads.
local function attach_untyped(cfg, group)
  vim.api.nvim_create_autocmd({ 'BufReadPost', 'BufNewFile' }, {
    group = group,
    callback = function(args)
      -- Filetype detection runs in the same event; look once it is done.
      vim.schedule(function()
        local buf = args.buf
        if not vim.api.nvim_buf_is_valid(buf) or vim.bo[buf].filetype ~= '' or vim.bo[buf].buftype ~= '' then
          return
        end
        if vim.fn.has('nvim-0.11') == 1 then
          local name = vim.api.nvim_buf_get_name(buf)
          local root = find_root(name, cfg.root_markers) or vim.fn.fnamemodify(name, ':p:h')
          vim.lsp.start(vim.tbl_extend('force', vim.lsp.config.redflag, { root_dir = root }),
            { bufnr = buf })
        else
          attach(buf, cfg)
        end
      end)
    end,
  })
end

--- Configures and enables the redflag language server. Options: see `defaults` above.
function M.setup(opts)
  current = options(opts)
  local cfg = M.config()
  local group = vim.api.nvim_create_augroup('redflag_lsp', { clear = true })
  if vim.fn.has('nvim-0.11') == 1 then
    setup_native(cfg)
  else
    setup_legacy(cfg, group)
  end
  if current.any_filetype then
    attach_untyped(cfg, group)
  end
  pcall(vim.api.nvim_create_user_command, 'RedflagScanWorkspace', M.scan_workspace,
    { desc = 'redflag: scan the workspace' })
end

return M
