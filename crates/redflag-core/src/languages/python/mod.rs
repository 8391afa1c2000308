//! Python: imports (`import a as b`, `from a import b`), constants, strings built at run
//! time, keyword arguments, logical lines for the secret gate, `os.environ` for the quick fix.

mod statements;
mod taint;

use super::{BASE, EnvLookup, ImportSyntax, Imports, KwargPresence, LanguageSupport, node_text};
use tree_sitter::Node;

pub(super) const PYTHON: LanguageSupport = LanguageSupport {
    name: "python",
    extensions: &["py", "pyi", "pyw"],
    interpreters: &["python*"],
    grammar: Some(|| tree_sitter_python::LANGUAGE.into()),
    line_comments: &["#"],
    lexical: crate::languages::lexical::SCRIPT,
    root_kind: Some("module"),
    string_kinds: &["string", "concatenated_string"],
    imports: Some(ImportSyntax {
        keyword: b"import",
        separator: ".",
        collect: collect_import,
    }),
    literal: Some(is_literal),
    built_string: Some(is_built_string),
    keyword_arguments: Some(keyword_presence),
    statements: Some(statements::logical_lines),
    env_lookup: Some(EnvLookup {
        expression: |name, _| Some(format!("os.environ[\"{name}\"]")),
        import: Some(missing_import_os),
    }),
    taint: Some(taint::walk),
    ..BASE
};

fn collect_import(node: Node, text: &[u8], imports: &mut Imports) -> Option<()> {
    match node.kind() {
        "import_statement" => {
            let mut cursor = node.walk();
            for name in node.children_by_field_name("name", &mut cursor) {
                if name.kind() == "aliased_import" {
                    if let (Some(module), Some(alias)) = (
                        name.child_by_field_name("name"),
                        name.child_by_field_name("alias"),
                    ) {
                        imports.bind(node_text(alias, text), node_text(module, text).to_string());
                    }
                } else {
                    // `import a.b` binds `a`, which already resolves to itself.
                    let dotted = node_text(name, text);
                    let head = dotted.split('.').next().unwrap_or(dotted);
                    imports.bind(head, head.to_string());
                }
            }
            Some(())
        }
        "import_from_statement" => {
            let module = node.child_by_field_name("module_name")?;
            if module.kind() == "relative_import" {
                return Some(());
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
                imports.bind(local, format!("{module}.{imported}"));
            }
            Some(())
        }
        _ => None,
    }
}

/// A constant: strings without interpolation, numbers, booleans, None.
fn is_literal(node: Node) -> bool {
    match node.kind() {
        "string" | "concatenated_string" => {
            let mut cursor = node.walk();
            node.named_children(&mut cursor).all(|child| {
                child.kind() != "interpolation" && (child.kind() != "string" || is_literal(child))
            })
        }
        "integer" | "float" | "true" | "false" | "none" => true,
        "parenthesized_expression" => {
            let mut cursor = node.walk();
            node.named_children(&mut cursor).all(is_literal)
        }
        _ => false,
    }
}

/// A string assembled at run time, the shape of injection: an f-string with a placeholder,
/// `%` formatting or `+` concatenation involving a string, `"...".format(...)`.
fn is_built_string(node: Node, text: &[u8]) -> bool {
    let is_string = |n: Node| matches!(n.kind(), "string" | "concatenated_string");
    let stringy = |n: Node| is_string(n) || is_built_string(n, text);
    match node.kind() {
        "string" | "concatenated_string" => !is_literal(node),
        "parenthesized_expression" => {
            let mut cursor = node.walk();
            node.named_children(&mut cursor)
                .any(|child| is_built_string(child, text))
        }
        "binary_operator" => {
            let (Some(left), Some(right), Some(op)) = (
                node.child_by_field_name("left"),
                node.child_by_field_name("right"),
                node.child_by_field_name("operator"),
            ) else {
                return false;
            };
            match op.kind() {
                "%" => stringy(left),
                "+" => stringy(left) || stringy(right),
                _ => false,
            }
        }
        "call" => node
            .child_by_field_name("function")
            .filter(|f| f.kind() == "attribute")
            .is_some_and(|f| {
                let method = f
                    .child_by_field_name("attribute")
                    .map(|a| node_text(a, text));
                let on_string = f.child_by_field_name("object").is_some_and(is_string);
                on_string && matches!(method, Some("format" | "format_map"))
            }),
        _ => false,
    }
}

/// Whether a `call` or `argument_list` node passes one of `names` as a keyword.
fn keyword_presence(node: Node, names: &[String], text: &[u8]) -> KwargPresence {
    let args = if node.kind() == "call" {
        match node.child_by_field_name("arguments") {
            Some(args) => args,
            None => return KwargPresence::Absent,
        }
    } else {
        node
    };
    let mut splat = false;
    let mut cursor = args.walk();
    for child in args.named_children(&mut cursor) {
        match child.kind() {
            "keyword_argument" => {
                let name = child
                    .child_by_field_name("name")
                    .map_or("", |n| node_text(n, text));
                if names.iter().any(|n| n == name) {
                    return KwargPresence::Present;
                }
            }
            "dictionary_splat" => splat = true,
            _ => {}
        }
    }
    if splat {
        KwargPresence::Unknown
    } else {
        KwargPresence::Absent
    }
}

/// Where to add `import os` when the module has none: after leading comments, the module
/// docstring and `from __future__` imports.
fn missing_import_os(root: Node, text: &[u8]) -> Option<(usize, &'static str)> {
    let mut cursor = root.walk();
    let mut insert_at = 0;
    let mut leading = true;
    for (index, child) in root.children(&mut cursor).enumerate() {
        let source = child.utf8_text(text).unwrap_or("");
        let imports_os = child.kind() == "import_statement"
            && source
                .trim_start_matches("import")
                .split(',')
                .any(|part| part.trim() == "os");
        if imports_os {
            return None;
        }
        let is_docstring = index == 0
            && child.kind() == "expression_statement"
            && child.child(0).is_some_and(|c| c.kind() == "string");
        if leading
            && (child.kind() == "comment"
                || is_docstring
                || child.kind() == "future_import_statement")
        {
            insert_at = text[child.end_byte()..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(text.len(), |i| child.end_byte() + i + 1);
        } else {
            leading = false;
        }
    }
    Some((insert_at, "import os\n"))
}
