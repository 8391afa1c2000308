use sha1 /* legacy */ as old;

fn fingerprint(data: &[u8]) {
    // ruleid: rs.weak-hash-sha1
    let mut h = old::Sha1::new();
}
