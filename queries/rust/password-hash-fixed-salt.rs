use argon2::password_hash::{rand_core::OsRng, PasswordHasher, SaltString};
use argon2::Argon2;
use pbkdf2::pbkdf2_hmac;
use sha2::Sha256;

// ruleid: rs.password-hash-fixed-salt
const SALT: &[u8] = b"my-app-salt";

fn hash(password: &str, user_salt: &[u8]) -> String {
    // ruleid: rs.password-hash-fixed-salt
    let salt = SaltString::from_b64("c29tZXNhbHQxMjM0").unwrap();
    let a = Argon2::default().hash_password(password.as_bytes(), &salt).unwrap().to_string();
    let mut key = [0u8; 32];
    // ruleid: rs.password-hash-fixed-salt
    pbkdf2_hmac::<Sha256>(password.as_bytes(), b"salt", 600_000, &mut key);
    // ruleid: rs.password-hash-fixed-salt
    Argon2::default().hash_password_into(password.as_bytes(), &[0u8; 16], &mut key).unwrap();
    // ruleid: rs.password-hash-fixed-salt
    let pepper_salt = "static-salt-value";
    // ok: rs.password-hash-fixed-salt
    let random = SaltString::generate(&mut OsRng);
    // ok: rs.password-hash-fixed-salt
    pbkdf2_hmac::<Sha256>(password.as_bytes(), user_salt, 600_000, &mut key);
    // ok: rs.password-hash-fixed-salt
    let mut fresh_salt = [0u8; 16];
    // ok: rs.password-hash-fixed-salt
    let salt_len = 16;
    a
}
