//! The C family beyond Rust: JavaScript, TypeScript (and TSX), Go and Java. Query rules can
//! target each (`queries/<name>/`); the statement lexer keeps files without a secret-looking
//! literal from being parsed for secret rules.

use super::{BASE, LanguageSupport, c_like};

pub(super) const JAVASCRIPT: LanguageSupport = LanguageSupport {
    name: "javascript",
    editor_ids: &["javascriptreact"],
    extensions: &["js", "mjs", "cjs", "jsx"],
    interpreters: &["node", "nodejs", "deno", "bun"],
    grammar: Some(|| tree_sitter_javascript::LANGUAGE.into()),
    line_comments: &["//"],
    lexical: super::lexical::C_LIKE,
    root_kind: Some("program"),
    string_kinds: &["string", "template_string"],
    statements: Some(c_like::braces_and_semicolons),
    ..BASE
};

pub(super) const TYPESCRIPT: LanguageSupport = LanguageSupport {
    name: "typescript",
    editor_ids: &[],
    extensions: &["ts", "mts", "cts"],
    interpreters: &["ts-node"],
    grammar: Some(|| tree_sitter_typescript::LANGUAGE_TYPESCRIPT.into()),
    ..JAVASCRIPT
};

pub(super) const TSX: LanguageSupport = LanguageSupport {
    name: "tsx",
    editor_ids: &["typescriptreact"],
    extensions: &["tsx"],
    interpreters: &[],
    grammar: Some(|| tree_sitter_typescript::LANGUAGE_TSX.into()),
    ..JAVASCRIPT
};

pub(super) const GO: LanguageSupport = LanguageSupport {
    name: "go",
    extensions: &["go"],
    grammar: Some(|| tree_sitter_go::LANGUAGE.into()),
    line_comments: &["//"],
    lexical: super::lexical::C_LIKE,
    root_kind: Some("source_file"),
    string_kinds: &["interpreted_string_literal", "raw_string_literal"],
    statements: Some(c_like::go_statements),
    ..BASE
};

pub(super) const JAVA: LanguageSupport = LanguageSupport {
    name: "java",
    extensions: &["java"],
    grammar: Some(|| tree_sitter_java::LANGUAGE.into()),
    line_comments: &["//"],
    lexical: super::lexical::C_LIKE,
    root_kind: Some("program"),
    string_kinds: &["string_literal"],
    statements: Some(c_like::braces_and_semicolons),
    ..BASE
};
