//! Whole-tree scans: a parallel walk that respects `.gitignore` and the project's ignores,
//! reads each file once and analyses it. An unreadable file or folder is reported (and
//! counted), the rest go on.

use super::resolve::Projects;
use super::{Project, config};
use crate::engine::{Analysis, AnalyzeOptions, Document};
use crate::languages::Language;
use ignore::{WalkBuilder, WalkState};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

#[derive(Debug)]
pub enum FileOutcome {
    Analyzed(Analysis),
    Binary,
    TooLarge(u64),
    /// The file could not be opened or read, or the folder could not be listed: why.
    Unreadable(String),
    /// The analysis hit an internal error (a caught panic): why.
    NotAnalysed(String),
}

#[derive(Debug)]
pub struct FileResult {
    /// Repo-relative, `/` separators (a folder's own path when it could not be listed).
    pub path: String,
    pub bytes: u64,
    pub outcome: FileOutcome,
}

#[derive(Debug, Default)]
pub struct ScanReport {
    /// Sorted by path.
    pub files: Vec<FileResult>,
    /// Projects whose config or rules did not load: their files were not judged.
    pub project_errors: Vec<String>,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ScanSummary {
    pub files_scanned: usize,
    pub files_parsed: usize,
    pub bytes_scanned: u64,
    pub skipped_binary: usize,
    pub skipped_large: usize,
    /// Files and folders that could not be read.
    pub unreadable: usize,
    /// Files whose analysis hit an internal error.
    pub not_analysed: usize,
}

impl ScanSummary {
    /// Files whose bytes were read (analysed or not, found binary or too large).
    pub fn files_read(&self) -> usize {
        self.files_scanned + self.skipped_binary + self.skipped_large + self.not_analysed
    }
}

impl ScanReport {
    pub fn summary(&self) -> ScanSummary {
        let mut s = ScanSummary::default();
        for file in &self.files {
            match &file.outcome {
                FileOutcome::Analyzed(a) => {
                    s.files_scanned += 1;
                    s.bytes_scanned += file.bytes;
                    s.files_parsed += usize::from(a.parsed);
                }
                FileOutcome::Binary => s.skipped_binary += 1,
                FileOutcome::TooLarge(_) => s.skipped_large += 1,
                FileOutcome::Unreadable(_) => s.unreadable += 1,
                FileOutcome::NotAnalysed(_) => s.not_analysed += 1,
            }
        }
        s
    }
}

/// Bytes a file must not contain in its head to count as text.
pub fn is_binary(head: &[u8]) -> bool {
    head[..head.len().min(8192)].contains(&0)
}

/// Scans `paths` (files or folders) in parallel, each file under its own project (the
/// nearest config above it, see `resolve`); paths are shown relative to `top`. `on_file` is
/// called after each file, for progress reporting.
pub fn scan(
    projects: &Projects,
    top: &Path,
    paths: &[PathBuf],
    options: &AnalyzeOptions,
    on_file: &(dyn Fn(usize) + Sync),
) -> ScanReport {
    let results = Mutex::new(Vec::new());
    let errors = Mutex::new(Vec::new());
    let done = AtomicUsize::new(0);
    let shown = |path: &Path| config::display(path.strip_prefix(top).unwrap_or(path));
    // The project of a folder, or `None` (said once per project) when it does not load.
    let project_of = |dir: &Path| match projects.for_dir(dir) {
        Ok(project) => Some(project),
        Err(error) => {
            let message = error.to_string();
            if let Ok(mut errors) = errors.lock()
                && !errors.contains(&message)
            {
                errors.push(message);
            }
            None
        }
    };
    for path in paths {
        let start = path.canonicalize().unwrap_or_else(|_| path.clone());
        let mut builder = WalkBuilder::new(&start);
        builder
            .hidden(false)
            .require_git(false)
            .threads(std::thread::available_parallelism().map_or(2, |n| n.get()))
            .filter_entry(|entry| entry.file_name() != ".git");
        builder.build_parallel().run(|| {
            Box::new(|entry| {
                let entry = match entry {
                    Ok(entry) => entry,
                    Err(error) => {
                        // A folder that cannot be listed (permissions, vanished): said, not
                        // skipped in silence.
                        let path = error_path(&error).unwrap_or(&start);
                        if let Ok(mut results) = results.lock() {
                            results.push(FileResult {
                                path: shown(path),
                                bytes: 0,
                                outcome: FileOutcome::Unreadable(error_reason(&error)),
                            });
                        }
                        return WalkState::Continue;
                    }
                };
                let is_dir = entry.file_type().is_some_and(|t| t.is_dir());
                // A folder is judged by its own config (one inside it counts), a file by
                // its folder's.
                let dir = if is_dir {
                    entry.path()
                } else {
                    entry.path().parent().unwrap_or(entry.path())
                };
                let Some(project) = project_of(dir) else {
                    return if is_dir {
                        WalkState::Skip
                    } else {
                        WalkState::Continue
                    };
                };
                if project.is_ignored(&project.relative_path(entry.path()), is_dir) {
                    return if is_dir {
                        WalkState::Skip
                    } else {
                        WalkState::Continue
                    };
                }
                if !entry.file_type().is_some_and(|t| t.is_file()) {
                    return WalkState::Continue;
                }
                let result = scan_file(&project, entry.path(), shown(entry.path()), options);
                if let Ok(mut results) = results.lock() {
                    results.push(result);
                }
                on_file(done.fetch_add(1, Ordering::Relaxed) + 1);
                WalkState::Continue
            })
        });
    }
    let mut files = results.into_inner().unwrap_or_default();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files.dedup_by(|a, b| a.path == b.path);
    ScanReport {
        files,
        project_errors: errors.into_inner().unwrap_or_default(),
    }
}

/// The path an error of a walk is about, if it says.
pub fn error_path(error: &ignore::Error) -> Option<&Path> {
    match error {
        ignore::Error::WithPath { path, .. } => Some(path),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        ignore::Error::Loop { child, .. } => Some(child),
        _ => None,
    }
}

/// Why a walk failed at a path, without the path (shown beside it).
pub fn error_reason(error: &ignore::Error) -> String {
    match error {
        ignore::Error::WithPath { err, .. }
        | ignore::Error::WithDepth { err, .. }
        | ignore::Error::WithLineNumber { err, .. } => error_reason(err),
        ignore::Error::Io(io) => io.to_string(),
        other => other.to_string(),
    }
}

/// Reads and analyses one file, within the project's size limit.
pub fn scan_file(
    project: &Project,
    path: &Path,
    relative: String,
    options: &AnalyzeOptions,
) -> FileResult {
    let limit = project.scan.max_file_size;
    let result = |bytes, outcome| FileResult {
        path: relative.clone(),
        bytes,
        outcome,
    };
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) => return result(0, FileOutcome::Unreadable(e.to_string())),
    };
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if size > limit {
        return result(size, FileOutcome::TooLarge(size));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    // Read at most one byte past the limit: the file may have grown since `metadata`.
    if let Err(e) = file.take(limit + 1).read_to_end(&mut bytes) {
        return result(size, FileOutcome::Unreadable(e.to_string()));
    }
    let len = bytes.len() as u64;
    if len > limit {
        return result(len, FileOutcome::TooLarge(len));
    }
    if is_binary(&bytes) {
        return result(len, FileOutcome::Binary);
    }
    let head = &bytes[..bytes.len().min(256)];
    let doc = Document {
        path: &relative,
        text: &bytes,
        language: Language::detect(&relative, head),
    };
    match project.engine.analyze_contained(&doc, None, options) {
        Ok(analysis) => result(len, FileOutcome::Analyzed(analysis)),
        Err(panicked) => result(len, FileOutcome::NotAnalysed(panicked.to_string())),
    }
}
