//! Converts byte offsets to and from (line, column) in the encodings editors and people use.
//!
//! Lines end at `\n` (a preceding `\r` stays part of the line's text but is never counted
//! inside a column). Columns are counted in UTF-8 bytes (what tree-sitter counts), UTF-16
//! code units (the LSP default) or Unicode scalar values (what people see as characters).
//! Invalid UTF-8 is tolerated: each invalid byte counts as one character / one UTF-16 unit.

/// How a column is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnEncoding {
    Utf8,
    Utf16,
    Chars,
}

#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    pub fn new(text: &[u8]) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(memchr_newlines(text).map(|i| i + 1));
        LineIndex {
            line_starts,
            len: text.len(),
        }
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// 0-based line containing `offset` (offsets past the end clamp to the last line).
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.len);
        match self.line_starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        }
    }

    /// Byte range of a 0-based line, without its `\n` (and without a `\r` before it).
    pub fn line_range(&self, text: &[u8], line: usize) -> Option<std::ops::Range<usize>> {
        let start = *self.line_starts.get(line)?;
        let mut end = self
            .line_starts
            .get(line + 1)
            .map_or(self.len, |next| next - 1);
        if end > start && text.get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        Some(start..end)
    }

    /// 0-based (line, column) of `offset`, the column counted in `encoding`.
    pub fn position(&self, text: &[u8], offset: usize, encoding: ColumnEncoding) -> (usize, usize) {
        let offset = offset.min(self.len);
        let line = self.line_of(offset);
        let start = self.line_starts[line];
        (line, column_width(&text[start..offset], encoding))
    }

    /// Byte offset of a 0-based (line, column); `None` when the line does not exist.
    /// A column past the end of the line clamps to the line's end (as LSP asks), and a
    /// column inside a multi-byte character snaps to that character's start.
    pub fn offset(
        &self,
        text: &[u8],
        line: usize,
        column: usize,
        encoding: ColumnEncoding,
    ) -> Option<usize> {
        if line == self.line_starts.len() && column == 0 {
            return Some(self.len);
        }
        let range = self.line_range(text, line)?;
        let line_text = &text[range.clone()];
        let mut counted = 0;
        for (byte_offset, width) in char_widths(line_text, encoding) {
            if counted + width > column {
                return Some(range.start + byte_offset);
            }
            counted += width;
        }
        Some(range.end)
    }
}

fn memchr_newlines(text: &[u8]) -> impl Iterator<Item = usize> + '_ {
    text.iter()
        .enumerate()
        .filter_map(|(i, &b)| (b == b'\n').then_some(i))
}

/// Width of `bytes` in `encoding`.
pub fn column_width(bytes: &[u8], encoding: ColumnEncoding) -> usize {
    match encoding {
        ColumnEncoding::Utf8 => bytes.len(),
        _ => char_widths(bytes, encoding).map(|(_, w)| w).sum(),
    }
}

/// (byte offset, width) of each character; an invalid byte is a character of width 1.
fn char_widths(
    bytes: &[u8],
    encoding: ColumnEncoding,
) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut offset = 0;
    std::iter::from_fn(move || {
        if offset >= bytes.len() {
            return None;
        }
        let start = offset;
        let (len, ch) = decode_one(&bytes[offset..]);
        offset += len;
        let width = match (encoding, ch) {
            (ColumnEncoding::Utf8, _) => len,
            (ColumnEncoding::Utf16, Some(c)) => c.len_utf16(),
            _ => 1,
        };
        Some((start, width))
    })
}

/// Length of the first character and the character itself (`None` for an invalid byte).
fn decode_one(bytes: &[u8]) -> (usize, Option<char>) {
    let max = bytes.len().min(4);
    for len in 1..=max {
        if let Ok(s) = std::str::from_utf8(&bytes[..len]) {
            return (len, s.chars().next());
        }
    }
    (1, None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ColumnEncoding::*;

    #[test]
    fn columns_count_cjk_emoji_and_combining_marks_per_encoding() {
        let text = "a = \"日本\u{301}😀x\"\n".as_bytes();
        let index = LineIndex::new(text);
        let x = text.iter().position(|&b| b == b'x').unwrap_or_default();
        assert_eq!(index.position(text, x, Utf8), (0, 5 + 6 + 2 + 4));
        assert_eq!(index.position(text, x, Utf16), (0, 5 + 2 + 1 + 2));
        assert_eq!(index.position(text, x, Chars), (0, 5 + 2 + 1 + 1));
        for enc in [Utf8, Utf16, Chars] {
            let (line, col) = index.position(text, x, enc);
            assert_eq!(index.offset(text, line, col, enc), Some(x));
        }
    }

    #[test]
    fn crlf_is_not_part_of_a_column_and_lines_split_on_newline() {
        let text = b"one\r\ntwo\r\n";
        let index = LineIndex::new(text);
        assert_eq!(index.line_count(), 3);
        assert_eq!(index.position(text, 5, Utf16), (1, 0));
        assert_eq!(index.line_range(text, 0), Some(0..3));
        assert_eq!(index.offset(text, 0, 99, Utf16), Some(3));
        assert_eq!(index.offset(text, 2, 0, Utf16), Some(10));
        assert_eq!(index.offset(text, 7, 0, Utf16), None);
    }

    #[test]
    fn column_inside_a_surrogate_pair_snaps_to_the_character_start() {
        let text = "😀b".as_bytes();
        let index = LineIndex::new(text);
        assert_eq!(index.offset(text, 0, 1, Utf16), Some(0));
        assert_eq!(index.offset(text, 0, 2, Utf16), Some(4));
    }

    #[test]
    fn invalid_utf8_counts_one_per_byte() {
        let text = b"\xff\xfeab";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, 3, Chars), (0, 3));
        assert_eq!(index.offset(text, 0, 2, Utf16), Some(2));
    }
}
