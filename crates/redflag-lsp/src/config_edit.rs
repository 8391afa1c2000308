//! Adds an entry to `[ignore]` in `redflag.toml`, keeping the file's formatting and comments.

use toml_edit::{Array, DocumentMut, Item, Table, Value};

#[derive(Debug, thiserror::Error)]
pub enum ConfigEditError {
    #[error("redflag.toml is not valid TOML: {0}")]
    Parse(#[from] toml_edit::TomlError),
    #[error("`{0}` in redflag.toml is not what redflag expects (a table of arrays)")]
    Shape(String),
}

/// Which list of `[ignore]` to add to.
#[derive(Debug, Clone, Copy)]
pub enum IgnoreList {
    /// Gitignore-style path patterns.
    Paths,
    /// Regexes of values that are not secrets.
    Values,
}

impl IgnoreList {
    fn key(self) -> &'static str {
        match self {
            IgnoreList::Paths => "paths",
            IgnoreList::Values => "values",
        }
    }
}

/// `existing` (the config's text, empty for a new file) with `entry` added to the list.
/// Unchanged when the entry is already there.
pub fn add_ignore(
    existing: &str,
    list: IgnoreList,
    entry: &str,
) -> Result<String, ConfigEditError> {
    let mut doc: DocumentMut = existing.parse()?;
    let ignore = doc
        .entry("ignore")
        .or_insert_with(|| Item::Table(Table::new()));
    let ignore = ignore
        .as_table_like_mut()
        .ok_or_else(|| ConfigEditError::Shape("ignore".into()))?;
    let key = list.key();
    if ignore.get(key).is_none() {
        ignore.insert(key, Item::Value(Value::Array(Array::new())));
    }
    let array = ignore
        .get_mut(key)
        .and_then(Item::as_array_mut)
        .ok_or_else(|| ConfigEditError::Shape(format!("ignore.{key}")))?;
    if !array.iter().any(|v| v.as_str() == Some(entry)) {
        array.push(entry);
    }
    Ok(doc.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_comments_and_other_tables() {
        let before = "# project settings\n[scan]\nfail_on = \"warning\" # strict\n";
        let after = add_ignore(before, IgnoreList::Paths, "/tests/data.py").unwrap_or_default();
        assert!(after.starts_with(before), "{after}");
        assert!(
            after.contains("[ignore]\npaths = [\"/tests/data.py\"]"),
            "{after}"
        );
    }

    #[test]
    fn appends_to_an_existing_list_once() {
        let before = "[ignore]\npaths = [\"a\"]  # keep\n";
        let once = add_ignore(before, IgnoreList::Paths, "b").unwrap_or_default();
        let twice = add_ignore(&once, IgnoreList::Paths, "b").unwrap_or_default();
        assert_eq!(once, twice);
        assert!(once.contains("paths = [\"a\", \"b\"]  # keep"), "{once}");
    }

    #[test]
    fn a_broken_file_is_an_error() {
        assert!(add_ignore("[ignore\n", IgnoreList::Values, "x").is_err());
    }
}
