//! Rust statements for the secret gate: they end at `;`, `{` and `}` outside parentheses and
//! square brackets, so a call's arguments (closures included) stay whole.

use crate::languages::lexing::memchr;
use std::ops::Range;

/// Each statement with its string literals (see [`crate::languages::StatementLexer`]): they end at `;`, `{` and `}` outside parentheses and square
/// brackets.
pub(super) fn statements(
    text: &[u8],
    found: &mut dyn FnMut(usize, &[Range<usize>]) -> bool,
) -> bool {
    let mut start = 0;
    let mut depth = 0usize;
    let mut literals = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let next = text.get(i + 1).copied();
        match text[i] {
            b'/' if next == Some(b'/') => {
                i = memchr(b'\n', text, i).unwrap_or(text.len());
                continue;
            }
            b'/' if next == Some(b'*') => {
                i = rust_block_comment_end(text, i);
                continue;
            }
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            b';' | b'{' | b'}' if depth == 0 => {
                if !literals.is_empty() && found(start, &literals) {
                    return true;
                }
                literals.clear();
                start = i + 1;
            }
            b'\'' => {
                i = rust_char_end(text, i);
                continue;
            }
            b'"' | b'r' => {
                let Some(literal) = rust_string_at(text, i) else {
                    i += 1;
                    continue;
                };
                let Some(literal) = literal else {
                    return true; // unterminated
                };
                i = literal.end;
                literals.push(literal);
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    !literals.is_empty() && found(start, &literals)
}

/// The string literal starting at `i` (`"…"`, `r#"…"#`, with a `b`/`c` prefix before it):
/// `None` if no literal starts here, `Some(None)` if it never ends.
fn rust_string_at(text: &[u8], i: usize) -> Option<Option<Range<usize>>> {
    let ident_before =
        |at: usize| at > 0 && (text[at - 1].is_ascii_alphanumeric() || text[at - 1] == b'_');
    let (raw, open) = if text[i] == b'"' {
        (None, i)
    } else {
        // `r`, then hashes, then a quote; `r` must start a token (or follow `b`/`c`).
        let hashes_from = if text[i] == b'r' { i + 1 } else { return None };
        let prefix_ok = !ident_before(i)
            || (i > 0 && matches!(text[i - 1], b'b' | b'c') && !ident_before(i - 1));
        let hashes = text[hashes_from..]
            .iter()
            .take_while(|&&b| b == b'#')
            .count();
        let quote = hashes_from + hashes;
        if !prefix_ok || text.get(quote) != Some(&b'"') {
            return None;
        }
        (Some(hashes), quote)
    };
    // From the `r` of a raw string, so `unquote` sees its hashes on both sides.
    let start = if raw.is_some() { i } else { open };
    let mut j = open + 1;
    while j < text.len() {
        match (text[j], raw) {
            (b'\\', None) => j += 1,
            (b'"', None) => return Some(Some(start..j + 1)),
            (b'"', Some(hashes)) => {
                let closing = text[j + 1..]
                    .iter()
                    .take(hashes)
                    .take_while(|&&b| b == b'#')
                    .count();
                if closing == hashes {
                    return Some(Some(start..j + 1 + hashes));
                }
            }
            _ => {}
        }
        j += 1;
    }
    Some(None)
}

/// Past a `'`: a char literal (`'a'`, `'\''`, `'é'`) or just the quote of a lifetime.
fn rust_char_end(text: &[u8], i: usize) -> usize {
    if text.get(i + 1) == Some(&b'\\') {
        // An escape: the literal ends at the next quote after the escaped character.
        return memchr(b'\'', text, i + 3).map_or(i + 1, |e| e + 1);
    }
    let width = text.get(i + 1).map_or(1, |&b| match b {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    });
    if text.get(i + 1 + width) == Some(&b'\'') {
        i + 2 + width
    } else {
        i + 1
    }
}

/// Past a (possibly nested) `/* … */` comment starting at `i`.
fn rust_block_comment_end(text: &[u8], mut i: usize) -> usize {
    let mut nesting = 0usize;
    while i + 1 < text.len() {
        match (text[i], text[i + 1]) {
            (b'/', b'*') => {
                nesting += 1;
                i += 2;
            }
            (b'*', b'/') => {
                nesting -= 1;
                i += 2;
                if nesting == 0 {
                    return i;
                }
            }
            _ => i += 1,
        }
    }
    text.len()
}
