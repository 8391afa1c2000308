//! The server's synchronous state: open documents with their project, the projects, settings
//! and what the client can do. Only touched under one lock, never across an `.await`.

use crate::analysis::{Outcome, Snapshot};
use crate::document::OpenDocument;
use crate::projects::{self, DocKind, Projects};
use redflag_core::{ColumnEncoding, Language, Project};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use tower_lsp_server::ls_types::{TextDocumentContentChangeEvent, Uri};

pub struct Entry {
    /// Bumped on every open, change and reload (from one counter for all documents): an
    /// analysis publishes only if the generation it was made for is still the entry's.
    /// The client's version number cannot tell a document closed and reopened at the same
    /// version from the old one.
    pub generation: u64,
    /// The client's `languageId`, for detecting the language again after a change.
    pub language_id: String,
    pub doc: OpenDocument,
    pub project: Arc<Project>,
    pub kind: DocKind,
    pub path: Option<PathBuf>,
    pub shown_path: String,
    /// The latest analysis, with the generation it was made for.
    pub outcome: Option<(u64, Outcome)>,
    /// The user was told that this document's analysis fails (told once, until it works).
    pub failure_shown: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// Scan every workspace folder when the server starts (off: it can be slow).
    pub scan_on_startup: bool,
}

impl Settings {
    /// Reads `{"scanOnStartup": true}` or the same under a `redflag` key.
    pub fn update(&mut self, value: &serde_json::Value) {
        let section = value.get("redflag").unwrap_or(value);
        if let Some(on) = section.get("scanOnStartup").and_then(|v| v.as_bool()) {
            self.scan_on_startup = on;
        }
    }
}

#[derive(Default)]
pub struct Client {
    /// Pull diagnostics: the client supports both `textDocument/diagnostic` and refresh.
    pub pull: bool,
    pub watch_dynamic: bool,
    pub work_done_progress: bool,
    pub resolve_edits: bool,
}

pub struct State {
    pub encoding: ColumnEncoding,
    pub docs: HashMap<Uri, Entry>,
    pub projects: Projects,
    pub settings: Settings,
    pub client: Client,
    /// Running workspace scans by progress token; setting the flag cancels one.
    pub scans: HashMap<String, Arc<AtomicBool>>,
    /// Files the last workspace scan published diagnostics for.
    pub scan_published: HashSet<Uri>,
    pub shut_down: bool,
    /// The last document generation handed out.
    generation: u64,
    /// The built-in rules alone, for documents whose project does not load.
    builtin: Arc<Project>,
}

impl State {
    pub fn new(builtin: Arc<Project>) -> Self {
        State {
            encoding: ColumnEncoding::Utf16,
            docs: HashMap::new(),
            projects: Projects::default(),
            settings: Settings::default(),
            client: Client::default(),
            scans: HashMap::new(),
            scan_published: HashSet::new(),
            shut_down: false,
            generation: 0,
            builtin,
        }
    }

    /// A generation no analysis has been made for yet.
    pub fn next_generation(&mut self) -> u64 {
        self.generation += 1;
        self.generation
    }
}

/// A file path for `uri`, canonical when the file exists.
pub fn file_path(uri: &Uri) -> Option<PathBuf> {
    if uri.scheme().as_str() != "file" {
        return None;
    }
    let path = uri.to_file_path()?.into_owned();
    Some(path.canonicalize().unwrap_or(path))
}

/// The language from the path, else from the client's language id.
pub fn language_of(shown_path: &str, language_id: &str, text: &str) -> Language {
    let head = &text.as_bytes()[..text.len().min(256)];
    match Language::detect(shown_path, head) {
        Language::TEXT => Language::from_editor_id(language_id).unwrap_or(Language::TEXT),
        detected => detected,
    }
}

impl State {
    /// The project for a document; a broken project falls back to the built-in rules, and
    /// the returned message says why.
    pub fn project_for(&mut self, path: Option<&Path>) -> (Arc<Project>, Option<String>) {
        let loaded = match path {
            Some(path) => self.projects.for_path(path),
            None => self.projects.for_untitled(),
        };
        match loaded {
            Ok(project) => (project, None),
            Err(error) => (
                self.builtin.clone(),
                Some(format!(
                    "redflag: the project's config or rules do not load, using the built-in rules: {error}"
                )),
            ),
        }
    }

    /// Opens (or re-opens) a document. Returns a message for the user, if any.
    pub fn open(
        &mut self,
        uri: Uri,
        language_id: &str,
        text: String,
        version: i32,
    ) -> Option<String> {
        let path = file_path(&uri);
        let (project, message) = self.project_for(path.as_deref());
        let (kind, shown_path) = describe(&uri, path.as_deref(), &project);
        let language = language_of(&shown_path, language_id, &text);
        let doc = OpenDocument::new(language, text, version);
        let generation = self.next_generation();
        self.docs.insert(
            uri,
            Entry {
                generation,
                language_id: language_id.to_string(),
                doc,
                project,
                kind,
                path,
                shown_path,
                outcome: None,
                failure_shown: false,
            },
        );
        message
    }

    /// A copy of what an analysis of `uri` needs.
    pub fn snapshot(&self, uri: &Uri) -> Option<Snapshot> {
        let entry = self.docs.get(uri)?;
        Some(Snapshot {
            generation: entry.generation,
            doc: entry.doc.clone(),
            project: entry.project.clone(),
            kind: entry.kind,
            path: entry.path.clone(),
            shown_path: entry.shown_path.clone(),
        })
    }

    pub fn is_current(&self, uri: &Uri, generation: u64) -> bool {
        self.docs
            .get(uri)
            .is_some_and(|e| e.generation == generation)
    }

    /// Applies a client's changes to an open document: a new generation, and the language
    /// detected again (a shebang typed into an extension-less file). `None` if not open.
    pub fn change(
        &mut self,
        uri: &Uri,
        changes: Vec<TextDocumentContentChangeEvent>,
        version: i32,
    ) -> Option<Vec<String>> {
        let generation = self.next_generation();
        let encoding = self.encoding;
        let entry = self.docs.get_mut(uri)?;
        let notes = entry.doc.apply(changes, version, encoding);
        let language = language_of(&entry.shown_path, &entry.language_id, &entry.doc.text);
        if language != entry.doc.language {
            entry.doc.set_language(language);
        }
        entry.generation = generation;
        entry.outcome = None;
        Some(notes)
    }

    /// Forgets a closed document; its analyses in flight are then never published.
    pub fn close(&mut self, uri: &Uri) {
        self.next_generation();
        self.docs.remove(uri);
    }

    /// Reloads every project; a project that fails keeps its previous rules. Returns the
    /// error messages.
    pub fn reload(&mut self) -> Vec<String> {
        self.projects.clear();
        let mut errors = Vec::new();
        let uris: Vec<Uri> = self.docs.keys().cloned().collect();
        for uri in uris {
            let Some(entry) = self.docs.get(&uri) else {
                continue;
            };
            let path = entry.path.clone();
            let old = entry.project.clone();
            let loaded = match &path {
                Some(path) => self.projects.for_path(path),
                None => self.projects.for_untitled(),
            };
            let project = match loaded {
                Ok(project) => project,
                Err(error) => {
                    if !errors.contains(&error) {
                        errors.push(error);
                    }
                    if let Some(path) = &path {
                        let key = self.projects.key_for(path);
                        self.projects.keep(key, old.clone());
                    }
                    old
                }
            };
            let (kind, shown_path) = describe(&uri, path.as_deref(), &project);
            let generation = self.next_generation();
            if let Some(entry) = self.docs.get_mut(&uri) {
                // Analyses in flight used the old rules: they must not publish.
                entry.generation = generation;
                entry.project = project;
                entry.kind = kind;
                entry.shown_path = shown_path;
                entry.outcome = None;
            }
        }
        errors
    }
}

/// The document's kind and the path findings show for it.
fn describe(uri: &Uri, path: Option<&Path>, project: &Project) -> (DocKind, String) {
    match path {
        Some(path) => (
            projects::doc_kind(path, project),
            projects::shown_path(path, project),
        ),
        None => {
            let name = uri.path().as_str().rsplit('/').next().unwrap_or("untitled");
            (DocKind::Source, name.to_string())
        }
    }
}
