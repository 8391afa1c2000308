//! Checksums embedded in some token formats: a value with a wrong checksum is not a token.

/// Names a text rule may use in `checksum = "..."`.
pub const KNOWN: &[&str] = &["github-crc32"];

/// Whether `secret` carries a valid checksum of kind `name` (unknown names never verify).
pub fn verify(name: &str, secret: &[u8]) -> bool {
    match name {
        "github-crc32" => github_crc32(secret),
        _ => false,
    }
}

/// GitHub tokens (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`): 30 random base62 characters then
/// the CRC32 of those 30 characters in 6 base62 digits.
fn github_crc32(secret: &[u8]) -> bool {
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
}
