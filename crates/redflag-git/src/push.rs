//! `pre-push`: the ref updates git passes on stdin and the commits they would publish.

use crate::error::GitError;
use git2::{Oid, Repository, Sort};

/// One line of pre-push input: `<local ref> <local oid> <remote ref> <remote oid>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PushUpdate {
    pub local_ref: String,
    /// Zero when the remote ref is being deleted.
    pub local: Oid,
    pub remote_ref: String,
    /// Zero when the remote ref does not exist yet (a new branch).
    pub remote: Oid,
}

impl PushUpdate {
    pub fn is_delete(&self) -> bool {
        self.local.is_zero()
    }
}

/// Parses pre-push input; blank lines are ignored, anything else malformed is an error.
pub fn parse(input: &str) -> Result<Vec<PushUpdate>, GitError> {
    let mut updates = Vec::new();
    for (index, line) in input.lines().enumerate() {
        let bad = |message: String| GitError::PushInput {
            line: index + 1,
            message,
        };
        let fields: Vec<&str> = line.split_whitespace().collect();
        match fields.as_slice() {
            [] => continue,
            [local_ref, local, remote_ref, remote] => {
                let oid = |text: &str| {
                    Oid::from_str(text).map_err(|_| bad(format!("`{text}` is not an object id")))
                };
                updates.push(PushUpdate {
                    local_ref: (*local_ref).to_string(),
                    local: oid(local)?,
                    remote_ref: (*remote_ref).to_string(),
                    remote: oid(remote)?,
                });
            }
            _ => {
                return Err(bad(format!(
                    "expected `<local ref> <local oid> <remote ref> <remote oid>`, got `{line}`"
                )));
            }
        }
    }
    Ok(updates)
}

/// The commits the updates would publish, oldest first: reachable from the pushed tips but
/// not from what the remote already has (its old tips, and `refs/remotes/<remote>/*`).
pub fn commits_to_scan(
    repo: &Repository,
    updates: &[PushUpdate],
    remote: Option<&str>,
) -> Result<Vec<Oid>, GitError> {
    let walk_error = |e: git2::Error| GitError::Revwalk(e.message().to_string());
    let mut walk = repo.revwalk().map_err(walk_error)?;
    walk.set_sorting(Sort::TOPOLOGICAL | Sort::REVERSE)
        .map_err(walk_error)?;
    let mut any = false;
    for update in updates.iter().filter(|u| !u.is_delete()) {
        walk.push(update.local).map_err(walk_error)?;
        any = true;
    }
    if !any {
        return Ok(Vec::new());
    }
    for update in updates {
        // The remote's old tip may be unknown here (someone else pushed it): then the
        // remote-tracking refs below are the best knowledge of what the remote has.
        if !update.remote.is_zero() && repo.find_commit(update.remote).is_ok() {
            walk.hide(update.remote).map_err(walk_error)?;
        }
    }
    if let Some(remote) = remote.filter(|r| repo.find_remote(r).is_ok()) {
        // No remote-tracking refs yet is fine: everything is new to that remote.
        let _ = walk.hide_glob(&format!("refs/remotes/{remote}/*"));
    }
    walk.collect::<Result<Vec<_>, _>>().map_err(walk_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_updates_and_refuses_garbage() {
        let zero = "0".repeat(40);
        let one = "1".repeat(40);
        let input = format!(
            "refs/heads/a {one} refs/heads/a {zero}\n\n(delete) {zero} refs/heads/b {one}\n"
        );
        let updates = parse(&input).unwrap_or_default();
        assert_eq!(updates.len(), 2);
        assert!(!updates[0].is_delete() && updates[0].remote.is_zero());
        assert!(updates[1].is_delete());
        assert!(matches!(
            parse("refs/heads/a nope"),
            Err(GitError::PushInput { line: 1, .. })
        ));
        assert!(parse(&format!("a xyz b {zero}")).is_err());
    }
}
