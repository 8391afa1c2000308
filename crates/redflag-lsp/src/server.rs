//! The language server: LSP messages in, diagnostics, hovers and code actions out.
//!
//! Handlers run concurrently, so notifications can interleave: every edit is applied to the
//! document store before the handler's first `.await`, analyses are tagged with the
//! document's generation (the store's, bumped on every open, change, close and reload: the
//! client's version number repeats after a close and reopen), and a result whose generation
//! is no longer current is dropped, never published.

use crate::analysis::{self, Outcome, Snapshot};
use crate::store::{self, State};
use crate::{actions, hover, position, projects, workspace_scan};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};

pub const SCAN_COMMAND: &str = "redflag.scanWorkspace";

#[derive(Clone)]
pub struct Backend {
    pub(crate) client: Client,
    pub(crate) state: Arc<Mutex<State>>,
    /// Serialises "is this still current? then publish" so an older result cannot overtake.
    publish: Arc<tokio::sync::Mutex<()>>,
    /// Set by `shutdown`: `exit` after it is a clean exit (code 0), before it is not (1).
    pub(crate) shut_down: Arc<AtomicBool>,
}

impl Backend {
    pub fn new(client: Client, state: State, shut_down: Arc<AtomicBool>) -> Self {
        Backend {
            client,
            state: Arc::new(Mutex::new(state)),
            publish: Arc::new(tokio::sync::Mutex::new(())),
            shut_down,
        }
    }

    pub(crate) fn lock(&self) -> MutexGuard<'_, State> {
        // A panic elsewhere must not take the server down with it.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Analyses a snapshot off the async threads and publishes the result if the document
    /// has not changed meanwhile.
    async fn analyze_and_publish(&self, uri: Uri, snapshot: Snapshot) {
        let (generation, version) = (snapshot.generation, snapshot.doc.version);
        let Some(outcome) = self.analyze(uri.clone(), snapshot).await else {
            return;
        };
        let _order = self.publish.lock().await;
        let (push, tell_failure) = {
            let mut state = self.lock();
            let pull = state.client.pull;
            match state.docs.get_mut(&uri) {
                Some(entry) if entry.generation == generation => {
                    entry.outcome = Some((generation, outcome.clone()));
                    let tell = outcome.failure.is_some() && !entry.failure_shown;
                    entry.failure_shown = outcome.failure.is_some();
                    (!pull, tell)
                }
                _ => return,
            }
        };
        for note in &outcome.notes {
            self.client.log_message(MessageType::INFO, note).await;
        }
        if let Some(failure) = &outcome.failure {
            // A window message, not a diagnostic: nothing in the file is wrong. Once per
            // document until its analysis works again, not on every keystroke.
            if tell_failure {
                self.show(MessageType::ERROR, failure.clone()).await;
            } else {
                self.client.log_message(MessageType::ERROR, failure).await;
            }
        }
        if push {
            self.client
                .publish_diagnostics(uri, outcome.diagnostics, Some(version))
                .await;
        }
    }

    /// Runs the analysis on the blocking pool; `None` when the document moved on first.
    async fn analyze(&self, uri: Uri, snapshot: Snapshot) -> Option<Outcome> {
        let state = self.state.clone();
        let generation = snapshot.generation;
        let task = tokio::task::spawn_blocking(move || {
            let encoding = {
                let state = state.lock().unwrap_or_else(|e| e.into_inner());
                if !state.is_current(&uri, generation) {
                    return None;
                }
                state.encoding
            };
            Some(analysis::analyze(&snapshot, encoding))
        });
        match task.await {
            Ok(outcome) => outcome,
            Err(error) => {
                self.client
                    .log_message(
                        MessageType::ERROR,
                        format!("redflag: analysis failed: {error}"),
                    )
                    .await;
                None
            }
        }
    }

    /// The current analysis of `uri`, made now if the stored one is stale.
    pub(crate) async fn current_outcome(&self, uri: &Uri) -> Option<(Snapshot, Outcome)> {
        let (snapshot, cached) = {
            let state = self.lock();
            let entry = state.docs.get(uri)?;
            let cached = entry
                .outcome
                .as_ref()
                .filter(|(generation, _)| *generation == entry.generation)
                .map(|(_, o)| o.clone());
            (state.snapshot(uri)?, cached)
        };
        if let Some(outcome) = cached {
            return Some((snapshot, outcome));
        }
        let generation = snapshot.generation;
        let outcome = self.analyze(uri.clone(), snapshot.clone()).await?;
        if let Some(entry) = self.lock().docs.get_mut(uri)
            && entry.generation == generation
        {
            entry.outcome = Some((generation, outcome.clone()));
        }
        Some((snapshot, outcome))
    }

    async fn show(&self, kind: MessageType, message: String) {
        self.client.log_message(kind, &message).await;
        self.client.show_message(kind, message).await;
    }

    /// Reloads config and rules everywhere and analyses every open document again.
    pub(crate) async fn reload(&self) {
        let (errors, snapshots, pull) = {
            let mut state = self.lock();
            let errors = state.reload();
            let snapshots: Vec<(Uri, Snapshot)> = state
                .docs
                .keys()
                .filter_map(|uri| Some((uri.clone(), state.snapshot(uri)?)))
                .collect();
            (errors, snapshots, state.client.pull)
        };
        for error in errors {
            self.show(
                MessageType::WARNING,
                format!("redflag: rules or config did not reload, the previous rules stay in effect: {error}"),
            )
            .await;
        }
        self.client
            .log_message(MessageType::INFO, "redflag: rules and config reloaded")
            .await;
        for (uri, snapshot) in snapshots {
            self.analyze_and_publish(uri, snapshot).await;
        }
        if pull {
            let _ = self.client.workspace_diagnostic_refresh().await;
        }
    }

    /// `window/workDoneProgress/cancel`: stops the workspace scan with that token.
    pub async fn cancel_progress(&self, params: WorkDoneProgressCancelParams) {
        let key = token_key(&params.token);
        if let Some(flag) = self.lock().scans.get(&key) {
            flag.store(true, Ordering::Relaxed);
        }
    }

    /// A message the transport could not decode (see `transport`): noted, then ignored.
    pub async fn invalid_message(&self, params: serde_json::Value) {
        let reason = params
            .get("reason")
            .and_then(|r| r.as_str())
            .unwrap_or("unknown");
        self.client
            .log_message(
                MessageType::WARNING,
                format!("redflag: ignored a malformed message ({reason})"),
            )
            .await;
    }

    async fn register_watchers(&self) {
        let watchers = [
            "**/redflag.toml",
            "**/.redflag.toml",
            "**/*.scm",
            "**/*.toml",
        ]
        .into_iter()
        .map(|glob| FileSystemWatcher {
            glob_pattern: GlobPattern::String(glob.to_string()),
            kind: None,
        })
        .collect();
        let options = DidChangeWatchedFilesRegistrationOptions { watchers };
        let registration = Registration {
            id: "redflag-watch-rules".into(),
            method: "workspace/didChangeWatchedFiles".into(),
            register_options: serde_json::to_value(options).ok(),
        };
        if let Err(error) = self.client.register_capability(vec![registration]).await {
            self.client
                .log_message(
                    MessageType::WARNING,
                    format!("redflag: cannot watch rule files ({error}); rules reload on save"),
                )
                .await;
            self.lock().client.watch_dynamic = false;
        }
    }
}

pub(crate) fn token_key(token: &ProgressToken) -> String {
    match token {
        NumberOrString::Number(n) => n.to_string(),
        NumberOrString::String(s) => s.clone(),
    }
}

fn capabilities(state: &State) -> ServerCapabilities {
    let sync = TextDocumentSyncOptions {
        open_close: Some(true),
        change: Some(TextDocumentSyncKind::INCREMENTAL),
        save: Some(TextDocumentSyncSaveOptions::Supported(true)),
        ..TextDocumentSyncOptions::default()
    };
    ServerCapabilities {
        position_encoding: Some(position::kind(state.encoding)),
        text_document_sync: Some(TextDocumentSyncCapability::Options(sync)),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
            resolve_provider: Some(state.client.resolve_edits),
            ..CodeActionOptions::default()
        })),
        execute_command_provider: Some(ExecuteCommandOptions {
            commands: vec![SCAN_COMMAND.into()],
            ..ExecuteCommandOptions::default()
        }),
        diagnostic_provider: state.client.pull.then(|| {
            DiagnosticServerCapabilities::Options(DiagnosticOptions {
                identifier: Some("redflag".into()),
                inter_file_dependencies: false,
                workspace_diagnostics: false,
                ..DiagnosticOptions::default()
            })
        }),
        workspace: Some(WorkspaceServerCapabilities {
            workspace_folders: Some(WorkspaceFoldersServerCapabilities {
                supported: Some(true),
                change_notifications: Some(OneOf::Left(true)),
            }),
            file_operations: None,
        }),
        ..ServerCapabilities::default()
    }
}

fn folders_of(params: &InitializeParams) -> Vec<std::path::PathBuf> {
    #[allow(deprecated)]
    let root = params
        .root_uri
        .iter()
        .map(|uri| WorkspaceFolder {
            uri: uri.clone(),
            name: String::new(),
        })
        .collect::<Vec<_>>();
    params
        .workspace_folders
        .clone()
        .filter(|f| !f.is_empty())
        .unwrap_or(root)
        .iter()
        .filter_map(|f| store::file_path(&f.uri))
        .collect()
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let caps = &params.capabilities;
        let mut state = self.lock();
        state.encoding = position::negotiate(
            caps.general
                .as_ref()
                .and_then(|g| g.position_encodings.as_deref()),
        );
        let text = caps.text_document.as_ref();
        let workspace = caps.workspace.as_ref();
        let pull_request = text.and_then(|t| t.diagnostic.as_ref()).is_some();
        let refresh = workspace
            .and_then(|w| w.diagnostics.as_ref())
            .and_then(|d| d.refresh_support)
            .unwrap_or(false);
        state.client.pull = pull_request && refresh;
        state.client.watch_dynamic = workspace
            .and_then(|w| w.did_change_watched_files.as_ref())
            .and_then(|w| w.dynamic_registration)
            .unwrap_or(false);
        state.client.work_done_progress = caps
            .window
            .as_ref()
            .and_then(|w| w.work_done_progress)
            .unwrap_or(false);
        state.client.resolve_edits = text
            .and_then(|t| t.code_action.as_ref())
            .and_then(|c| c.resolve_support.as_ref())
            .is_some_and(|r| r.properties.iter().any(|p| p == "edit"));
        if let Some(options) = &params.initialization_options {
            state.settings.update(options);
        }
        state.projects.folders = folders_of(&params);
        Ok(InitializeResult {
            capabilities: capabilities(&state),
            server_info: Some(ServerInfo {
                name: "redflag".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        let (watch, scan) = {
            let state = self.lock();
            (state.client.watch_dynamic, state.settings.scan_on_startup)
        };
        self.client
            .log_message(MessageType::INFO, "redflag language server ready")
            .await;
        if watch {
            self.register_watchers().await;
        }
        if scan {
            workspace_scan::start(self.clone());
        }
    }

    async fn shutdown(&self) -> Result<()> {
        let mut state = self.lock();
        state.shut_down = true;
        for flag in state.scans.values() {
            flag.store(true, Ordering::Relaxed);
        }
        self.shut_down.store(true, Ordering::Relaxed);
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let item = params.text_document;
        let uri = item.uri.clone();
        let (message, snapshot) = {
            let mut state = self.lock();
            let message = state.open(item.uri, &item.language_id, item.text, item.version);
            (message, state.snapshot(&uri))
        };
        if let Some(message) = message {
            self.show(MessageType::WARNING, message).await;
        }
        if let Some(snapshot) = snapshot {
            self.analyze_and_publish(uri, snapshot).await;
        }
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri;
        let version = params.text_document.version;
        // Applied before the first `.await`: later notifications see this edit.
        let applied = {
            let mut state = self.lock();
            state
                .change(&uri, params.content_changes, version)
                .map(|notes| (notes, state.snapshot(&uri)))
        };
        let Some((notes, snapshot)) = applied else {
            self.client
                .log_message(
                    MessageType::WARNING,
                    format!(
                        "redflag: change to a document that is not open: {}",
                        uri.as_str()
                    ),
                )
                .await;
            return;
        };
        for note in notes {
            self.client
                .log_message(MessageType::WARNING, format!("redflag: {note}"))
                .await;
        }
        if let Some(snapshot) = snapshot {
            self.analyze_and_publish(uri, snapshot).await;
        }
    }

    async fn did_save(&self, params: DidSaveTextDocumentParams) {
        let reload = {
            let state = self.lock();
            let rule_dirs = state.projects.all_rule_dirs();
            !state.client.watch_dynamic
                && store::file_path(&params.text_document.uri)
                    .is_some_and(|p| projects::affects_rules(&p, &rule_dirs))
        };
        if reload {
            self.reload().await;
        }
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        let push = {
            let mut state = self.lock();
            state.close(&uri);
            !state.client.pull
        };
        if push {
            let _order = self.publish.lock().await;
            self.client.publish_diagnostics(uri, Vec::new(), None).await;
        }
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        let reload = {
            let state = self.lock();
            let rule_dirs = state.projects.all_rule_dirs();
            params.changes.iter().any(|change| {
                store::file_path(&change.uri)
                    .or_else(|| change.uri.to_file_path().map(|p| p.into_owned()))
                    .is_some_and(|p| projects::affects_rules(&p, &rule_dirs))
            })
        };
        if reload {
            self.reload().await;
        }
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        self.lock().settings.update(&params.settings);
    }

    async fn did_change_workspace_folders(&self, params: DidChangeWorkspaceFoldersParams) {
        {
            let mut state = self.lock();
            let removed: Vec<_> = params
                .event
                .removed
                .iter()
                .filter_map(|f| store::file_path(&f.uri))
                .collect();
            state.projects.folders.retain(|f| !removed.contains(f));
            let added = params
                .event
                .added
                .iter()
                .filter_map(|f| store::file_path(&f.uri));
            state.projects.folders.extend(added);
        }
        self.reload().await;
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let at = params.text_document_position_params;
        let Some((snapshot, outcome)) = self.current_outcome(&at.text_document.uri).await else {
            return Ok(None);
        };
        let encoding = self.lock().encoding;
        Ok(hover::hover(&snapshot, &outcome, at.position, encoding))
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let uri = params.text_document.uri.clone();
        let Some((snapshot, outcome)) = self.current_outcome(&uri).await else {
            return Ok(None);
        };
        let context = {
            let state = self.lock();
            actions::Context {
                uri,
                encoding: state.encoding,
                resolve_edits: state.client.resolve_edits,
                config_text: actions::config_buffer(&state, &snapshot.project),
            }
        };
        let found = actions::actions(&snapshot, &outcome, params.range, &context);
        Ok(Some(found))
    }

    async fn code_action_resolve(&self, action: CodeAction) -> Result<CodeAction> {
        let Some(data) = action.data.clone() else {
            return Ok(action);
        };
        let request: actions::ResolveData = serde_json::from_value(data)
            .map_err(|e| Error::invalid_params(format!("unknown code action data: {e}")))?;
        let Some((snapshot, outcome)) = self.current_outcome(&request.uri).await else {
            return Err(Error::invalid_params("the document is no longer open"));
        };
        let context = {
            let state = self.lock();
            actions::Context {
                uri: request.uri.clone(),
                encoding: state.encoding,
                resolve_edits: false,
                config_text: actions::config_buffer(&state, &snapshot.project),
            }
        };
        let mut action = action;
        action.edit = actions::resolve(&snapshot, &outcome, &request, &context);
        action.data = None;
        if action.edit.is_none() {
            return Err(Error::invalid_params(
                "the document changed: ask for code actions again",
            ));
        }
        Ok(action)
    }

    async fn execute_command(&self, params: ExecuteCommandParams) -> Result<Option<LSPAny>> {
        if params.command != SCAN_COMMAND {
            return Err(Error::invalid_params(format!(
                "unknown command `{}`",
                params.command
            )));
        }
        workspace_scan::start(self.clone());
        Ok(None)
    }

    async fn diagnostic(
        &self,
        params: DocumentDiagnosticParams,
    ) -> Result<DocumentDiagnosticReportResult> {
        let uri = params.text_document.uri;
        let items = match self.current_outcome(&uri).await {
            Some((_, outcome)) => outcome.diagnostics,
            None => Vec::new(),
        };
        let generation = self.lock().docs.get(&uri).map(|e| e.generation);
        Ok(DocumentDiagnosticReportResult::Report(
            DocumentDiagnosticReport::Full(RelatedFullDocumentDiagnosticReport {
                related_documents: None,
                full_document_diagnostic_report: FullDocumentDiagnosticReport {
                    result_id: generation.map(|g| g.to_string()),
                    items,
                },
            }),
        ))
    }
}
