//! Fake secret values for fixtures, generated at test time so no committed file holds a
//! real-shaped live token. `{{fake:KIND:LEN}}` or `{{fake:KIND:ARG}}` in a fixture becomes a
//! deterministic random value (the same fixture always expands the same way).
//!
//! | template | value |
//! |---|---|
//! | `{{fake:alnum:N}}` `{{fake:lower:N}}` `{{fake:upper:N}}` `{{fake:digits:N}}` | N characters of that alphabet |
//! | `{{fake:hex:N}}` `{{fake:HEX:N}}` | N lower- or upper-case hex digits |
//! | `{{fake:base64:N}}` `{{fake:base64url:N}}` | N characters of the (URL-safe) base64 alphabet |
//! | `{{fake:github:PREFIX}}` | a GitHub token `PREFIX_` + 30 characters + valid CRC32 checksum |

use crate::checksum::{base62_fixed, crc32};

const ALNUM: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const LOWER_ALNUM_HEX: &[u8] = b"0123456789abcdef";

/// Deterministic pseudo-random generator (splitmix64).
pub struct FakeRng(u64);

impl FakeRng {
    pub fn new(seed: &str) -> Self {
        // FNV-1a of the seed.
        let mut hash = 0xcbf2_9ce4_8422_2325u64;
        for b in seed.bytes() {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        FakeRng(hash)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn string(&mut self, alphabet: &[u8], len: usize) -> String {
        (0..len)
            .map(|_| char::from(alphabet[(self.next_u64() % alphabet.len() as u64) as usize]))
            .collect()
    }
}

/// Alphabet for a fake kind.
fn alphabet(kind: &str) -> Option<&'static [u8]> {
    Some(match kind {
        "alnum" => ALNUM,
        "lower" => b"abcdefghijklmnopqrstuvwxyz0123456789",
        "upper" => b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
        "digits" => b"0123456789",
        "hex" => LOWER_ALNUM_HEX,
        "HEX" => b"0123456789ABCDEF",
        "base64" => b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
        "base64url" => b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
        _ => return None,
    })
}

/// One fake value for `kind` and its argument.
pub fn generate(rng: &mut FakeRng, kind: &str, arg: &str) -> Result<String, String> {
    if let Some(alphabet) = alphabet(kind) {
        let len: usize = arg
            .parse()
            .map_err(|_| format!("`{{{{fake:{kind}:N}}}}` needs a length, got `{arg}`"))?;
        return Ok(rng.string(alphabet, len));
    }
    match kind {
        "github" => {
            let random = rng.string(ALNUM, 30);
            Ok(format!(
                "{arg}_{random}{}",
                base62_fixed(crc32(random.as_bytes()), 6)
            ))
        }
        _ => Err(format!("unknown fake kind `{kind}`")),
    }
}

/// Replaces every `{{fake:...}}` in `text`.
pub fn expand(text: &str, seed: &str) -> Result<String, String> {
    let mut rng = FakeRng::new(seed);
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("{{fake:") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 7..];
        let end = after.find("}}").ok_or("unclosed `{{fake:` template")?;
        let spec = &after[..end];
        let (kind, arg) = spec.split_once(':').unwrap_or((spec, ""));
        out.push_str(&generate(&mut rng, kind, arg)?);
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expansion_is_deterministic_and_shaped() {
        let a = expand("k = '{{fake:hex:8}}' t = {{fake:github:ghp}}", "seed");
        assert_eq!(
            a,
            expand("k = '{{fake:hex:8}}' t = {{fake:github:ghp}}", "seed")
        );
        let a = a.unwrap_or_default();
        let token = a.rsplit(' ').next().unwrap_or("");
        assert!(
            crate::checksum::verify("github-crc32", token.as_bytes()),
            "{token}"
        );
        assert!(expand("{{fake:nope:1}}", "s").is_err());
    }
}
