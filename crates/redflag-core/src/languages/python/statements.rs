//! Python logical lines for the secret gate: brackets and `\` continue a line, comments and
//! strings are skipped whole.

use crate::languages::lexing::memchr;
use std::ops::Range;

/// Each logical line with the string literals in it (see [`crate::languages::StatementLexer`]).
pub(super) fn logical_lines(
    text: &[u8],
    found: &mut dyn FnMut(usize, &[Range<usize>]) -> bool,
) -> bool {
    let mut start = 0;
    let mut depth = 0usize;
    let mut literals = Vec::new();
    let mut i = 0;
    while i < text.len() {
        match text[i] {
            b'#' => {
                i = memchr(b'\n', text, i).unwrap_or(text.len());
                continue;
            }
            b'\\' => {
                // A continuation line (`\r\n` ends it too), or a stray backslash.
                i += if text.get(i + 1) == Some(&b'\r') {
                    3
                } else {
                    2
                };
                continue;
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b'\n' if depth == 0 => {
                if !literals.is_empty() && found(start, &literals) {
                    return true;
                }
                literals.clear();
                start = i + 1;
            }
            b'"' | b'\'' => {
                let Some(end) = python_string_end(text, i) else {
                    return true;
                };
                let prefix = text[..i]
                    .iter()
                    .rev()
                    .take_while(|b| b.is_ascii_alphabetic())
                    .count();
                literals.push(i - prefix..end);
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    !literals.is_empty() && found(start, &literals)
}

/// The end (exclusive) of the string literal whose opening quote is at `open`; `None` for
/// an unterminated triple-quoted one. A one-line string ends at the line's end at the latest.
fn python_string_end(text: &[u8], open: usize) -> Option<usize> {
    let quote = text[open];
    let triple = text.get(open + 1) == Some(&quote) && text.get(open + 2) == Some(&quote);
    let mut i = open + if triple { 3 } else { 1 };
    while i < text.len() {
        match text[i] {
            b'\\' => i += 1,
            b'\n' if !triple => return Some(i),
            b if b == quote => {
                if !triple {
                    return Some(i + 1);
                }
                if text.get(i + 1) == Some(&quote) && text.get(i + 2) == Some(&quote) {
                    return Some(i + 3);
                }
            }
            _ => {}
        }
        i += 1;
    }
    if triple { None } else { Some(text.len()) }
}
