//! Checks built into some token formats: a value whose checksum (or structure) does not
//! verify is not a token of that format, whatever its shape.

/// Names a text rule may use in `checksum = "..."`.
pub const KNOWN: &[&str] = &["github-crc32", "npm-crc32", "jwt", "basic-auth", "bech32"];

/// Whether `secret` passes the check `name` (unknown names never verify).
pub fn verify(name: &str, secret: &[u8]) -> bool {
    match name {
        "github-crc32" | "npm-crc32" => prefixed_crc32(secret),
        "jwt" => jwt_structure(secret),
        "basic-auth" => basic_auth(secret),
        "bech32" => bech32(secret),
        _ => false,
    }
}

/// GitHub (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`) and npm (`npm_`) tokens: 30 random base62
/// characters then the CRC32 of those 30 characters in 6 base62 digits.
fn prefixed_crc32(secret: &[u8]) -> bool {
    let Some(underscore) = secret.iter().position(|&b| b == b'_') else {
        return false;
    };
    let body = &secret[underscore + 1..];
    if body.len() != 36 {
        return false;
    }
    let (random, check) = body.split_at(30);
    base62_fixed(crc32(random), 6).as_bytes() == check
}

/// A JWT's header and payload are base64url JSON objects, and the header names an `alg`:
/// random text that happens to start with `eyJ` is not a token.
fn jwt_structure(secret: &[u8]) -> bool {
    let mut parts = secret.split(|&b| b == b'.');
    let (Some(header), Some(payload)) = (parts.next(), parts.next()) else {
        return false;
    };
    let is_object = |part: &[u8]| {
        base64_decode(part).is_some_and(|json| {
            let text = String::from_utf8_lossy(&json);
            let trimmed = text.trim();
            trimmed.starts_with('{') && trimmed.ends_with('}')
        })
    };
    is_object(header)
        && is_object(payload)
        && base64_decode(header).is_some_and(|h| String::from_utf8_lossy(&h).contains("\"alg\""))
}

/// `Authorization: Basic` carries base64 of `user:password` in printable text.
fn basic_auth(secret: &[u8]) -> bool {
    let Some(decoded) = base64_decode(secret) else {
        return false;
    };
    let Some(colon) = decoded.iter().position(|&b| b == b':') else {
        return false;
    };
    colon > 0 && colon + 1 < decoded.len() && decoded.iter().all(|&b| (0x20..0x7f).contains(&b))
}

const BECH32_CHARSET: &[u8] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";

/// Bech32 (BIP 173) checksum, as used by age secret keys (`AGE-SECRET-KEY-1...`).
fn bech32(secret: &[u8]) -> bool {
    let lower = secret.to_ascii_lowercase();
    let Some(separator) = lower.iter().rposition(|&b| b == b'1') else {
        return false;
    };
    let (hrp, data) = (&lower[..separator], &lower[separator + 1..]);
    if hrp.is_empty() || data.len() < 6 {
        return false;
    }
    let Some(values) = data
        .iter()
        .map(|c| {
            BECH32_CHARSET
                .iter()
                .position(|x| x == c)
                .and_then(|p| u8::try_from(p).ok())
        })
        .collect::<Option<Vec<u8>>>()
    else {
        return false;
    };
    bech32_polymod(&bech32_expand_hrp(hrp), &values) == 1
}

pub fn bech32_expand_hrp(hrp: &[u8]) -> Vec<u8> {
    let mut out: Vec<u8> = hrp.iter().map(|b| b >> 5).collect();
    out.push(0);
    out.extend(hrp.iter().map(|b| b & 31));
    out
}

pub fn bech32_polymod(hrp: &[u8], data: &[u8]) -> u32 {
    const GEN: [u32; 5] = [
        0x3b6a_57b2,
        0x2650_8e6d,
        0x1ea1_19fa,
        0x3d42_33dd,
        0x2a14_62b3,
    ];
    let mut chk = 1u32;
    for &v in hrp.iter().chain(data) {
        let top = chk >> 25;
        chk = ((chk & 0x01ff_ffff) << 5) ^ u32::from(v);
        for (i, g) in GEN.iter().enumerate() {
            if (top >> i) & 1 == 1 {
                chk ^= g;
            }
        }
    }
    chk
}

/// The six checksum characters (as 5-bit values) for `hrp` and `data`.
pub fn bech32_checksum(hrp: &[u8], data: &[u8]) -> Vec<u8> {
    let mut values = data.to_vec();
    values.extend([0u8; 6]);
    let polymod = bech32_polymod(&bech32_expand_hrp(hrp), &values) ^ 1;
    (0..6)
        .map(|i| ((polymod >> (5 * (5 - i))) & 31) as u8)
        .collect()
}

pub fn bech32_char(value: u8) -> char {
    char::from(BECH32_CHARSET[usize::from(value & 31)])
}

/// Decodes standard or URL-safe base64, padded or not; `None` on any other character.
pub fn base64_decode(text: &[u8]) -> Option<Vec<u8>> {
    let text = text
        .strip_suffix(b"==")
        .or(text.strip_suffix(b"="))
        .unwrap_or(text);
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0u32;
    for &c in text {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(((acc >> bits) & 0xff) as u8);
        }
    }
    Some(out)
}

pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// `value` in base62 (`0-9A-Za-z`), left-padded with `0` to `width` digits.
pub fn base62_fixed(mut value: u32, width: usize) -> String {
    const DIGITS: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    let mut out = vec![b'0'; width];
    for slot in out.iter_mut().rev() {
        *slot = DIGITS[(value % 62) as usize];
        value /= 62;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn github_checksum_round_trips() {
        let random = "abcdefghijABCDEFGHIJ0123456789";
        let token = format!("ghp_{random}{}", base62_fixed(crc32(random.as_bytes()), 6));
        assert!(verify("github-crc32", token.as_bytes()));
        let mut broken = token.into_bytes();
        broken[10] = b'z';
        assert!(!verify("github-crc32", &broken));
    }

    #[test]
    fn bech32_accepts_the_bip173_vectors_and_rejects_a_flip() {
        assert!(verify("bech32", b"A12UEL5L"));
        assert!(verify(
            "bech32",
            b"abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw"
        ));
        assert!(!verify(
            "bech32",
            b"abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxx"
        ));
    }

    #[test]
    fn jwt_needs_json_header_with_alg() {
        // {"alg":"HS256","typ":"JWT"} . {"sub":"1234567890"} . signature, assembled here so
        // this file does not itself hold a JWT-shaped string.
        let header = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";
        let token = [header, "eyJzdWIiOiIxMjM0NTY3ODkwIn0", "c2lnbmF0dXJl"].join(".");
        assert!(verify("jwt", token.as_bytes()));
        assert!(!verify(
            "jwt",
            b"eyJqdW5rIGp1bmsganVuaw.eyJzdWIiOiIxIn0.c2ln"
        ));
    }

    #[test]
    fn basic_auth_decodes_to_user_colon_password() {
        assert!(verify("basic-auth", b"dXNlcjpodW50ZXIy")); // user:hunter2
        assert!(!verify("basic-auth", b"dXNlcmh1bnRlcjI=")); // userhunter2
        assert!(!verify("basic-auth", b"////////"));
    }
}
