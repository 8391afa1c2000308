//! Configuration and script formats: YAML, JSON, TOML, `.env`, INI, Dockerfile, shell, and
//! plain text. Their rules only look at names and values, so the entries hold file
//! detection, grammar and comment syntax (and JSON's pair lexer for the secret gate).

use super::lexical::{C_LIKE, CONFIG};
use super::{BASE, LanguageSupport};
use crate::languages::lexing::{find, memchr};
use std::ops::Range;

pub(super) const YAML: LanguageSupport = LanguageSupport {
    lexical: CONFIG,
    name: "yaml",
    extensions: &["yaml", "yml"],
    grammar: Some(|| tree_sitter_yaml::LANGUAGE.into()),
    root_kind: Some("stream"),
    ..BASE
};

pub(super) const JSON: LanguageSupport = LanguageSupport {
    lexical: C_LIKE,
    name: "json",
    editor_ids: &["jsonc"],
    extensions: &["json"],
    grammar: Some(|| tree_sitter_json::LANGUAGE.into()),
    // No comments: a suppression marker anywhere on the line counts.
    line_comments: &[],
    root_kind: Some("document"),
    string_kinds: &["string"],
    statements: Some(pairs),
    ..BASE
};

pub(super) const TOML: LanguageSupport = LanguageSupport {
    lexical: CONFIG,
    name: "toml",
    extensions: &["toml"],
    grammar: Some(|| tree_sitter_toml_ng::LANGUAGE.into()),
    root_kind: Some("document"),
    ..BASE
};

// `.env` files and Dockerfile `ENV`/`ARG` lines are close enough to shell that the bash
// grammar yields their assignments; no maintained Dockerfile grammar builds against this
// tree-sitter version.
pub(super) const DOTENV: LanguageSupport = LanguageSupport {
    lexical: CONFIG,
    name: "dotenv",
    file_names: &[".env"],
    name_prefixes: &[".env."],
    name_suffixes: &[".env"],
    grammar: Some(|| tree_sitter_bash::LANGUAGE.into()),
    root_kind: Some("program"),
    ..BASE
};

pub(super) const INI: LanguageSupport = LanguageSupport {
    lexical: CONFIG,
    name: "ini",
    file_names: &[".pypirc", ".gitconfig", ".editorconfig"],
    extensions: &["ini", "cfg", "conf"],
    grammar: Some(|| tree_sitter_ini::LANGUAGE.into()),
    line_comments: &[";", "#"],
    root_kind: Some("document"),
    ..BASE
};

pub(super) const DOCKERFILE: LanguageSupport = LanguageSupport {
    lexical: CONFIG,
    name: "dockerfile",
    file_names: &["dockerfile", "containerfile"],
    name_prefixes: &["dockerfile.", "dockerfile-", "dockerfile_"],
    name_suffixes: &[".dockerfile"],
    grammar: Some(|| tree_sitter_bash::LANGUAGE.into()),
    root_kind: Some("program"),
    ..BASE
};

pub(super) const SHELL: LanguageSupport = LanguageSupport {
    lexical: CONFIG,
    name: "shell",
    editor_ids: &["shellscript", "sh", "bash", "zsh"],
    file_names: &[
        ".envrc",
        ".bashrc",
        ".bash_profile",
        ".zshrc",
        ".zshenv",
        ".profile",
    ],
    extensions: &["sh", "bash", "zsh"],
    interpreters: &["sh", "bash", "zsh", "dash", "ksh"],
    grammar: Some(|| tree_sitter_bash::LANGUAGE.into()),
    root_kind: Some("program"),
    ..BASE
};

pub(super) const TEXT: LanguageSupport = LanguageSupport {
    name: "text",
    ..BASE
};

/// JSON statements for the secret gate: they end at `,`, braces and square brackets, so a pair is one
/// (comments, which tree-sitter-json accepts, are skipped).
fn pairs(text: &[u8], found: &mut dyn FnMut(usize, &[Range<usize>]) -> bool) -> bool {
    let mut start = 0;
    let mut literals = Vec::new();
    let mut i = 0;
    while i < text.len() {
        match text[i] {
            b'"' => {
                let mut end = i + 1;
                while end < text.len() && text[end] != b'"' {
                    end += if text[end] == b'\\' { 2 } else { 1 };
                }
                if end >= text.len() {
                    return true; // unterminated
                }
                literals.push(i..end + 1);
                i = end + 1;
                continue;
            }
            b',' | b'{' | b'}' | b'[' | b']' => {
                if !literals.is_empty() && found(start, &literals) {
                    return true;
                }
                literals.clear();
                start = i + 1;
            }
            b'/' if text.get(i + 1) == Some(&b'/') => {
                i = memchr(b'\n', text, i).unwrap_or(text.len());
                continue;
            }
            b'/' if text.get(i + 1) == Some(&b'*') => {
                i = find(text, i + 2, b"*/").map_or(text.len(), |e| e + 2);
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    !literals.is_empty() && found(start, &literals)
}
