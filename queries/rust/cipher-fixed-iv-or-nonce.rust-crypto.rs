use crypto::aes::{self, KeySize};
use crypto::aes_gcm::AesGcm;
use crypto::blockmodes::PkcsPadding;
use crypto::chacha20poly1305::ChaCha20Poly1305;

fn legacy(key: &[u8], iv: &[u8], aad: &[u8]) {
    // ruleid: rs.cipher-fixed-iv-or-nonce
    let e = aes::cbc_encryptor(KeySize::KeySize256, key, &[0u8; 16], PkcsPadding);
    // ruleid: rs.cipher-fixed-iv-or-nonce
    let g = AesGcm::new(KeySize::KeySize256, key, b"unique nonce", aad);
    // ruleid: rs.cipher-fixed-iv-or-nonce
    let c = ChaCha20Poly1305::new(key, &[0u8; 8], aad);
    // ok: rs.cipher-fixed-iv-or-nonce
    let e2 = aes::cbc_encryptor(KeySize::KeySize256, key, iv, PkcsPadding);
    // ok: rs.cipher-fixed-iv-or-nonce
    let g2 = AesGcm::new(KeySize::KeySize256, key, &fresh_nonce(), aad);
    // ok: rs.cipher-fixed-iv-or-nonce
    let c2 = ChaCha20Poly1305::new(key, iv, aad);
}
