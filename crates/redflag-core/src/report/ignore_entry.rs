//! An `[ignore]` entry of redflag.toml as written: a plain pattern (`"vendor/**"`) or a table
//! that says why and until when (`{ path = "vendor/**", reason = "…", until = "2027-03-01" }`,
//! `value = "…"` in `values`). An entry past its `until` date ignores nothing.

use crate::report::date::Date;
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IgnoreEntry {
    /// The gitignore-style path pattern, or the value regex / `sha256:` digest.
    pub pattern: String,
    pub reason: Option<String>,
    /// As written; checked to be a date when the config loads.
    pub until: Option<String>,
}

impl IgnoreEntry {
    pub fn until_date(&self) -> Option<Date> {
        self.until.as_deref().and_then(Date::parse)
    }

    /// Whether its `until` date has passed (then it ignores nothing).
    pub fn expired(&self, today: Date) -> bool {
        self.until_date().is_some_and(|until| until < today)
    }
}

impl<'de> Deserialize<'de> for IgnoreEntry {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(EntryVisitor)
    }
}

struct EntryVisitor;

impl<'de> Visitor<'de> for EntryVisitor {
    type Value = IgnoreEntry;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "a pattern, or a table with `path` (or `value`), and optional `reason` and `until`"
        )
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<IgnoreEntry, E> {
        Ok(IgnoreEntry {
            pattern: text.to_string(),
            reason: None,
            until: None,
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<IgnoreEntry, A::Error> {
        let (mut pattern, mut reason, mut until) = (None, None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "path" | "value" => pattern = Some(map.next_value::<String>()?),
                "reason" => reason = Some(map.next_value::<String>()?),
                "until" => until = Some(map.next_value::<String>()?),
                other => {
                    return Err(de::Error::unknown_field(
                        other,
                        &["path", "value", "reason", "until"],
                    ));
                }
            }
        }
        let pattern = pattern.ok_or_else(|| de::Error::missing_field("path"))?;
        Ok(IgnoreEntry {
            pattern,
            reason: reason.filter(|r: &String| !r.trim().is_empty()),
            until,
        })
    }
}
