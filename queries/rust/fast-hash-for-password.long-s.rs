use sha2::{Digest, Sha256};

fn store(paſſword: &str) {
    // ruleid: rs.fast-hash-for-password
    let a = Sha256::digest(paſſword.as_bytes());
}
