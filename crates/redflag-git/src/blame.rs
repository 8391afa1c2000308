//! Who added a line and when, from `git blame` (libgit2), for the audit of exceptions. The
//! working tree's text is blamed against HEAD, so a line nobody committed yet says so.

use crate::error::GitError;
use git2::{BlameOptions, Repository};
use std::collections::HashMap;
use std::path::Path;

/// The commit that last touched a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineOrigin {
    pub author: String,
    pub email: String,
    /// Full commit id.
    pub commit: String,
    /// Seconds since the Unix epoch (the author date).
    pub time: i64,
}

/// Blames `path` (relative to the repository's working tree) as it is in `text`, for the
/// 1-based `lines` asked; a line that is not committed (or a file git does not track) maps
/// to `None`.
pub fn origins(
    repo: &Repository,
    path: &Path,
    text: &[u8],
    lines: &[usize],
) -> Result<HashMap<usize, Option<LineOrigin>>, GitError> {
    let blame_error = |e: git2::Error| GitError::Blame {
        path: path.display().to_string(),
        message: e.message().to_string(),
    };
    let mut options = BlameOptions::new();
    let blame = match repo.blame_file(path, Some(&mut options)) {
        Ok(blame) => blame,
        // Not in HEAD (new, untracked, or no commit yet): nobody committed these lines.
        Err(e) if e.code() == git2::ErrorCode::NotFound => {
            return Ok(lines.iter().map(|&l| (l, None)).collect());
        }
        Err(e) => return Err(blame_error(e)),
    };
    let blame = blame.blame_buffer(text).map_err(blame_error)?;
    let mut out = HashMap::new();
    for &line in lines {
        let origin = blame.get_line(line).and_then(|hunk| {
            let commit = hunk.final_commit_id();
            if commit.is_zero() {
                return None;
            }
            let signature = hunk.final_signature()?;
            Some(LineOrigin {
                author: String::from_utf8_lossy(signature.name_bytes()).into_owned(),
                email: String::from_utf8_lossy(signature.email_bytes()).into_owned(),
                commit: commit.to_string(),
                time: signature.when().seconds(),
            })
        });
        out.insert(line, origin);
    }
    Ok(out)
}
