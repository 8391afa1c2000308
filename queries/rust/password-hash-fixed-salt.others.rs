use ring::pbkdf2 as kdf;
use scrypt::{scrypt as derive_scrypt, Params};

fn derive(secret: &[u8], out: &mut [u8], salt: &[u8]) {
    let iterations = std::num::NonZeroU32::new(600_000).unwrap();
    // ruleid: rs.password-hash-fixed-salt
    kdf::derive(kdf::PBKDF2_HMAC_SHA256, iterations, b"0123456789abcdef", secret, out);
    // ruleid: rs.password-hash-fixed-salt
    derive_scrypt(secret, "salt".as_bytes(), &Params::recommended(), out).unwrap();
    // ruleid: rs.password-hash-fixed-salt
    let h = bcrypt::hash_with_salt(secret, 12, [0u8; 16]).unwrap();
    // ok: rs.password-hash-fixed-salt
    kdf::derive(kdf::PBKDF2_HMAC_SHA256, iterations, salt, secret, out);
    // ok: rs.password-hash-fixed-salt
    let h2 = bcrypt::hash_with_salt(secret, 12, rand::random()).unwrap();
    // HKDF salts may be constant (RFC 5869).
    // ok: rs.password-hash-fixed-salt
    let prk = ring::hkdf::Salt::new(ring::hkdf::HKDF_SHA256, b"app-v1");
}
