//! redflag's language server: findings as you type, over stdio.
//!
//! Open documents keep their text and tree-sitter tree and are reparsed incrementally on
//! every change; the analysis itself is the one `redflag-core` gives every front end.

mod actions;
mod analysis;
mod config_edit;
mod diagnostics;
pub mod document;
mod env_fix;
mod hover;
#[cfg(test)]
mod incremental_tests;
mod position;
mod projects;
mod server;
mod store;
mod transport;
mod workspace_scan;

pub use analysis::{Outcome, Snapshot, analyze, options as analyze_options};
pub use projects::DocKind;
pub use server::SCAN_COMMAND;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use tower_lsp_server::{LspService, Server};

#[derive(Debug, thiserror::Error)]
pub enum LspError {
    #[error("the built-in rules do not load: {0}")]
    Rules(#[from] redflag_core::ProjectError),
    #[error("cannot start the async runtime: {0}")]
    Runtime(#[from] std::io::Error),
}

/// How the session ended, for the process exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// `exit` after `shutdown` (code 0).
    Clean,
    /// `exit` without `shutdown`, or the client went away (code 1, as the spec says).
    Abrupt,
}

/// Serves LSP on stdin/stdout until the client sends `exit` or closes the stream.
/// Nothing but protocol messages goes to stdout; logs go to `window/logMessage` or stderr.
pub fn run_stdio() -> Result<Exit, LspError> {
    let builtin = projects::builtin()?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let shut_down = Arc::new(AtomicBool::new(false));
    let flag = shut_down.clone();
    runtime.block_on(async move {
        let (service, socket) = LspService::build(|client| {
            server::Backend::new(client, store::State::new(builtin), flag)
        })
        .custom_method(
            "window/workDoneProgress/cancel",
            server::Backend::cancel_progress,
        )
        .custom_method(transport::INVALID_MESSAGE, server::Backend::invalid_message)
        .finish();
        let (reader, writer) = tokio::io::duplex(1 << 16);
        let stdin = tokio::io::BufReader::new(tokio::io::stdin());
        tokio::spawn(transport::pump(stdin, writer));
        Server::new(reader, tokio::io::stdout(), socket)
            .serve(service)
            .await;
    });
    // Blocking analyses may still run; they hold no client and end on their own.
    runtime.shutdown_timeout(std::time::Duration::from_millis(200));
    Ok(if shut_down.load(Ordering::Relaxed) {
        Exit::Clean
    } else {
        Exit::Abrupt
    })
}
