//! HEAD against the index, guided by the index's cache tree: a directory whose cached tree id
//! equals HEAD's is identical and is not read at all. Only the trees of changed directories
//! and the entries outside skipped directories are looked at.

use crate::changes::{Change, ChangeKind};
use crate::error::GitError;
use crate::index_file::{CacheNode, Entry, IndexFile};
use git2::{FileMode, ObjectType, Oid, Repository, Tree};
use std::collections::{HashMap, HashSet};

/// The staged changes, or `None` when this fast path cannot decide them alone: entries were
/// both added and deleted (a rename to detect: the caller uses libgit2's rename detection).
pub fn staged(
    repo: &Repository,
    head: Option<&Tree<'_>>,
    index: &IndexFile,
) -> Result<Option<Vec<Change>>, GitError> {
    let mut skipped: HashSet<Vec<u8>> = HashSet::new();
    let mut head_files: HashMap<Vec<u8>, (Oid, u32)> = HashMap::new();
    if let Some(tree) = head {
        visit(
            repo,
            tree,
            index.cache_tree.as_ref(),
            b"",
            &mut skipped,
            &mut head_files,
            0,
        )?;
    }
    if skipped.contains(b"".as_slice()) {
        return Ok(Some(Vec::new()));
    }
    let mut added = Vec::new();
    let mut changes = Vec::new();
    for entry in &index.entries {
        if entry.intent_to_add || in_skipped_dir(&entry.path, &skipped) {
            continue;
        }
        let path = String::from_utf8_lossy(&entry.path).into_owned();
        if entry.stage != 0 {
            return Err(GitError::Conflicted { path });
        }
        match head_files.remove(&entry.path) {
            Some((old_oid, old_mode)) if old_oid == entry.oid && old_mode == entry.mode => {}
            Some((old_oid, old_mode)) => {
                let same_kind = kind_of(old_mode) == kind_of(entry.mode);
                let old_is_text =
                    matches!(mode(old_mode), FileMode::Blob | FileMode::BlobExecutable);
                changes.push(Change {
                    path,
                    old_path: None,
                    kind: if same_kind {
                        ChangeKind::Modified
                    } else {
                        ChangeKind::TypeChanged
                    },
                    new_id: entry.oid,
                    new_mode: mode(entry.mode),
                    old_id: (same_kind && old_is_text).then_some(old_oid),
                });
            }
            None => added.push(entry),
        }
    }
    if !added.is_empty() && !head_files.is_empty() {
        return Ok(None);
    }
    changes.extend(added.into_iter().map(|entry: &Entry| Change {
        path: String::from_utf8_lossy(&entry.path).into_owned(),
        old_path: None,
        kind: ChangeKind::Added,
        new_id: entry.oid,
        new_mode: mode(entry.mode),
        old_id: None,
    }));
    let mut deleted: Vec<_> = head_files.into_iter().collect();
    deleted.sort();
    changes.extend(deleted.into_iter().map(|(path, (_, old_mode))| Change {
        path: String::from_utf8_lossy(&path).into_owned(),
        old_path: None,
        kind: ChangeKind::Deleted,
        new_id: Oid::ZERO_SHA1,
        new_mode: mode(old_mode),
        old_id: None,
    }));
    changes.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(Some(changes))
}

/// Records HEAD's files in every directory the cache tree cannot vouch for.
fn visit(
    repo: &Repository,
    tree: &Tree<'_>,
    cache: Option<&CacheNode>,
    prefix: &[u8],
    skipped: &mut HashSet<Vec<u8>>,
    head_files: &mut HashMap<Vec<u8>, (Oid, u32)>,
    depth: usize,
) -> Result<(), GitError> {
    if cache.is_some_and(|node| node.oid == Some(tree.id())) {
        skipped.insert(prefix.to_vec());
        return Ok(());
    }
    if depth > 4096 {
        return Err(GitError::Diff("tree nesting too deep".into()));
    }
    let children: HashMap<&[u8], &CacheNode> = cache
        .map(|node| {
            node.children
                .iter()
                .map(|c| (c.name.as_slice(), c))
                .collect()
        })
        .unwrap_or_default();
    for entry in tree.iter() {
        let mut path = prefix.to_vec();
        path.extend_from_slice(entry.name_bytes());
        if entry.kind() == Some(ObjectType::Tree) {
            let child = children.get(entry.name_bytes()).copied();
            path.push(b'/');
            // Decided from the entry's id alone: an unchanged subtree is never loaded.
            if child.is_some_and(|node| node.oid == Some(entry.id())) {
                skipped.insert(path);
                continue;
            }
            let subtree = repo
                .find_tree(entry.id())
                .map_err(|e| GitError::Head(e.message().to_string()))?;
            visit(repo, &subtree, child, &path, skipped, head_files, depth + 1)?;
        } else {
            head_files.insert(path, (entry.id(), entry.filemode() as u32));
        }
    }
    Ok(())
}

/// Whether a directory containing `path` was skipped (`dir/` keys, from the deepest up).
fn in_skipped_dir(path: &[u8], skipped: &HashSet<Vec<u8>>) -> bool {
    path.iter()
        .enumerate()
        .filter(|(_, b)| **b == b'/')
        .any(|(at, _)| skipped.contains(&path[..=at]))
}

fn mode(raw: u32) -> FileMode {
    match raw & 0o170000 {
        0o120000 => FileMode::Link,
        0o160000 => FileMode::Commit,
        0o040000 => FileMode::Tree,
        _ if raw & 0o111 != 0 => FileMode::BlobExecutable,
        _ => FileMode::Blob,
    }
}

/// Files and executables are one kind: a mode change is a modification, not a type change.
fn kind_of(raw: u32) -> u32 {
    raw & 0o170000
}
