use crypto::aes::{self, KeySize};
use crypto::blockmodes::PkcsPadding;
use crypto::chacha20::ChaCha20;

fn legacy(key: &[u8], iv: &[u8]) {
    // ruleid: rs.cipher-hardcoded-key
    let e = aes::cbc_encryptor(KeySize::KeySize128, b"0123456789abcdef", iv, PkcsPadding);
    // ruleid: rs.cipher-hardcoded-key
    let s = aes::ctr(KeySize::KeySize256, &[7u8; 32], iv);
    // ruleid: rs.cipher-hardcoded-key
    let c = ChaCha20::new(b"0123456789abcdef0123456789abcdef", iv);
    // ok: rs.cipher-hardcoded-key
    let e2 = aes::cbc_encryptor(KeySize::KeySize128, key, iv, PkcsPadding);
    // ok: rs.cipher-hardcoded-key
    let s2 = aes::ctr(KeySize::KeySize256, key, iv);
    // ok: rs.cipher-hardcoded-key
    let c2 = ChaCha20::new(key, iv);
}
