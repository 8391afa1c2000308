//! Which lines of a file's new version a change adds, from a zero-context line diff.

use git2::{DiffOptions, Patch};

/// 1-based line numbers added in the new version, as sorted, disjoint ranges.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AddedLines {
    ranges: Vec<(usize, usize)>,
}

impl AddedLines {
    /// Every line of a new file (`line_count` lines).
    pub fn all(line_count: usize) -> Self {
        AddedLines {
            ranges: if line_count == 0 {
                Vec::new()
            } else {
                vec![(1, line_count)]
            },
        }
    }

    /// Lines of `new` that are not carried over from `old`.
    pub fn between(old: &[u8], new: &[u8]) -> Result<Self, git2::Error> {
        let mut options = DiffOptions::new();
        // Zero context: each hunk's new side is exactly the added lines. Text forced: the
        // caller has already decided the file is text, and a "binary" verdict from libgit2
        // would yield no hunks, hiding the whole file.
        options.context_lines(0).force_text(true);
        let patch = Patch::from_buffers(old, None, new, None, Some(&mut options))?;
        let mut ranges = Vec::with_capacity(patch.num_hunks());
        for index in 0..patch.num_hunks() {
            let (hunk, _) = patch.hunk(index)?;
            let (start, count) = (hunk.new_start() as usize, hunk.new_lines() as usize);
            if count > 0 {
                ranges.push((start, start + count - 1));
            }
        }
        ranges.sort_unstable();
        Ok(AddedLines { ranges })
    }

    /// Whether any line in `first..=last` is added.
    pub fn touches(&self, first: usize, last: usize) -> bool {
        self.ranges.iter().any(|&(a, b)| a <= last && first <= b)
    }

    pub fn count(&self) -> usize {
        self.ranges.iter().map(|(a, b)| b - a + 1).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }
}

/// Lines in `text`, counting a last line without a newline.
pub fn line_count(text: &[u8]) -> usize {
    let newlines = text.iter().filter(|&&b| b == b'\n').count();
    newlines + usize::from(!text.is_empty() && !text.ends_with(b"\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_new_lines_are_added() {
        let added = AddedLines::between(b"a\nb\nc\n", b"a\nB\nc\nd\n").unwrap_or_default();
        assert_eq!(added.ranges, vec![(2, 2), (4, 4)]);
        assert!(added.touches(2, 2) && added.touches(1, 3) && !added.touches(3, 3));
        assert_eq!(added.count(), 2);
    }

    #[test]
    fn nul_free_text_is_diffed_even_when_libgit2_would_call_it_binary() {
        let old = vec![b'x'; 10];
        let mut new = old.clone();
        new.extend_from_slice(b"\nsecret\n");
        let added = AddedLines::between(&old, &new).unwrap_or_default();
        assert!(added.touches(2, 2), "{added:?}");
    }

    #[test]
    fn counts_lines() {
        assert_eq!(line_count(b""), 0);
        assert_eq!(line_count(b"a"), 1);
        assert_eq!(line_count(b"a\nb\n"), 2);
        assert_eq!(AddedLines::all(3).count(), 3);
        assert!(AddedLines::all(0).is_empty());
    }
}
