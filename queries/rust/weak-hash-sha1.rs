use ring::digest;
use sha1::{Digest, Sha1};

fn digests(data: &[u8]) {
    // ruleid: rs.weak-hash-sha1
    let a = Sha1::digest(data);
    // ruleid: rs.weak-hash-sha1
    let mut h = sha1_smol::Sha1::new();
    // ruleid: rs.weak-hash-sha1
    let b = digest::digest(&digest::SHA1_FOR_LEGACY_USE_ONLY, data);
    // ruleid: rs.weak-hash-sha1
    let c = openssl::sha::sha1(data);
    // ok: rs.weak-hash-sha1
    let d = digest::digest(&digest::SHA256, data);
    // ok: rs.weak-hash-sha1
    let e = sha2::Sha256::new();
    // ok: rs.weak-hash-sha1
    let f = hmac::Hmac::<sha2::Sha256>::new_from_slice(key);
    // ok: rs.weak-hash-sha1
    let g = git::object_sha1(data);
}

fn chained(data: &[u8]) -> Vec<u8> {
    // ruleid: rs.weak-hash-sha1
    Sha1::digest(data).to_vec()
}

mod rust_crypto {
    use crypto::sha1::Sha1;

    fn legacy() {
        // ruleid: rs.weak-hash-sha1
        let mut h = Sha1::new();
    }
}
