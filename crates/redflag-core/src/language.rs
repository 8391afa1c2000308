//! Which language a file is written in, from its name or its shebang, and what the engine
//! needs to know about each: a tree-sitter grammar (if any) and its comment syntax.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    Python,
    Rust,
    Yaml,
    Json,
    Toml,
    Dotenv,
    Ini,
    Dockerfile,
    Shell,
    /// Any other text file: only text (secret-format) rules apply.
    Text,
}

impl Language {
    pub const ALL: [Language; 10] = [
        Language::Python,
        Language::Rust,
        Language::Yaml,
        Language::Json,
        Language::Toml,
        Language::Dotenv,
        Language::Ini,
        Language::Dockerfile,
        Language::Shell,
        Language::Text,
    ];

    /// The name used in rule folders (`queries/<name>/`), headers and config.
    pub fn name(self) -> &'static str {
        match self {
            Language::Python => "python",
            Language::Rust => "rust",
            Language::Yaml => "yaml",
            Language::Json => "json",
            Language::Toml => "toml",
            Language::Dotenv => "dotenv",
            Language::Ini => "ini",
            Language::Dockerfile => "dockerfile",
            Language::Shell => "shell",
            Language::Text => "text",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.name() == name)
    }

    /// The tree-sitter grammar, for languages that query rules can target.
    pub fn grammar(self) -> Option<tree_sitter::Language> {
        match self {
            Language::Python => Some(tree_sitter_python::LANGUAGE.into()),
            Language::Rust => Some(tree_sitter_rust::LANGUAGE.into()),
            Language::Yaml => Some(tree_sitter_yaml::LANGUAGE.into()),
            Language::Json => Some(tree_sitter_json::LANGUAGE.into()),
            Language::Toml => Some(tree_sitter_toml_ng::LANGUAGE.into()),
            Language::Ini => Some(tree_sitter_ini::LANGUAGE.into()),
            // `.env` files and Dockerfile `ENV`/`ARG` lines are close enough to shell that
            // the bash grammar yields their assignments; no maintained Dockerfile grammar
            // builds against this tree-sitter version.
            Language::Dotenv | Language::Dockerfile | Language::Shell => {
                Some(tree_sitter_bash::LANGUAGE.into())
            }
            Language::Text => None,
        }
    }

    /// The line-comment marker, used for inline suppressions and fix insertion.
    pub fn line_comment(self) -> Option<&'static str> {
        match self {
            Language::Rust => Some("//"),
            Language::Json => None,
            Language::Ini => Some(";"),
            _ => Some("#"),
        }
    }

    /// Detects the language from the file name, then from a shebang line.
    pub fn detect(path: &str, head: &[u8]) -> Language {
        Self::from_path(path)
            .or_else(|| Self::from_shebang(head))
            .unwrap_or(Language::Text)
    }

    pub fn from_path(path: &str) -> Option<Language> {
        let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
        let lower = name.to_ascii_lowercase();
        if lower == "dockerfile"
            || lower.starts_with("dockerfile.")
            || lower.starts_with("dockerfile-")
            || lower.starts_with("dockerfile_")
            || lower.ends_with(".dockerfile")
            || lower == "containerfile"
        {
            return Some(Language::Dockerfile);
        }
        if lower == ".env" || lower.starts_with(".env.") || lower.ends_with(".env") {
            return Some(Language::Dotenv);
        }
        match lower.as_str() {
            ".envrc" | ".bashrc" | ".bash_profile" | ".zshrc" | ".zshenv" | ".profile" => {
                return Some(Language::Shell);
            }
            ".pypirc" | ".gitconfig" | ".editorconfig" => return Some(Language::Ini),
            _ => {}
        }
        let ext = lower.rsplit_once('.').map(|(_, ext)| ext)?;
        Some(match ext {
            "py" | "pyi" | "pyw" => Language::Python,
            "rs" => Language::Rust,
            "yaml" | "yml" => Language::Yaml,
            "json" => Language::Json,
            "toml" => Language::Toml,
            "ini" | "cfg" | "conf" | "properties" => Language::Ini,
            "sh" | "bash" | "zsh" => Language::Shell,
            _ => return None,
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
        if program.starts_with("python") {
            Some(Language::Python)
        } else if matches!(program, "sh" | "bash" | "zsh" | "dash" | "ksh") {
            Some(Language::Shell)
        } else {
            None
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_by_extension_name_and_shebang() {
        assert_eq!(Language::detect("src/a.py", b""), Language::Python);
        assert_eq!(Language::detect("x/lib.rs", b""), Language::Rust);
        assert_eq!(
            Language::detect("deploy/Dockerfile", b""),
            Language::Dockerfile
        );
        assert_eq!(Language::detect(".env.local", b""), Language::Dotenv);
        assert_eq!(
            Language::detect("bin/tool", b"#!/usr/bin/env python3\n"),
            Language::Python
        );
        assert_eq!(
            Language::detect("bin/run", b"#!/bin/bash\nset -e"),
            Language::Shell
        );
        assert_eq!(Language::detect("notes", b"hello"), Language::Text);
    }

    #[test]
    fn config_files_have_a_language_and_a_grammar() {
        let cases = [
            (".env", Language::Dotenv),
            ("app/.env.local", Language::Dotenv),
            ("prod.env", Language::Dotenv),
            ("gradle.properties", Language::Ini),
            ("setup.cfg", Language::Ini),
            ("php.ini", Language::Ini),
            ("home/.pypirc", Language::Ini),
            ("Dockerfile.prod", Language::Dockerfile),
            ("Dockerfile-dev", Language::Dockerfile),
            ("api.dockerfile", Language::Dockerfile),
            ("ci/deploy.yml", Language::Yaml),
            ("values.yaml", Language::Yaml),
            ("package.json", Language::Json),
            ("Cargo.toml", Language::Toml),
            ("scripts/release.sh", Language::Shell),
            (".envrc", Language::Shell),
        ];
        for (path, language) in cases {
            assert_eq!(Language::detect(path, b""), language, "{path}");
            assert!(language.grammar().is_some(), "{language}");
        }
        assert!(Language::Text.grammar().is_none());
    }
}
