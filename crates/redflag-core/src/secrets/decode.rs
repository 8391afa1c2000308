//! Values that hide text behind an encoding — base64 (a Kubernetes `Secret`, a `.dockercfg`
//! `auth`, a base64 PEM), hex, percent-encoding — found in a file and decoded, so that the
//! engine can read what they say. Bounded: only runs of a plausible length, only decodings
//! that are text.

use super::checksum::base64_decode;
use std::ops::Range;

/// How a run was encoded, for the finding's message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Base64,
    Hex,
    Percent,
}

impl Encoding {
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Base64 => "base64",
            Encoding::Hex => "hex",
            Encoding::Percent => "percent",
        }
    }
}

/// An encoded run of the text and what it decodes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub span: Range<usize>,
    pub encoding: Encoding,
    pub text: Vec<u8>,
}

/// Shortest run worth decoding: 24 base64 characters are 18 bytes, the shortest secrets.
const MIN_BASE64: usize = 24;
/// Longest run decoded; longer blobs are binaries (images, archives), not config.
const MAX_RUN: usize = 64 * 1024;
/// Runs decoded per file, so that a file of base64 cannot cost more than a bounded pass.
const MAX_RUNS: usize = 256;

/// The encoded runs of `text` that decode to text (UTF-8, nearly all printable).
pub fn decoded_runs(text: &[u8]) -> Vec<Decoded> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() && out.len() < MAX_RUNS {
        let b = text[i];
        let boundary = i == 0 || !is_base64_byte(text[i - 1]);
        if !(boundary && is_base64_byte(b)) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while end < text.len() && (is_base64_byte(text[end]) || text[end] == b'%') {
            end += 1;
        }
        let mut run_end = end;
        while run_end < text.len() && text[run_end] == b'=' && run_end - end < 2 {
            run_end += 1;
        }
        i = run_end.max(start + 1);
        let run = &text[start..run_end];
        if run.len() > MAX_RUN {
            continue;
        }
        if let Some(decoded) = decode_run(run) {
            out.push(Decoded {
                span: start..run_end,
                encoding: decoded.0,
                text: decoded.1,
            });
        }
    }
    out
}

fn is_base64_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'_' | b'-')
}

fn decode_run(run: &[u8]) -> Option<(Encoding, Vec<u8>)> {
    if run.contains(&b'%') {
        let escapes = run.iter().filter(|&&b| b == b'%').count();
        // URLs escape paths and ids all the time; only encoded structure (`a=b`, `a: b`, a
        // quoted string) is worth reading again.
        return (escapes >= 3)
            .then(|| percent_decode(run))
            .flatten()
            .filter(|t| is_text(t) && t.iter().any(|b| matches!(b, b'=' | b':' | b'"')))
            .map(|t| (Encoding::Percent, t));
    }
    if run.len() >= 32 && run.len().is_multiple_of(2) && run.iter().all(u8::is_ascii_hexdigit) {
        return hex_decode(run)
            .filter(|t| is_text(t))
            .map(|t| (Encoding::Hex, t));
    }
    // Identifiers and paths are base64-shaped too; real base64 mixes case and digits.
    let has = |f: fn(&u8) -> bool| run.iter().any(f);
    if run.len() < MIN_BASE64
        || run.len() % 4 == 1
        || !(has(u8::is_ascii_lowercase) && has(u8::is_ascii_uppercase) && has(u8::is_ascii_digit))
    {
        return None;
    }
    base64_decode(run)
        .filter(|t| is_text(t))
        .map(|t| (Encoding::Base64, t))
}

/// UTF-8 whose characters are printable or whitespace (a decoded key file, a JSON object, a
/// `user:password` pair), and long enough to hold something.
fn is_text(bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    text.len() >= 8
        && text
            .chars()
            .all(|c| !c.is_control() || matches!(c, '\n' | '\r' | '\t'))
}

fn hex_decode(run: &[u8]) -> Option<Vec<u8>> {
    run.chunks(2)
        .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok())
        .collect()
}

fn percent_decode(run: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(run.len());
    let mut i = 0;
    while i < run.len() {
        if run[i] == b'%' {
            let pair = run.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok()?);
            i += 3;
        } else {
            out.push(run[i]);
            i += 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(text: &str) -> Vec<(String, Encoding, String)> {
        decoded_runs(text.as_bytes())
            .into_iter()
            .map(|d| {
                (
                    text[d.span].to_string(),
                    d.encoding,
                    String::from_utf8_lossy(&d.text).into_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn base64_hex_and_percent_runs_that_decode_to_text() {
        // "user: deploy\npassword: Zq8Lr2mX9vT4"
        let b64 = "dXNlcjogZGVwbG95CnBhc3N3b3JkOiBacThMcjJtWDl2VDQ=";
        let found = runs(&format!("data:\n  config: {b64}\n"));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, b64);
        assert_eq!(found[0].1, Encoding::Base64);
        assert!(found[0].2.contains("password: Zq8Lr2mX9vT4"));
        let hex = "70617373776f72643d5a71384c72326d5839765434";
        assert_eq!(runs(hex)[0].2, "password=Zq8Lr2mX9vT4");
        let pct = "password%3DZq8Lr2mX9vT4%26user%3Ddeploy%20x";
        assert_eq!(runs(pct)[0].2, "password=Zq8Lr2mX9vT4&user=deploy x");
    }

    #[test]
    fn identifiers_binaries_and_short_runs_are_not_decoded() {
        assert!(runs("some_function_name_that_is_long_enough").is_empty());
        assert!(runs("src/redflag/engine/decoded_pass/mod").is_empty());
        assert!(runs("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk").is_empty());
        assert!(runs("c2VjcmV0").is_empty());
        assert!(runs("%%%").is_empty());
        assert!(runs("AKIAEXAMPLE%2F20190814%2Fus-west-2%2Fs3%2Faws4_request").is_empty());
    }
}
