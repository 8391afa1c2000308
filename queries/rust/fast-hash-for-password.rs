use sha2::{Digest, Sha256, Sha512 as Big};

fn store(password: &str, user: &User) {
    // ruleid: rs.fast-hash-for-password
    let a = Sha256::digest(password.as_bytes());
    let mut h = Big::new();
    // ruleid: rs.fast-hash-for-password
    h.update(user.password.as_bytes());
    // ruleid: rs.fast-hash-for-password
    // ruleid: rs.weak-hash-md5
    let b = md5::compute(&new_pwd);
    // ok: rs.fast-hash-for-password
    let c = Argon2::default().hash_password(password.as_bytes(), &salt)?;
    // ok: rs.fast-hash-for-password
    let d = Sha256::digest(body.as_bytes());
    // ok: rs.fast-hash-for-password
    let e = hash_password(password);
    // ok: rs.fast-hash-for-password
    h.update(&salt);
    // todook: rs.fast-hash-for-password (any `update` taking a password, in a file that hashes)
    form.update(password_field);
}
