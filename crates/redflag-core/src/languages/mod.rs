//! Languages as data. Each language is one [`LanguageSupport`] entry: how its files are
//! recognised, its grammar (if query rules can target it), its comment syntax, and the
//! node-level knowledge the predicates need (imports, literals, built strings, test code,
//! keyword arguments, the statement lexer of the secret gate). The engine and the predicates
//! ask the entry; nothing outside this folder names a particular language.
//!
//! Adding a language is a module with its entry, one line in [`TABLE`] and, for query rules,
//! its grammar crate in Cargo.toml; its rules go in `queries/<name>/`.

mod c_like;
mod config_formats;
pub mod imports;
mod javascript;
pub mod lexical;
pub(crate) mod lexing;
mod python;
mod rust;
pub mod taint;
mod text_only;

pub use imports::Imports;
pub use lexical::Lexical;

use std::fmt;
use std::ops::Range;
use tree_sitter::Node;

/// A language: a handle on its [`LanguageSupport`] entry.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Language(u8);

/// Whether a keyword argument is passed: yes, no, or maybe (through `**kwargs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KwargPresence {
    Present,
    Absent,
    Unknown,
}

/// Calls the callback with the start of each statement and the string literals in it, until
/// it returns true; returns true too when the lexer loses track (the file is then parsed).
pub type StatementLexer = fn(&[u8], &mut dyn FnMut(usize, &[Range<usize>]) -> bool) -> bool;

/// How a language's imports are found and how its qualified names are written.
#[derive(Clone, Copy)]
pub struct ImportSyntax {
    /// Every import statement holds this word: subtrees without it are not walked.
    pub keyword: &'static [u8],
    /// Between the parts of a qualified name (`.` or `::`).
    pub separator: &'static str,
    /// Binds the names one import statement node introduces; `None` if `node` is not one.
    pub collect: fn(Node, &[u8], &mut Imports) -> Option<()>,
}

/// Where a file lacks an import a fix needs: the offset and the line to insert there.
pub type MissingImport = fn(Node, &[u8]) -> Option<(usize, &'static str)>;

/// Whether a call (or its argument list) passes one of the keyword arguments.
pub type KeywordArguments = fn(Node, &[String], &[u8]) -> KwargPresence;

/// How the quick fix "read it from the environment" writes the lookup.
#[derive(Clone, Copy)]
pub struct EnvLookup {
    /// The expression reading variable `NAME` in place of the string literal node, or
    /// `None` where no run-time lookup can stand (a constant).
    pub expression: fn(&str, Node) -> Option<String>,
    /// Where the lookup needs an import the file lacks: the offset and the line to insert.
    pub import: Option<MissingImport>,
}

/// Everything redflag knows about one language.
pub struct LanguageSupport {
    /// The name in rule folders (`queries/<name>/`), rule headers and config.
    pub name: &'static str,
    /// `languageId`s editors send for it (LSP), besides `name`.
    pub editor_ids: &'static [&'static str],
    /// File names (lower-case) that are this language whatever their extension.
    pub file_names: &'static [&'static str],
    /// Lower-case file name prefixes (`dockerfile.`) and suffixes (`.dockerfile`).
    pub name_prefixes: &'static [&'static str],
    pub name_suffixes: &'static [&'static str],
    /// Extensions, lower-case, without the dot.
    pub extensions: &'static [&'static str],
    /// Interpreters in a `#!` line; a trailing `*` matches any rest (`python*`).
    pub interpreters: &'static [&'static str],
    /// The tree-sitter grammar; languages without one get text rules only.
    pub grammar: Option<fn() -> tree_sitter::Language>,
    /// Line comment markers, the first one being what redflag writes.
    pub line_comments: &'static [&'static str],
    /// Strings and comments as the lexer-level secret check reads them.
    pub lexical: Lexical,
    /// The root node kind of a parse tree (statements under it can be re-queried alone).
    pub root_kind: Option<&'static str>,
    /// Sibling node kinds that belong to the item after them (Rust attributes).
    pub attached_before: &'static [&'static str],
    /// Node kinds of string literals.
    pub string_kinds: &'static [&'static str],
    /// `#resolves-to?` and `#imports?`.
    pub imports: Option<ImportSyntax>,
    /// `#literal?`: a constant.
    pub literal: Option<fn(Node) -> bool>,
    /// `#built-string?`: a string assembled at run time.
    pub built_string: Option<fn(Node, &[u8]) -> bool>,
    /// `#not-in-test?`: the node is inside test code.
    pub in_test: Option<fn(Node, &[u8]) -> bool>,
    /// `#has-kwarg?` / `#not-has-kwarg?` on a call or its arguments.
    pub keyword_arguments: Option<KeywordArguments>,
    /// Statements and their string literals, for the secret gate before parsing.
    pub statements: Option<StatementLexer>,
    /// The expression that reads environment variable `NAME` (the LSP's quick fix).
    pub env_lookup: Option<EnvLookup>,
    /// Flow rules: follows values from sources to sinks inside functions.
    pub taint: Option<taint::TaintWalker>,
}

/// An entry with nothing set, for `..BASE` in the language modules.
pub(crate) const BASE: LanguageSupport = LanguageSupport {
    name: "",
    editor_ids: &[],
    file_names: &[],
    name_prefixes: &[],
    name_suffixes: &[],
    extensions: &[],
    interpreters: &[],
    grammar: None,
    line_comments: &["#"],
    lexical: lexical::PROSE,
    root_kind: None,
    attached_before: &[],
    string_kinds: &[],
    imports: None,
    literal: None,
    built_string: None,
    in_test: None,
    keyword_arguments: None,
    statements: None,
    env_lookup: None,
    taint: None,
};

/// Every language; files that match none are plain text (the last entry).
static TABLE: &[&LanguageSupport] = &[
    &python::PYTHON,
    &rust::RUST,
    &javascript::JAVASCRIPT,
    &javascript::TYPESCRIPT,
    &javascript::TSX,
    &javascript::GO,
    &javascript::JAVA,
    &config_formats::YAML,
    &config_formats::JSON,
    &config_formats::TOML,
    &config_formats::DOTENV,
    &config_formats::INI,
    &config_formats::DOCKERFILE,
    &config_formats::SHELL,
    &text_only::C,
    &text_only::CSHARP,
    &text_only::KOTLIN,
    &text_only::SWIFT,
    &text_only::SCALA,
    &text_only::DART,
    &text_only::GROOVY,
    &text_only::PHP,
    &text_only::RUBY,
    &text_only::PERL,
    &text_only::R,
    &text_only::ELIXIR,
    &text_only::POWERSHELL,
    &text_only::HCL,
    &text_only::LUA,
    &text_only::SQL,
    &text_only::PROPERTIES,
    &text_only::XML,
    &text_only::MARKDOWN,
    &config_formats::TEXT,
];

/// Custom predicates and the part of an entry each one needs.
type Implements = fn(&LanguageSupport) -> bool;

const NEEDS: &[(&str, Implements)] = &[
    ("resolves-to?", |s| s.imports.is_some()),
    ("not-resolves-to?", |s| s.imports.is_some()),
    ("imports?", |s| s.imports.is_some()),
    ("literal?", |s| s.literal.is_some()),
    ("not-literal?", |s| s.literal.is_some()),
    ("built-string?", |s| s.built_string.is_some()),
    ("not-built-string?", |s| s.built_string.is_some()),
    ("not-in-test?", |s| s.in_test.is_some()),
    ("has-kwarg?", |s| s.keyword_arguments.is_some()),
    ("not-has-kwarg?", |s| s.keyword_arguments.is_some()),
];

impl Language {
    pub const PYTHON: Language = Language(0);
    pub const RUST: Language = Language(1);
    pub const JAVASCRIPT: Language = Language(2);
    pub const TYPESCRIPT: Language = Language(3);
    pub const TSX: Language = Language(4);
    pub const GO: Language = Language(5);
    pub const JAVA: Language = Language(6);
    pub const YAML: Language = Language(7);
    pub const JSON: Language = Language(8);
    pub const TOML: Language = Language(9);
    pub const DOTENV: Language = Language(10);
    pub const INI: Language = Language(11);
    pub const DOCKERFILE: Language = Language(12);
    pub const SHELL: Language = Language(13);
    pub const PROPERTIES: Language = Language(30);
    pub const XML: Language = Language(31);
    /// Any other text file: only text (secret-format) rules apply.
    pub const TEXT: Language = Language(33);

    pub fn all() -> impl Iterator<Item = Language> {
        (0..TABLE.len()).map(|i| Language(i as u8))
    }

    pub fn support(self) -> &'static LanguageSupport {
        TABLE[usize::from(self.0)]
    }

    /// The name used in rule folders (`queries/<name>/`), headers and config.
    pub fn name(self) -> &'static str {
        self.support().name
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::all().find(|l| l.name() == name)
    }

    /// The language an editor's `languageId` names, if redflag knows it.
    pub fn from_editor_id(id: &str) -> Option<Self> {
        Self::all().find(|l| l.name() == id || l.support().editor_ids.contains(&id))
    }

    /// The tree-sitter grammar, for languages that query rules can target.
    pub fn grammar(self) -> Option<tree_sitter::Language> {
        self.support().grammar.map(|grammar| grammar())
    }

    /// The marker redflag writes to start a line comment (suppressions, fixes).
    pub fn line_comment(self) -> Option<&'static str> {
        self.support().line_comments.first().copied()
    }

    /// Whether this language implements custom predicate `name` (`"built-string?"`);
    /// predicates that only read text (`#secret-name?`, `#match?`, ...) work everywhere.
    pub fn implements(self, predicate: &str) -> bool {
        NEEDS
            .iter()
            .find(|(name, _)| *name == predicate)
            .is_none_or(|(_, has)| has(self.support()))
    }

    /// Detects the language from the file name, then from a shebang line.
    pub fn detect(path: &str, head: &[u8]) -> Language {
        Self::from_path(path)
            .or_else(|| Self::from_shebang(head))
            .unwrap_or(Language::TEXT)
    }

    pub fn from_path(path: &str) -> Option<Language> {
        let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
        let lower = name.to_ascii_lowercase();
        let extension = lower.rsplit_once('.').map(|(_, ext)| ext);
        let by_name = |s: &LanguageSupport| {
            s.file_names.contains(&lower.as_str())
                || s.name_prefixes.iter().any(|p| lower.starts_with(p))
                || s.name_suffixes.iter().any(|p| lower.ends_with(p))
        };
        Self::all().find(|l| by_name(l.support())).or_else(|| {
            let extension = extension?;
            Self::all().find(|l| l.support().extensions.contains(&extension))
        })
    }

    fn from_shebang(head: &[u8]) -> Option<Language> {
        let first_line = head.split(|&b| b == b'\n').next()?;
        let line = std::str::from_utf8(first_line).ok()?.strip_prefix("#!")?;
        let mut words = line.split_whitespace();
        let mut program = words.next()?.rsplit('/').next()?;
        if program == "env" {
            program = words.find(|w| !w.starts_with('-'))?;
        }
        let runs = |pattern: &&str| match pattern.strip_suffix('*') {
            Some(prefix) => program.starts_with(prefix),
            None => program == *pattern,
        };
        Self::all().find(|l| l.support().interpreters.iter().any(runs))
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl fmt::Debug for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The text of a node (empty if it is not UTF-8).
pub(crate) fn node_text<'a>(node: Node, text: &'a [u8]) -> &'a str {
    std::str::from_utf8(&text[node.byte_range()]).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_constants_name_their_entries() {
        let named = [
            (Language::PYTHON, "python"),
            (Language::RUST, "rust"),
            (Language::JAVASCRIPT, "javascript"),
            (Language::TYPESCRIPT, "typescript"),
            (Language::TSX, "tsx"),
            (Language::GO, "go"),
            (Language::JAVA, "java"),
            (Language::YAML, "yaml"),
            (Language::JSON, "json"),
            (Language::TOML, "toml"),
            (Language::DOTENV, "dotenv"),
            (Language::INI, "ini"),
            (Language::DOCKERFILE, "dockerfile"),
            (Language::SHELL, "shell"),
            (Language::PROPERTIES, "properties"),
            (Language::XML, "xml"),
            (Language::TEXT, "text"),
        ];
        for (language, name) in named {
            assert_eq!(language.name(), name);
        }
        assert_eq!(Language::all().last(), Some(Language::TEXT));
    }

    #[test]
    fn detects_by_extension_name_and_shebang() {
        assert_eq!(Language::detect("src/a.py", b""), Language::PYTHON);
        assert_eq!(Language::detect("x/lib.rs", b""), Language::RUST);
        assert_eq!(
            Language::detect("deploy/Dockerfile", b""),
            Language::DOCKERFILE
        );
        assert_eq!(Language::detect(".env.local", b""), Language::DOTENV);
        assert_eq!(
            Language::detect("bin/tool", b"#!/usr/bin/env python3\n"),
            Language::PYTHON
        );
        assert_eq!(
            Language::detect("bin/run", b"#!/bin/bash\nset -e"),
            Language::SHELL
        );
        assert_eq!(Language::detect("notes", b"hello"), Language::TEXT);
        assert_eq!(Language::detect("web/app.mjs", b""), Language::JAVASCRIPT);
    }

    #[test]
    fn config_files_have_a_language_and_a_grammar() {
        let cases = [
            (".env", Language::DOTENV),
            ("app/.env.local", Language::DOTENV),
            ("prod.env", Language::DOTENV),
            ("gradle.properties", Language::PROPERTIES),
            ("setup.cfg", Language::INI),
            ("php.ini", Language::INI),
            ("home/.pypirc", Language::INI),
            ("Dockerfile.prod", Language::DOCKERFILE),
            ("Dockerfile-dev", Language::DOCKERFILE),
            ("api.dockerfile", Language::DOCKERFILE),
            ("ci/deploy.yml", Language::YAML),
            ("values.yaml", Language::YAML),
            ("package.json", Language::JSON),
            ("Cargo.toml", Language::TOML),
            ("scripts/release.sh", Language::SHELL),
            (".envrc", Language::SHELL),
        ];
        for (path, language) in cases {
            assert_eq!(Language::detect(path, b""), language, "{path}");
            assert!(
                language.grammar().is_some() || language == Language::PROPERTIES,
                "{language}"
            );
        }
        assert!(Language::TEXT.grammar().is_none());
    }

    #[test]
    fn predicates_are_implemented_per_language() {
        assert!(Language::PYTHON.implements("has-kwarg?"));
        assert!(!Language::RUST.implements("has-kwarg?"));
        assert!(Language::RUST.implements("not-in-test?"));
        assert!(!Language::YAML.implements("resolves-to?"));
        assert!(Language::YAML.implements("secret-name?"));
    }
}
