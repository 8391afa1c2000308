use md5::{Digest, Md5 as Hasher};
use openssl::hash::MessageDigest;

fn digests(data: &[u8]) {
    // ruleid: rs.weak-hash-md5
    let a = md5::compute(data);
    // ruleid: rs.weak-hash-md5
    let mut h = Hasher::new();
    // ruleid: rs.weak-hash-md5
    let b = openssl::hash::hash(MessageDigest::md5(), data);
    // ruleid: rs.weak-hash-md5
    let c = Hasher::digest(data);
    // ok: rs.weak-hash-md5
    let d = sha2::Sha256::digest(data);
    // ok: rs.weak-hash-md5
    let e = compute(data);
    // ok: rs.weak-hash-md5
    let f = openssl::hash::hash(MessageDigest::sha256(), data);
    // ok: rs.weak-hash-md5
    let g = checksums::md5_hex(data);
}

mod rust_crypto {
    use crypto::digest::Digest;
    use crypto::md5::Md5;

    fn legacy(data: &str) -> String {
        // ruleid: rs.weak-hash-md5
        let mut h = Md5::new();
        h.input_str(data);
        h.result_str()
    }
}
