//! An open document: its text, line index and tree-sitter tree, kept in step with every
//! incremental change (each change is a tree-sitter edit followed by an incremental reparse).

use crate::position;
use redflag_core::{ColumnEncoding, Language, LineIndex};
use std::time::{Duration, Instant};
use tower_lsp_server::ls_types::TextDocumentContentChangeEvent;
use tree_sitter::{InputEdit, Point, Tree};

/// Above this size a document is not parsed: only secret-format rules run on it.
pub const MAX_PARSE_BYTES: usize = 8 << 20;
/// Wall-clock budget for one (re)parse; past it the tree is dropped and a note is given.
pub const PARSE_BUDGET: Duration = Duration::from_secs(2);

#[derive(Debug, Clone)]
pub struct OpenDocument {
    pub version: i32,
    pub language: Language,
    pub text: String,
    pub lines: LineIndex,
    pub tree: Option<Tree>,
    /// Why there is no tree, when the language has a grammar.
    pub parse_note: Option<String>,
}

impl OpenDocument {
    pub fn new(language: Language, text: String, version: i32) -> Self {
        let lines = LineIndex::new(text.as_bytes());
        let mut doc = OpenDocument {
            version,
            language,
            text,
            lines,
            tree: None,
            parse_note: None,
        };
        doc.reparse(false);
        doc
    }

    /// Switches to `language` and parses from scratch (the old tree is another grammar's).
    pub fn set_language(&mut self, language: Language) {
        self.language = language;
        self.tree = None;
        self.reparse(false);
    }

    /// Applies `changes` in order. Positions past the end are clamped to the end of the
    /// document (the returned notes say so); a full-text change replaces everything.
    pub fn apply(
        &mut self,
        changes: Vec<TextDocumentContentChangeEvent>,
        version: i32,
        encoding: ColumnEncoding,
    ) -> Vec<String> {
        let mut notes = Vec::new();
        let mut incremental = true;
        for change in changes {
            match change.range {
                None => {
                    self.text = change.text;
                    self.lines = LineIndex::new(self.text.as_bytes());
                    incremental = false;
                }
                Some(range) => {
                    let start = self.offset_of(range.start, encoding, &mut notes);
                    let end = self.offset_of(range.end, encoding, &mut notes);
                    let (start, end) = if start <= end {
                        (start, end)
                    } else {
                        notes.push("edit range ends before it starts: swapped".into());
                        (end, start)
                    };
                    self.replace(start..end, &change.text);
                }
            }
        }
        self.version = version;
        self.reparse(incremental);
        notes
    }

    fn offset_of(
        &self,
        at: tower_lsp_server::ls_types::Position,
        encoding: ColumnEncoding,
        notes: &mut Vec<String>,
    ) -> usize {
        position::to_offset(&self.lines, self.text.as_bytes(), at, encoding).unwrap_or_else(|| {
            notes.push(format!(
                "edit position {}:{} is past the end of the document: clamped to its end",
                at.line, at.character
            ));
            self.text.len()
        })
    }

    /// Replaces bytes `range` with `new_text`, telling the tree about it.
    fn replace(&mut self, range: std::ops::Range<usize>, new_text: &str) {
        let start_position = self.point(range.start);
        let old_end_position = self.point(range.end);
        // The line index snaps to character starts, so both ends are char boundaries;
        // checked anyway so a bad offset can never panic.
        if !self.text.is_char_boundary(range.start) || !self.text.is_char_boundary(range.end) {
            return;
        }
        self.text.replace_range(range.clone(), new_text);
        let new_end_position = advance(start_position, new_text.as_bytes());
        if let Some(tree) = &mut self.tree {
            tree.edit(&InputEdit {
                start_byte: range.start,
                old_end_byte: range.end,
                new_end_byte: range.start + new_text.len(),
                start_position,
                old_end_position,
                new_end_position,
            });
        }
        self.lines = LineIndex::new(self.text.as_bytes());
    }

    fn point(&self, offset: usize) -> Point {
        let (row, column) = self
            .lines
            .position(self.text.as_bytes(), offset, ColumnEncoding::Utf8);
        Point { row, column }
    }

    /// Parses again, reusing the edited tree when `incremental`.
    fn reparse(&mut self, incremental: bool) {
        self.parse_note = None;
        if self.language.grammar().is_none() {
            self.tree = None;
            return;
        }
        if self.text.len() > MAX_PARSE_BYTES {
            self.tree = None;
            self.parse_note = Some(format!(
                "{} bytes is over the {MAX_PARSE_BYTES} byte parse limit: only secret-format rules ran",
                self.text.len()
            ));
            return;
        }
        let old = if incremental { self.tree.take() } else { None };
        let deadline = Instant::now() + PARSE_BUDGET;
        let parse = |old: Option<&Tree>| {
            redflag_core::engine::parse(self.language, self.text.as_bytes(), old, deadline)
        };
        // tree-sitter's error recovery can settle on a different tree when it reuses an old
        // one, so a tree with errors is parsed afresh: findings must not depend on the
        // editing history (the property test found such a case).
        let parsed = match parse(old.as_ref()) {
            Ok(tree) if old.is_some() && tree.root_node().has_error() => parse(None),
            parsed => parsed,
        };
        match parsed {
            Ok(tree) => self.tree = Some(tree),
            Err(note) => {
                self.tree = None;
                self.parse_note = Some(note.to_string());
            }
        }
    }
}

/// The point reached after writing `inserted` at `start` (columns in bytes, as tree-sitter).
fn advance(start: Point, inserted: &[u8]) -> Point {
    match inserted.iter().rposition(|&b| b == b'\n') {
        Some(last) => Point {
            row: start.row + inserted.iter().filter(|&&b| b == b'\n').count(),
            column: inserted.len() - last - 1,
        },
        None => Point {
            row: start.row,
            column: start.column + inserted.len(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower_lsp_server::ls_types::{Position, Range};

    fn change(
        range: Option<((u32, u32), (u32, u32))>,
        text: &str,
    ) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: range
                .map(|((a, b), (c, d))| Range::new(Position::new(a, b), Position::new(c, d))),
            range_length: None,
            text: text.to_string(),
        }
    }

    #[test]
    fn utf16_edit_after_an_emoji_lands_after_it() {
        let mut doc = OpenDocument::new(Language::PYTHON, "s = \"😀\"\n".into(), 1);
        doc.apply(
            vec![change(Some(((0, 7), (0, 7))), "x")],
            2,
            ColumnEncoding::Utf16,
        );
        assert_eq!(doc.text, "s = \"😀x\"\n");
    }

    #[test]
    fn out_of_range_edit_is_clamped_with_a_note() {
        let mut doc = OpenDocument::new(Language::PYTHON, "a = 1\n".into(), 1);
        let notes = doc.apply(
            vec![change(Some(((9, 0), (9, 3))), "b")],
            2,
            ColumnEncoding::Utf16,
        );
        assert_eq!(doc.text, "a = 1\nb");
        assert_eq!(notes.len(), 2);
    }

    #[test]
    fn multi_line_insert_moves_the_tree_point_rows() {
        let p = advance(Point { row: 2, column: 4 }, b"ab\ncd\nxyz");
        assert_eq!(p, Point { row: 4, column: 3 });
        let p = advance(Point { row: 2, column: 4 }, b"ab");
        assert_eq!(p, Point { row: 2, column: 6 });
    }
}
