//! The statement lexer shared by the C family (JavaScript, TypeScript, Go, Java): statements
//! end at `;`, `{` and `}` outside parentheses and square brackets (and at line ends, where
//! the language ends statements there), `//` and `/* */` comments are skipped, and `"…"`,
//! `'…'` and `` `…` `` literals are collected whole.

use super::lexing::{find, line_end};
use std::ops::Range;

/// Statements of JavaScript, TypeScript and Java, where newlines do not end statements
/// reliably (and a gate may only ever see too much, never too little).
pub(super) fn braces_and_semicolons(
    text: &[u8],
    found: &mut dyn FnMut(usize, &[Range<usize>]) -> bool,
) -> bool {
    lex(text, false, found)
}

/// Go, where a line end outside brackets ends a statement.
pub(super) fn go_statements(
    text: &[u8],
    found: &mut dyn FnMut(usize, &[Range<usize>]) -> bool,
) -> bool {
    lex(text, true, found)
}

fn lex(
    text: &[u8],
    newline_ends: bool,
    found: &mut dyn FnMut(usize, &[Range<usize>]) -> bool,
) -> bool {
    let mut start = 0;
    let mut depth = 0usize;
    let mut literals: Vec<Range<usize>> = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let next = text.get(i + 1).copied();
        match text[i] {
            b'/' if next == Some(b'/') => {
                i = line_end(text, i);
                continue;
            }
            b'/' if next == Some(b'*') => {
                i = find(text, i + 2, b"*/").map_or(text.len(), |e| e + 2);
                continue;
            }
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            b'\n' if !newline_ends || depth > 0 => {}
            b';' | b'{' | b'}' | b'\n' if depth == 0 => {
                if !literals.is_empty() && found(start, &literals) {
                    return true;
                }
                literals.clear();
                start = i + 1;
            }
            quote @ (b'"' | b'\'' | b'`') => {
                let Some(end) = literal_end(text, i, quote) else {
                    return true; // unterminated: let the parser decide
                };
                literals.push(i..end);
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    !literals.is_empty() && found(start, &literals)
}

/// The end (exclusive) of the literal opened at `open`: Java text blocks (`"""`) and
/// backtick strings may span lines, other strings end at the line's end at the latest.
fn literal_end(text: &[u8], open: usize, quote: u8) -> Option<usize> {
    if quote == b'"' && text.get(open + 1..open + 3) == Some(b"\"\"") {
        return find(text, open + 3, b"\"\"\"").map(|e| e + 3);
    }
    let mut i = open + 1;
    while i < text.len() {
        match text[i] {
            b'\\' => i += 1,
            b'\n' if quote != b'`' => return Some(i),
            b if b == quote => return Some(i + 1),
            _ => {}
        }
        i += 1;
    }
    if quote == b'`' {
        None
    } else {
        Some(text.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statements(text: &str, go: bool) -> Vec<Vec<String>> {
        let mut out = Vec::new();
        lex(text.as_bytes(), go, &mut |_, literals| {
            out.push(
                literals
                    .iter()
                    .map(|l| text[l.clone()].to_string())
                    .collect(),
            );
            false
        });
        out
    }

    #[test]
    fn statements_split_at_semicolons_and_braces_only_outside_brackets() {
        assert_eq!(
            statements(
                "const a = \"x;y\"; f(\"p\", { k: 'v' });\n// \"no\"\n",
                false
            ),
            vec![vec!["\"x;y\""], vec!["\"p\"", "'v'"]]
        );
        assert_eq!(
            statements("a := \"x\"\nb := `multi\nline`\n", true),
            vec![vec!["\"x\""], vec!["`multi\nline`"]]
        );
        assert_eq!(
            statements("String s = \"\"\"\n  text \"block\"\n\"\"\";", false),
            vec![vec!["\"\"\"\n  text \"block\"\n\"\"\""]]
        );
    }

    #[test]
    fn an_unterminated_template_admits_the_file() {
        assert!(lex(b"let a = `never closed", false, &mut |_, _| false));
        assert!(!lex(b"let a = 'cut short", false, &mut |_, _| false));
    }
}
