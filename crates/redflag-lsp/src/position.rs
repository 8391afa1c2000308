//! LSP positions ↔ byte offsets, through the document's one line index, in the negotiated
//! encoding. Incoming edits and outgoing ranges both go through here.

use redflag_core::{ColumnEncoding, LineIndex};
use tower_lsp_server::ls_types::{Position, PositionEncodingKind, Range};

/// Picks the encoding: UTF-8 (what tree-sitter counts) when the client offers it, else the
/// UTF-16 every client supports.
pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> ColumnEncoding {
    let offers_utf8 = offered.is_some_and(|kinds| kinds.contains(&PositionEncodingKind::UTF8));
    if offers_utf8 {
        ColumnEncoding::Utf8
    } else {
        ColumnEncoding::Utf16
    }
}

pub fn kind(encoding: ColumnEncoding) -> PositionEncodingKind {
    match encoding {
        ColumnEncoding::Utf8 => PositionEncodingKind::UTF8,
        ColumnEncoding::Utf16 => PositionEncodingKind::UTF16,
        ColumnEncoding::Chars => PositionEncodingKind::UTF32,
    }
}

/// The LSP position of byte `offset`.
pub fn to_position(
    lines: &LineIndex,
    text: &[u8],
    offset: usize,
    encoding: ColumnEncoding,
) -> Position {
    let (line, column) = lines.position(text, offset, encoding);
    Position::new(saturate(line), saturate(column))
}

pub fn to_range(
    lines: &LineIndex,
    text: &[u8],
    span: std::ops::Range<usize>,
    encoding: ColumnEncoding,
) -> Range {
    Range::new(
        to_position(lines, text, span.start, encoding),
        to_position(lines, text, span.end, encoding),
    )
}

/// The byte offset of an LSP position, or `None` when its line is past the end.
pub fn to_offset(
    lines: &LineIndex,
    text: &[u8],
    position: Position,
    encoding: ColumnEncoding,
) -> Option<usize> {
    lines.offset(
        text,
        position.line as usize,
        position.character as usize,
        encoding,
    )
}

/// The LSP position of a 1-based (line, column counted in characters), as errors carry.
pub fn from_human(
    lines: &LineIndex,
    text: &[u8],
    line: usize,
    column: usize,
    encoding: ColumnEncoding,
) -> Position {
    let offset = lines
        .offset(
            text,
            line.saturating_sub(1),
            column.saturating_sub(1),
            ColumnEncoding::Chars,
        )
        .unwrap_or(text.len());
    to_position(lines, text, offset, encoding)
}

fn saturate(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}
