//! Fake secret values for fixtures, generated at test time so no committed file holds a
//! real-shaped live token. `{{fake:KIND:LEN}}` or `{{fake:KIND:ARG}}` in a fixture becomes a
//! deterministic random value (the same fixture always expands the same way).
//!
//! | template | value |
//! |---|---|
//! | `{{fake:alnum:N}}` `{{fake:lower:N}}` `{{fake:upper:N}}` `{{fake:digits:N}}` | N characters of that alphabet |
//! | `{{fake:hex:N}}` `{{fake:HEX:N}}` | N lower- or upper-case hex digits |
//! | `{{fake:base64:N}}` `{{fake:base64url:N}}` | N characters of the (URL-safe) base64 alphabet |
//! | `{{fake:alpha:N}}` `{{fake:base32:N}}` | N letters; N characters of `A-Z2-7` |
//! | `{{fake:github:PREFIX}}` | a GitHub-style token `PREFIX_` + 30 characters + valid CRC32 checksum (also npm) |
//! | `{{fake:jwt:ALG}}` | a JWT with a JSON header naming `ALG`, a JSON payload and a random signature |
//! | `{{fake:age:key}}` | an age secret key `AGE-SECRET-KEY-1...` with a valid bech32 checksum |
//! | `{{fake:basic-auth:USER}}` | base64 of `USER:` + a random password |

use crate::checksum::{base62_fixed, bech32_char, bech32_checksum, crc32};

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
        "alpha" => b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
        "base32" => b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
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
        "jwt" => {
            let header = format!("{{\"alg\":\"{arg}\",\"typ\":\"JWT\"}}");
            let payload = format!(
                "{{\"sub\":\"{}\",\"iat\":{}}}",
                rng.string(ALNUM, 12),
                1_600_000_000 + rng.next_u64() % 100_000_000
            );
            Ok(format!(
                "{}.{}.{}",
                base64url(header.as_bytes()),
                base64url(payload.as_bytes()),
                rng.string(BASE64URL, 43)
            ))
        }
        "age" => {
            // 32 random bytes as 52 five-bit groups (the last one padded), then the checksum.
            let data: Vec<u8> = (0..52)
                .map(|i| (rng.next_u64() as u8) & if i == 51 { 0x10 } else { 31 })
                .collect();
            let checksum = bech32_checksum(b"age-secret-key-", &data);
            let body: String = data
                .iter()
                .chain(&checksum)
                .map(|&v| bech32_char(v))
                .collect();
            Ok(format!("AGE-SECRET-KEY-1{}", body.to_ascii_uppercase()))
        }
        "basic-auth" => {
            let credentials = format!("{arg}:{}", rng.string(ALNUM, 16));
            Ok(base64url(credentials.as_bytes())
                .replace('-', "+")
                .replace('_', "/"))
        }
        _ => Err(format!("unknown fake kind `{kind}`")),
    }
}

const BASE64URL: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Unpadded URL-safe base64.
fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 3);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, &b)| acc | (u32::from(b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(char::from(BASE64URL[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
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
        for (template, check) in [
            ("{{fake:jwt:HS256}}", "jwt"),
            ("{{fake:age:key}}", "bech32"),
            ("{{fake:basic-auth:svc}}", "basic-auth"),
            ("{{fake:github:npm}}", "npm-crc32"),
        ] {
            let value = expand(template, "seed").unwrap_or_default();
            assert!(
                crate::checksum::verify(check, value.as_bytes()),
                "{template} -> {value}"
            );
        }
    }
}
