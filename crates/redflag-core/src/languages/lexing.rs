//! Small byte-search helpers for the statement lexers. Every search starting past the end of
//! the text finds nothing (a lexer may look beyond a literal that the file cuts short).

/// The first `needle` at or after `from`.
pub(crate) fn memchr(needle: u8, text: &[u8], from: usize) -> Option<usize> {
    text.get(from..)?
        .iter()
        .position(|&b| b == needle)
        .map(|p| from + p)
}

/// The first `needle` sequence at or after `from`.
pub(crate) fn find(text: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    text.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

/// The end of the line holding `from` (the `\n`'s index, or the text's end).
pub(crate) fn line_end(text: &[u8], from: usize) -> usize {
    memchr(b'\n', text, from).unwrap_or(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searches_past_the_end_find_nothing() {
        assert_eq!(memchr(b'x', b"ab", 5), None);
        assert_eq!(find(b"ab", 5, b"*/"), None);
        assert_eq!(line_end(b"ab", 5), 2);
    }
}
