//! What each imported name in a file stands for, so rules can match `sp.call` after
//! `import subprocess as sp`, and not a local function that happens to be called `call`.

use crate::language::Language;
use std::collections::HashMap;
use tree_sitter::Node;

#[derive(Debug, Default, Clone)]
pub struct Imports {
    /// Local name → fully qualified name (`sp` → `subprocess`, `Command` → `std::process::Command`).
    bindings: HashMap<String, String>,
    separator: &'static str,
}

impl Imports {
    pub fn collect(language: Language, root: Node, text: &[u8]) -> Self {
        let mut imports = Imports {
            bindings: HashMap::new(),
            separator: if language == Language::Rust {
                "::"
            } else {
                "."
            },
        };
        // Every import holds its keyword: subtrees without one are not walked, which
        // keeps this cheap on large files (the language server runs it per keystroke).
        let keyword: &[u8] = if language == Language::Rust {
            b"use"
        } else {
            b"import"
        };
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
            match (language, node.kind()) {
                (Language::Python, "import_statement") => imports.python_import(node, text),
                (Language::Python, "import_from_statement") => {
                    imports.python_from_import(node, text)
                }
                (Language::Rust, "use_declaration") => {
                    if let Some(arg) = node.child_by_field_name("argument") {
                        imports.rust_use(arg, "", text);
                    }
                }
                _ => {
                    let mut cursor = node.walk();
                    stack.extend(node.named_children(&mut cursor));
                }
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

    fn bind(&mut self, local: &str, full: String) {
        self.bindings.insert(local.to_string(), full);
    }

    fn python_import(&mut self, node: Node, text: &[u8]) {
        let mut cursor = node.walk();
        for name in node.children_by_field_name("name", &mut cursor) {
            if name.kind() == "aliased_import" {
                if let (Some(module), Some(alias)) = (
                    name.child_by_field_name("name"),
                    name.child_by_field_name("alias"),
                ) {
                    self.bind(node_text(alias, text), node_text(module, text).to_string());
                }
            } else {
                // `import a.b` binds `a`, which already resolves to itself.
                let dotted = node_text(name, text);
                let head = dotted.split('.').next().unwrap_or(dotted);
                self.bind(head, head.to_string());
            }
        }
    }

    fn python_from_import(&mut self, node: Node, text: &[u8]) {
        let Some(module) = node.child_by_field_name("module_name") else {
            return;
        };
        if module.kind() == "relative_import" {
            return;
        }
        let module = node_text(module, text);
        let mut cursor = node.walk();
        for name in node.children_by_field_name("name", &mut cursor) {
            let (imported, local) = if name.kind() == "aliased_import" {
                match (
                    name.child_by_field_name("name"),
                    name.child_by_field_name("alias"),
                ) {
                    (Some(n), Some(a)) => (node_text(n, text), node_text(a, text)),
                    _ => continue,
                }
            } else {
                (node_text(name, text), node_text(name, text))
            };
            self.bind(local, format!("{module}.{imported}"));
        }
    }

    fn rust_use(&mut self, node: Node, prefix: &str, text: &[u8]) {
        let join = |path: &str| {
            let path = path.trim_start_matches("::");
            if prefix.is_empty() {
                path.to_string()
            } else {
                format!("{prefix}::{path}")
            }
        };
        match node.kind() {
            "identifier" | "scoped_identifier" => {
                let full = join(&compact(node_text(node, text)));
                let local = full.rsplit("::").next().unwrap_or(&full).to_string();
                if local != "self" {
                    self.bind(&local, full);
                }
            }
            "self" => {
                let local = prefix.rsplit("::").next().unwrap_or(prefix).to_string();
                self.bind(&local, prefix.to_string());
            }
            "use_as_clause" => {
                if let (Some(path), Some(alias)) = (
                    node.child_by_field_name("path"),
                    node.child_by_field_name("alias"),
                ) {
                    self.bind(
                        node_text(alias, text),
                        join(&compact(node_text(path, text))),
                    );
                }
            }
            "scoped_use_list" => {
                let inner = node
                    .child_by_field_name("path")
                    .map(|p| join(&compact(node_text(p, text))));
                if let Some(list) = node.child_by_field_name("list") {
                    self.rust_use(list, inner.as_deref().unwrap_or(prefix), text);
                }
            }
            "use_list" => {
                let mut cursor = node.walk();
                for child in node.named_children(&mut cursor) {
                    self.rust_use(child, prefix, text);
                }
            }
            _ => {}
        }
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

fn compact(path: &str) -> String {
    path.chars().filter(|c| !c.is_whitespace()).collect()
}

pub(crate) fn node_text<'a>(node: Node, text: &'a [u8]) -> &'a str {
    std::str::from_utf8(&text[node.byte_range()]).unwrap_or("")
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
            Language::Python,
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
            Language::Rust,
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
