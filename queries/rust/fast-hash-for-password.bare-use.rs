use sha2;

fn store(hasher: &mut Hasher, passphrase: &str) {
    // ruleid: rs.fast-hash-for-password
    hasher.update(passphrase.as_bytes());
}
