use md5 as legacy_hash;

fn checksum(data: &[u8]) {
    // ruleid: rs.weak-hash-md5
    let a = legacy_hash::compute(data);
}
