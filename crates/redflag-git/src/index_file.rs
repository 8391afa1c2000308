//! A read-only reader for git's index file (versions 2 to 4) and its cache-tree extension.
//!
//! Why not libgit2's index: it hashes the whole file (SHA-1DC) and builds a hash map of every
//! entry on open, and its tree-to-index diff walks every tree of HEAD. The cache tree lets the
//! hook skip every directory whose staged content is known to equal HEAD's, as git does, so
//! the cost follows the change rather than the repository. Anything this reader does not
//! understand (split or sparse index, an unknown required extension, SHA-256) is reported as
//! `Unsupported` and the caller falls back to libgit2.

use git2::Oid;

const OID_LEN: usize = 20;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub path: Vec<u8>,
    pub mode: u32,
    pub oid: Oid,
    /// Merge stage: non-zero for an unmerged path.
    pub stage: u8,
    /// `git add -N`: recorded but not staged.
    pub intent_to_add: bool,
}

/// A directory of the cache tree; `oid` is `None` when git invalidated it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CacheNode {
    pub name: Vec<u8>,
    pub oid: Option<Oid>,
    pub children: Vec<CacheNode>,
}

#[derive(Debug, Default)]
pub struct IndexFile {
    /// Sorted by path, as git writes them.
    pub entries: Vec<Entry>,
    pub cache_tree: Option<CacheNode>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Valid for git, but not for this reader: use libgit2.
    Unsupported(String),
    Corrupt(String),
}

pub fn parse(data: &[u8]) -> Result<IndexFile, ReadError> {
    let corrupt = |what: &str| ReadError::Corrupt(what.to_string());
    if data.len() < 12 + OID_LEN || &data[..4] != b"DIRC" {
        return Err(corrupt("not an index file (no DIRC header)"));
    }
    let version = be32(data, 4).ok_or_else(|| corrupt("truncated header"))?;
    if !(2..=4).contains(&version) {
        return Err(ReadError::Unsupported(format!("index version {version}")));
    }
    let count = be32(data, 8).ok_or_else(|| corrupt("truncated header"))? as usize;
    // The trailing checksum is not verified, as git does not by default: the hook must be fast.
    let end = data.len() - OID_LEN;
    let mut entries = Vec::with_capacity(count.min(end / 62));
    let mut at = 12;
    let mut previous: Vec<u8> = Vec::new();
    for _ in 0..count {
        let fixed = data
            .get(at..at + 62)
            .ok_or_else(|| corrupt("truncated entry"))?;
        let mode = u32::from_be_bytes([fixed[24], fixed[25], fixed[26], fixed[27]]);
        let oid = Oid::from_bytes(&fixed[40..60]).map_err(|_| corrupt("bad object id"))?;
        let flags = u16::from_be_bytes([fixed[60], fixed[61]]);
        let mut header = 62;
        let mut intent_to_add = false;
        if flags & 0x4000 != 0 {
            if version < 3 {
                return Err(corrupt("extended flags in a version 2 index"));
            }
            let extended = data
                .get(at + 62..at + 64)
                .ok_or_else(|| corrupt("truncated entry"))?;
            intent_to_add = u16::from_be_bytes([extended[0], extended[1]]) & 0x2000 != 0;
            header = 64;
        }
        let name_start = at + header;
        let path = if version == 4 {
            let (strip, used) = varint(data.get(name_start..end).unwrap_or_default())
                .ok_or_else(|| corrupt("bad path prefix"))?;
            let suffix_start = name_start + used;
            let nul = memchr(data.get(suffix_start..end).unwrap_or_default())
                .ok_or_else(|| corrupt("unterminated path"))?;
            let keep = previous
                .len()
                .checked_sub(strip)
                .ok_or_else(|| corrupt("bad path prefix"))?;
            let mut path = previous[..keep].to_vec();
            path.extend_from_slice(&data[suffix_start..suffix_start + nul]);
            at = suffix_start + nul + 1;
            path
        } else {
            let nul = memchr(data.get(name_start..end).unwrap_or_default())
                .ok_or_else(|| corrupt("unterminated path"))?;
            let path = data[name_start..name_start + nul].to_vec();
            // Entries are padded with 1 to 8 NULs to a multiple of 8 bytes.
            at += (header + nul + 8) & !7;
            path
        };
        previous.clone_from(&path);
        entries.push(Entry {
            path,
            mode,
            oid,
            stage: ((flags >> 12) & 0x3) as u8,
            intent_to_add,
        });
    }
    let mut cache_tree = None;
    while at + 8 <= end {
        let signature = &data[at..at + 4];
        let size = be32(data, at + 4).ok_or_else(|| corrupt("truncated extension"))? as usize;
        let body = data
            .get(at + 8..at + 8 + size)
            .ok_or_else(|| corrupt("truncated extension"))?;
        match signature {
            b"TREE" => cache_tree = parse_cache_tree(body),
            // Split index ("link") and sparse index ("sdir") change what entries mean.
            b"link" | b"sdir" => {
                return Err(ReadError::Unsupported(format!(
                    "index extension {}",
                    String::from_utf8_lossy(signature)
                )));
            }
            // Upper-case first letter: optional, safe to ignore.
            [first, ..] if first.is_ascii_uppercase() => {}
            _ => {
                return Err(ReadError::Unsupported(format!(
                    "required index extension {}",
                    String::from_utf8_lossy(signature)
                )));
            }
        }
        at += 8 + size;
    }
    Ok(IndexFile {
        entries,
        cache_tree,
    })
}

/// The cache tree, or `None` if it cannot be read (it is only an optimisation).
fn parse_cache_tree(body: &[u8]) -> Option<CacheNode> {
    let mut at = 0;
    let node = cache_node(body, &mut at, 0)?;
    Some(node)
}

fn cache_node(body: &[u8], at: &mut usize, depth: usize) -> Option<CacheNode> {
    if depth > 4096 {
        return None;
    }
    let nul = memchr(body.get(*at..)?)?;
    let name = body[*at..*at + nul].to_vec();
    *at += nul + 1;
    let newline = body.get(*at..)?.iter().position(|&b| b == b'\n')?;
    let line = std::str::from_utf8(&body[*at..*at + newline]).ok()?;
    *at += newline + 1;
    let (entry_count, subtrees) = line.split_once(' ')?;
    let entry_count: i64 = entry_count.parse().ok()?;
    let subtrees: usize = subtrees.parse().ok()?;
    let oid = if entry_count >= 0 {
        let oid = Oid::from_bytes(body.get(*at..*at + OID_LEN)?).ok()?;
        *at += OID_LEN;
        Some(oid)
    } else {
        None
    };
    let mut children = Vec::with_capacity(subtrees.min(body.len()));
    for _ in 0..subtrees {
        children.push(cache_node(body, at, depth + 1)?);
    }
    Some(CacheNode {
        name,
        oid,
        children,
    })
}

fn be32(data: &[u8], at: usize) -> Option<u32> {
    let bytes = data.get(at..at + 4)?;
    Some(u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
}

fn memchr(data: &[u8]) -> Option<usize> {
    data.iter().position(|&b| b == 0)
}

/// Git's offset varint (index v4 path prefixes): returns the value and the bytes used.
fn varint(data: &[u8]) -> Option<(usize, usize)> {
    let mut used = 0;
    let mut byte = *data.first()?;
    let mut value = usize::from(byte & 0x7f);
    while byte & 0x80 != 0 {
        used += 1;
        byte = *data.get(used)?;
        value = value.checked_add(1)?.checked_shl(7)? | usize::from(byte & 0x7f);
    }
    Some((value, used + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_garbage_without_panicking() {
        assert!(matches!(parse(b"nope"), Err(ReadError::Corrupt(_))));
        let mut data = b"DIRC\0\0\0\x02\0\0\0\x05".to_vec();
        data.extend_from_slice(&[0; 20]);
        assert!(matches!(parse(&data), Err(ReadError::Corrupt(_))));
        let mut data = b"DIRC\0\0\0\x09\0\0\0\0".to_vec();
        data.extend_from_slice(&[0; 20]);
        assert!(matches!(parse(&data), Err(ReadError::Unsupported(_))));
    }

    #[test]
    fn decodes_git_varints() {
        assert_eq!(varint(&[0x05]), Some((5, 1)));
        // 0x80 0x00 is 128 in git's offset encoding.
        assert_eq!(varint(&[0x80, 0x00]), Some((128, 2)));
        assert_eq!(varint(&[0x80]), None);
    }
}
