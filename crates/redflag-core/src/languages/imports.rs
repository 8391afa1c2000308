//! What each imported name in a file stands for, so rules can match `sp.call` after
//! `import subprocess as sp`, and not a local function that happens to be called `call`.
//! The language's entry says how imports look ([`super::ImportSyntax`]).

use super::Language;
use std::collections::HashMap;
use tree_sitter::Node;

#[derive(Debug, Default, Clone)]
pub struct Imports {
    /// Local name → fully qualified name (`sp` → `subprocess`, `Command` → `std::process::Command`).
    bindings: HashMap<String, String>,
    separator: &'static str,
}

impl Imports {
    /// The imports of a parsed file; empty for a language without imports.
    pub fn collect(language: Language, root: Node, text: &[u8]) -> Self {
        let Some(syntax) = language.support().imports else {
            return Imports::default();
        };
        let mut imports = Imports {
            bindings: HashMap::new(),
            separator: syntax.separator,
        };
        // Every import holds its keyword: subtrees without one are not walked, which
        // keeps this cheap on large files (the language server runs it per keystroke).
        let keyword = syntax.keyword;
        let keyword_at: Vec<usize> = text
            .windows(keyword.len())
            .enumerate()
            .filter(|(_, w)| *w == keyword)
            .map(|(i, _)| i)
            .collect();
        let holds_keyword = |node: Node| {
            let first = keyword_at.partition_point(|&i| i < node.start_byte());
            keyword_at
                .get(first)
                .is_some_and(|&i| i + keyword.len() <= node.end_byte())
        };
        let mut stack = vec![root];
        while let Some(node) = stack.pop() {
            if !holds_keyword(node) {
                continue;
            }
            if (syntax.collect)(node, text, &mut imports).is_none() {
                let mut cursor = node.walk();
                stack.extend(node.named_children(&mut cursor));
            }
        }
        imports
    }

    /// Resolves a dotted (Python) or `::` (Rust) name through the file's imports.
    /// Names that were not imported stay as written.
    pub fn resolve(&self, name: &str) -> String {
        let compact: String = name.chars().filter(|c| !c.is_whitespace()).collect();
        // `Hmac::<Sha256>::new_from_slice` names the same function as `Hmac::new_from_slice`.
        let compact = if self.separator == "::" {
            strip_generics(&compact)
        } else {
            compact
        };
        let (head, rest) = match compact.split_once(self.separator) {
            Some((head, rest)) => (head, Some(rest)),
            None => (compact.as_str(), None),
        };
        match (self.bindings.get(head), rest) {
            (Some(full), Some(rest)) => format!("{full}{}{rest}", self.separator),
            (Some(full), None) => full.clone(),
            (None, _) => compact.clone(),
        }
    }

    /// A hash of every binding: equal for two files whose imports resolve names alike.
    pub fn fingerprint(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut bindings: Vec<_> = self.bindings.iter().collect();
        bindings.sort();
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        bindings.hash(&mut hasher);
        hasher.finish()
    }

    /// Whether the file imports `module` or anything inside it, in any form.
    pub fn imports_module(&self, module: &str) -> bool {
        self.bindings.values().any(|full| {
            full.strip_prefix(module)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(self.separator))
        })
    }

    pub(crate) fn bind(&mut self, local: &str, full: String) {
        self.bindings.insert(local.to_string(), full);
    }
}

/// Drops generic arguments from a Rust path: `Hmac::<Sha256>::new` → `Hmac::new`.
fn strip_generics(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut depth = 0usize;
    for c in path.chars() {
        match c {
            '<' => depth += 1,
            '>' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    while out.contains("::::") {
        out = out.replace("::::", "::");
    }
    out.trim_end_matches("::").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn imports(language: Language, source: &str) -> Imports {
        let mut parser = tree_sitter::Parser::new();
        let grammar = language
            .grammar()
            .unwrap_or_else(|| tree_sitter_python::LANGUAGE.into());
        assert!(parser.set_language(&grammar).is_ok());
        let tree = parser.parse(source, None);
        assert!(tree.is_some());
        tree.map(|t| Imports::collect(language, t.root_node(), source.as_bytes()))
            .unwrap_or_default()
    }

    #[test]
    fn python_aliases_and_from_imports_resolve_to_the_module() {
        let i = imports(
            Language::PYTHON,
            "import subprocess as sp\nfrom subprocess import call as run_it\nimport os.path\ndef f():\n    from pickle import loads\n",
        );
        assert_eq!(i.resolve("sp.call"), "subprocess.call");
        assert_eq!(i.resolve("run_it"), "subprocess.call");
        assert_eq!(i.resolve("os.path.join"), "os.path.join");
        assert_eq!(i.resolve("loads"), "pickle.loads");
        assert_eq!(i.resolve("call"), "call");
    }

    #[test]
    fn rust_use_trees_resolve_to_full_paths() {
        let i = imports(
            Language::RUST,
            "use std::process::{self, Command as Cmd};\nuse md5::Md5;\nuse reqwest::ClientBuilder;\n",
        );
        assert_eq!(i.resolve("Cmd::new"), "std::process::Command::new");
        assert_eq!(
            i.resolve("process::Command::new"),
            "std::process::Command::new"
        );
        assert_eq!(i.resolve("Md5::new"), "md5::Md5::new");
        assert_eq!(i.resolve("Other::new"), "Other::new");
        assert_eq!(
            i.resolve("Md5::<u8>::new"),
            "md5::Md5::new",
            "generic arguments do not hide the path"
        );
    }
}
