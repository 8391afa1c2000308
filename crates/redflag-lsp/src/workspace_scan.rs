//! `redflag.scanWorkspace`: walks every workspace folder in the background (respecting
//! .gitignore and each file's project config), reports `$/progress`, can be cancelled, and
//! publishes diagnostics for files with findings that are not open in the editor.

use crate::diagnostics;
use crate::projects::{self, Projects};
use crate::server::Backend;
use redflag_core::project::walk::{self, is_binary};
use redflag_core::{ColumnEncoding, Document, LineIndex};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use tokio::sync::mpsc::UnboundedSender;
use tower_lsp_server::ls_types::{Diagnostic, MessageType, NumberOrString, Uri};

enum Event {
    Progress {
        done: usize,
        total: usize,
    },
    File {
        uri: Uri,
        diagnostics: Vec<Diagnostic>,
    },
    /// A file or folder that could not be read, or a file whose analysis hit an internal
    /// error: logged and counted, never skipped silently.
    Failed {
        path: String,
        reason: String,
    },
}

static NEXT_SCAN: AtomicU64 = AtomicU64::new(1);

/// Starts a scan in the background and returns at once.
pub fn start(backend: Backend) {
    tokio::spawn(async move { run(backend).await });
}

async fn run(backend: Backend) {
    let token = format!("redflag-scan-{}", NEXT_SCAN.fetch_add(1, Ordering::Relaxed));
    let cancel = Arc::new(AtomicBool::new(false));
    let (folders, encoding, with_progress) = {
        let mut state = backend.lock();
        state.scans.insert(token.clone(), cancel.clone());
        (
            state.projects.folders.clone(),
            state.encoding,
            state.client.work_done_progress,
        )
    };
    let client = backend.client.clone();
    if folders.is_empty() {
        client
            .log_message(MessageType::INFO, "redflag: no workspace folder to scan")
            .await;
        backend.lock().scans.remove(&token);
        return;
    }
    let progress_token = NumberOrString::String(token.clone());
    let progress = if with_progress
        && client
            .create_work_done_progress(progress_token.clone())
            .await
            .is_ok()
    {
        Some(
            client
                .progress(progress_token, "redflag: scanning the workspace")
                .with_percentage(0)
                .with_cancel_button()
                .begin()
                .await,
        )
    } else {
        None
    };
    let (sender, mut events) = tokio::sync::mpsc::unbounded_channel();
    let walk_cancel = cancel.clone();
    let worker =
        tokio::task::spawn_blocking(move || scan(&folders, encoding, &walk_cancel, &sender));
    let mut published = HashSet::new();
    let mut last_percent = 0;
    let mut scanned = 0;
    let mut failed = 0;
    while let Some(event) = events.recv().await {
        match event {
            Event::Progress { done, total } => {
                scanned = done;
                let percent = u32::try_from(done * 100 / total.max(1)).unwrap_or(100);
                if percent != last_percent
                    && let Some(progress) = &progress
                {
                    last_percent = percent;
                    progress
                        .report_with_message(format!("{done}/{total} files"), percent, None)
                        .await;
                }
            }
            Event::Failed { path, reason } => {
                failed += 1;
                client
                    .log_message(MessageType::WARNING, format!("redflag: {path}: {reason}"))
                    .await;
            }
            Event::File { uri, diagnostics } => {
                let open = backend.lock().docs.contains_key(&uri);
                if !open {
                    published.insert(uri.clone());
                    client.publish_diagnostics(uri, diagnostics, None).await;
                }
            }
        }
    }
    let _ = worker.await;
    let cancelled = cancel.load(Ordering::Relaxed);
    let stale: Vec<Uri> = {
        let mut state = backend.lock();
        state.scans.remove(&token);
        let stale = if cancelled {
            Vec::new()
        } else {
            state
                .scan_published
                .iter()
                .filter(|uri| !published.contains(*uri) && !state.docs.contains_key(*uri))
                .cloned()
                .collect()
        };
        state.scan_published.extend(published.iter().cloned());
        for uri in &stale {
            state.scan_published.remove(uri);
        }
        stale
    };
    for uri in stale {
        client.publish_diagnostics(uri, Vec::new(), None).await;
    }
    let failed = if failed > 0 {
        format!(", {failed} not read or not analysed (see the log)")
    } else {
        String::new()
    };
    let summary = if cancelled {
        format!("redflag: workspace scan cancelled after {scanned} files{failed}")
    } else {
        format!(
            "redflag: workspace scan done, {scanned} files, {} with findings{failed}",
            published.len()
        )
    };
    if let Some(progress) = progress {
        progress.finish_with_message(summary.clone()).await;
    }
    client.log_message(MessageType::INFO, summary).await;
}

/// The blocking part: list the files, then analyse them one by one until cancelled.
fn scan(
    folders: &[PathBuf],
    encoding: ColumnEncoding,
    cancel: &AtomicBool,
    events: &UnboundedSender<Event>,
) {
    let mut files = Vec::new();
    for folder in folders {
        let walk = ignore::WalkBuilder::new(folder)
            .hidden(false)
            .require_git(false)
            .filter_entry(|entry| entry.file_name() != ".git")
            .build();
        for entry in walk {
            if cancel.load(Ordering::Relaxed) {
                return;
            }
            let entry = match entry {
                Ok(entry) => entry,
                Err(error) => {
                    let path = walk::error_path(&error).unwrap_or(folder);
                    let _ = events.send(Event::Failed {
                        path: path.display().to_string(),
                        reason: format!("could not read: {}", walk::error_reason(&error)),
                    });
                    continue;
                }
            };
            if entry.file_type().is_some_and(|t| t.is_file()) {
                files.push(entry.into_path());
            }
        }
    }
    files.sort();
    files.dedup();
    let total = files.len();
    let mut projects = Projects::default();
    projects.folders = folders.to_vec();
    for (index, path) in files.iter().enumerate() {
        if cancel.load(Ordering::Relaxed) {
            return;
        }
        match scan_file(&mut projects, path, encoding) {
            Ok(Some(diagnostics)) => {
                if let Some(uri) = Uri::from_file_path(path) {
                    let _ = events.send(Event::File { uri, diagnostics });
                }
            }
            Ok(None) => {}
            Err(reason) => {
                let _ = events.send(Event::Failed {
                    path: path.display().to_string(),
                    reason,
                });
            }
        }
        let _ = events.send(Event::Progress {
            done: index + 1,
            total,
        });
    }
}

/// Diagnostics for one file with findings (`None`: nothing to show); why it could not be
/// read or analysed.
fn scan_file(
    projects: &mut Projects,
    path: &Path,
    encoding: ColumnEncoding,
) -> Result<Option<Vec<Diagnostic>>, String> {
    let Ok(project) = projects.for_path(path) else {
        return Ok(None); // a project that does not load is shown when its files open
    };
    let shown = projects::shown_path(path, &project);
    let in_project = project.relative_path(path);
    // Rule files and configs are judged for secrets like any other file.
    if Path::new(&in_project).is_relative() && project.is_ignored(&in_project, false) {
        return Ok(None);
    }
    let unreadable = |e: std::io::Error| format!("could not read: {e}");
    let size = std::fs::metadata(path).map_err(unreadable)?.len();
    if size > project.scan.max_file_size {
        return Ok(None);
    }
    let bytes = std::fs::read(path).map_err(unreadable)?;
    if is_binary(&bytes) {
        return Ok(None);
    }
    let document = Document::new(&shown, &bytes);
    let analysis = project
        .engine
        .analyze_contained(&document, None, &crate::analysis::options())
        .map_err(|panicked| panicked.to_string())?;
    let lines = LineIndex::new(&bytes);
    let diagnostics: Vec<Diagnostic> = analysis
        .findings
        .iter()
        .filter(|f| f.severity >= project.scan.min_severity)
        .map(|f| diagnostics::from_finding(f, &lines, &bytes, encoding))
        .collect();
    Ok((!diagnostics.is_empty()).then_some(diagnostics))
}
