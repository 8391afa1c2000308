-- Headless end-to-end driver for tests/editor_neovim.rs (not a user config):
--   REDFLAG_BIN=... REDFLAG_FILE=... REDFLAG_OUT=... nvim --headless --clean -u e2e.lua
-- Loads this folder's config exactly as a user would, opens REDFLAG_FILE, waits for redflag's
-- diagnostics, asks for hover and code actions, deletes the line of the secret finding, waits
-- for the diagnostics to follow, applies the eval finding's "suppress" action, writes everything
-- it saw to REDFLAG_OUT as JSON and quits.
-- It never fails by itself: the Rust test judges the JSON. Runs on Neovim 0.7 to 0.11+.
-- Also read: REDFLAG_EXPECT (rule ids to wait for, comma-separated), REDFLAG_ANY_FILETYPE=1
-- (setup's any_filetype), REDFLAG_DEADLINE_MS (when to give up and write the report).

local here = debug.getinfo(1, 'S').source:sub(2)
local config_dir = vim.fn.fnamemodify(here, ':p:h:h')
vim.opt.runtimepath:prepend(config_dir)

local bin, file, out = os.getenv('REDFLAG_BIN'), os.getenv('REDFLAG_FILE'), os.getenv('REDFLAG_OUT')

local report = { errors = {}, published = {}, timings_ms = {} }
local started = vim.loop.hrtime()
-- The Rust test kills Neovim after 60 s; every wait here is capped so that the report is
-- written before that (REDFLAG_DEADLINE_MS), however slow a loaded CI machine is.
local deadline_ms = tonumber(os.getenv('REDFLAG_DEADLINE_MS') or '') or 50000

-- At most `ms`, and never past the deadline.
local function budget(ms)
  local left = deadline_ms - (vim.loop.hrtime() - started) / 1e6
  return math.max(0, math.min(ms, left))
end

-- Milliseconds since the driver started, recorded under `name`.
local function mark(name)
  report.timings_ms[name] = math.floor((vim.loop.hrtime() - started) / 1e6)
end

local function note_error(msg)
  table.insert(report.errors, msg)
end

-- Record every publishDiagnostics exactly as the server sent it (positions in the negotiated
-- encoding), then let Neovim handle it as usual.
local publish = 'textDocument/publishDiagnostics'
local default_publish = vim.lsp.handlers[publish]
vim.lsp.handlers[publish] = function(err, result, ctx, config)
  if result then
    table.insert(report.published, result)
  end
  return default_publish(err, result, ctx, config)
end

-- INFO records the server's stderr and window/logMessage in the LSP log (which the test
-- searches for the token) but not the RPC traffic itself, which carries the document's text.
vim.lsp.set_log_level('INFO')

require('redflag').setup({ cmd = { bin, 'lsp' }, any_filetype = os.getenv('REDFLAG_ANY_FILETYPE') == '1' })

-- Rule ids the first diagnostics must include before the driver goes on.
local expected = vim.split(os.getenv('REDFLAG_EXPECT') or 'secret.github-pat,py.eval-non-literal', ',')

local function redflag_client(bufnr)
  local clients = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = bufnr })
    or vim.lsp.buf_get_clients(bufnr)
  for _, client in pairs(clients) do
    if client.name == 'redflag' then
      return client
    end
  end
end

-- vim.diagnostic entries, with the rule id wherever this Neovim version keeps it.
local function diagnostics(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp_data = d.user_data and d.user_data.lsp or {}
    table.insert(list, {
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      end_col = d.end_col,
      severity = d.severity,
      source = d.source,
      code = d.code or lsp_data.code,
      message = d.message,
    })
  end
  table.sort(list, function(a, b)
    return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col)
  end)
  return list
end

local function find(list, code)
  for _, d in ipairs(list) do
    if d.code == code then
      return d
    end
  end
end

-- Last diagnostics the server published for `uri`, as sent.
local function last_published(uri)
  for i = #report.published, 1, -1 do
    if report.published[i].uri == uri then
      return report.published[i].diagnostics
    end
  end
  return {}
end

-- Hover contents (MarkupContent, MarkedString or a list of them) as one string.
local function hover_text(contents)
  if type(contents) == 'string' then
    return contents
  elseif type(contents) == 'table' and contents.value then
    return contents.value
  elseif type(contents) == 'table' then
    local parts = {}
    for _, c in ipairs(contents) do
      table.insert(parts, hover_text(c))
    end
    return table.concat(parts, '\n')
  end
  return ''
end

-- The new text of every edit in a WorkspaceEdit.
local function edit_texts(edit)
  local texts = {}
  local function add(edits)
    for _, e in ipairs(edits or {}) do
      table.insert(texts, e.newText)
    end
  end
  if type(edit) ~= 'table' then
    return texts
  end
  for _, edits in pairs(edit.changes or {}) do
    add(edits)
  end
  for _, change in ipairs(edit.documentChanges or {}) do
    add(change.edits)
  end
  return texts
end

local function request(bufnr, method, params)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, budget(10000))
  if not responses then
    note_error(method .. ': ' .. tostring(err))
    return nil
  end
  for _, response in pairs(responses) do
    if response.err then
      note_error(method .. ': ' .. vim.inspect(response.err))
    end
    return response.result
  end
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  report.nvim = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch
  report.filetype = vim.bo[bufnr].filetype
  report.log_path = vim.lsp.get_log_path()

  local client
  if not vim.wait(budget(25000), function()
    client = redflag_client(bufnr)
    return client ~= nil and client.initialized ~= false and client.server_capabilities ~= nil
  end, 20) then
    note_error('no redflag client attached to the buffer')
    return
  end
  mark('client_ready')
  report.position_encoding = client.offset_encoding
  local caps = client.server_capabilities or {}
  report.capabilities = {
    hover = caps.hoverProvider and true or false,
    code_action = caps.codeActionProvider and true or false,
  }

  -- 1. Diagnostics on open: every expected rule.
  if not vim.wait(budget(25000), function()
    local ds = diagnostics(bufnr)
    for _, code in ipairs(expected) do
      if find(ds, code) == nil then
        return false
      end
    end
    return true
  end, 20) then
    note_error('timed out waiting for the first diagnostics')
  end
  mark('first_diagnostics')
  report.before = diagnostics(bufnr)
  report.published_before = last_published(uri)

  -- 2. Hover and code actions on the findings, when the server offers them.
  local eval_lsp, secret_lsp
  for _, d in ipairs(report.published_before) do
    if d.code == 'py.eval-non-literal' then
      eval_lsp = d
    elseif d.code == 'secret.github-pat' then
      secret_lsp = d
    end
  end
  if eval_lsp and report.capabilities.hover then
    local result = request(bufnr, 'textDocument/hover', {
      textDocument = { uri = uri },
      position = eval_lsp.range.start,
    })
    report.hover = result and hover_text(result.contents) or vim.NIL
  end
  local function code_actions(d)
    local result = request(bufnr, 'textDocument/codeAction', {
      textDocument = { uri = uri },
      range = d.range,
      context = { diagnostics = { d } },
    }) or {}
    local list, resolved = {}, {}
    local resolvable = type(caps.codeActionProvider) == 'table' and caps.codeActionProvider.resolveProvider
    for _, action in ipairs(result) do
      -- Servers may leave the edit out until the action is resolved (as a user picking it would).
      if action.edit == nil and action.data ~= nil and resolvable then
        action = request(bufnr, 'codeAction/resolve', action) or action
      end
      table.insert(resolved, action)
      table.insert(list, {
        title = action.title,
        kind = action.kind or vim.NIL,
        edit_texts = edit_texts(action.edit),
        -- a Command, or a CodeAction that carries one
        command = type(action.command) == 'string' and action.command
          or (type(action.command) == 'table' and action.command.command) or vim.NIL,
      })
    end
    return list, resolved
  end
  if report.capabilities.code_action then
    if eval_lsp then
      report.code_actions = code_actions(eval_lsp)
    end
    if secret_lsp then
      report.secret_code_actions = code_actions(secret_lsp)
    end
  end
  mark('hover_and_actions_done')

  -- 3. Delete the secret's line, as a user would; the diagnostics must follow the edit.
  local secret = find(report.before, 'secret.github-pat')
  local eval = find(report.before, 'py.eval-non-literal')
  if secret and eval then
    report.deleted_line = secret.lnum
    vim.api.nvim_buf_set_lines(bufnr, secret.lnum, secret.lnum + 1, false, {})
    if not vim.wait(budget(10000), function()
      local ds = diagnostics(bufnr)
      local moved = find(ds, 'py.eval-non-literal')
      return find(ds, 'secret.github-pat') == nil and moved ~= nil and moved.lnum == eval.lnum - 1
    end, 20) then
      note_error('timed out waiting for the diagnostics after deleting the secret line')
    end
    mark('diagnostics_after_edit')
    report.after = diagnostics(bufnr)
    report.published_after = last_published(uri)
  end

  -- 4. Pick the eval finding's "suppress" action and apply it, as `vim.lsp.buf.code_action()`
  -- would: the comment lands in the buffer and the finding goes away.
  local moved_lsp
  for _, d in ipairs(report.published_after or {}) do
    if d.code == 'py.eval-non-literal' then
      moved_lsp = d
    end
  end
  if moved_lsp and report.capabilities.code_action then
    local _, actions = code_actions(moved_lsp)
    for _, action in ipairs(actions) do
      local texts = table.concat(edit_texts(action.edit), '')
      if texts:find('redflag: ignore[py.eval-non-literal]', 1, true) then
        report.applied_action = action.title
        vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
        break
      end
    end
    if report.applied_action then
      if not vim.wait(budget(10000), function()
        return find(diagnostics(bufnr), 'py.eval-non-literal') == nil
      end, 20) then
        note_error('timed out waiting for the suppressed finding to go away')
      end
      mark('diagnostics_after_suppress')
      report.after_suppress = diagnostics(bufnr)
      report.lines_after_suppress = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
    end
  end
end

local function finish()
  local ok, err = pcall(run)
  if not ok then
    note_error('driver error: ' .. tostring(err))
  end
  mark('done')
  local f = io.open(out, 'w')
  if f then
    f:write(vim.fn.json_encode(report))
    f:close()
  end
  vim.cmd('qall!')
end

-- nested: the :edit inside must fire FileType, which is what attaches redflag.
vim.api.nvim_create_autocmd('VimEnter', { once = true, nested = true, callback = finish })
