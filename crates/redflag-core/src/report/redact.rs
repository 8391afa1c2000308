//! The one place that turns secrets into what output may show.

use std::ops::Range;

/// A secret as output shows it: a short recognisable prefix, then a fixed mask, so
/// neither the value nor its length leaks.
pub fn redact(secret: &str) -> String {
    if let Some(header) = pem_header(secret) {
        // The armour line names the key type and holds nothing secret.
        return format!("{header}*****");
    }
    let chars = secret.chars().count();
    let keep = match chars {
        0..8 => 0,
        8..16 => 2,
        _ => 4,
    };
    let prefix: String = secret.chars().take(keep).collect();
    format!("{prefix}*****")
}

/// `-----BEGIN ... -----` at the start of a PEM block, if `secret` is one.
fn pem_header(secret: &str) -> Option<&str> {
    let rest = secret.strip_prefix("-----BEGIN ")?;
    let end = rest.find("-----")?;
    let label = &rest[..end];
    label
        .bytes()
        .all(|b| b.is_ascii_uppercase() || b == b' ' || b == b'#')
        .then(|| &secret[..11 + end + 5])
}

const MAX_EXCERPT_CHARS: usize = 160;

/// The source line `line` (a byte range of `text`), trimmed, with every part that falls in
/// one of `secrets` masked, and shortened around `focus` when very long.
pub fn excerpt(text: &[u8], line: Range<usize>, secrets: &[Range<usize>], focus: usize) -> String {
    let mut out = String::new();
    let mut cursor = line.start;
    let mut overlapping: Vec<&Range<usize>> = secrets
        .iter()
        .filter(|s| s.start < line.end && s.end > line.start)
        .collect();
    overlapping.sort_by_key(|s| s.start);
    for secret in overlapping {
        let start = secret.start.max(cursor);
        let end = secret.end.min(line.end);
        if start >= end {
            continue;
        }
        out.push_str(&String::from_utf8_lossy(&text[cursor..start]));
        out.push_str(&redact(&String::from_utf8_lossy(&text[start..end])));
        cursor = end;
    }
    out.push_str(&String::from_utf8_lossy(&text[cursor..line.end]));
    shorten(out.trim(), focus.saturating_sub(line.start))
}

fn shorten(line: &str, focus_byte: usize) -> String {
    let chars: Vec<char> = line.chars().collect();
    if chars.len() <= MAX_EXCERPT_CHARS {
        return line.to_string();
    }
    let focus = line
        .get(..focus_byte.min(line.len()))
        .map_or(0, |s| s.chars().count());
    let start = focus
        .saturating_sub(MAX_EXCERPT_CHARS / 4)
        .min(chars.len() - MAX_EXCERPT_CHARS);
    let body: String = chars[start..start + MAX_EXCERPT_CHARS].iter().collect();
    let head = if start > 0 { "…" } else { "" };
    let tail = if start + MAX_EXCERPT_CHARS < chars.len() {
        "…"
    } else {
        ""
    };
    format!("{head}{body}{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redaction_keeps_a_prefix_and_hides_length() {
        assert_eq!(
            redact("ghp_abcdefghijklmnopqrstuvwxyz0123456789"),
            "ghp_*****"
        );
        assert_eq!(redact("hunter2pass"), "hu*****");
        assert_eq!(redact("short"), "*****");
        assert_eq!(
            redact(
                "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----"
            ),
            "-----BEGIN RSA PRIVATE KEY-----*****"
        );
        assert_eq!(redact("-----BEGIN x"), "--*****");
    }

    #[test]
    fn excerpt_masks_every_secret_on_the_line() {
        let text = b"  key = 'AKIAABCDEFGHIJKLMNOP' + 'sekritsekrit'\n";
        let first = 9..29;
        let second = 34..46;
        let shown = excerpt(text, 0..47, &[first, second], 9);
        assert_eq!(shown, "key = 'AKIA*****' + 'se*****'");
    }
}
