use chacha20::ChaCha20;
use openssl::symm::{self, Cipher, Crypter, Mode};
use ring::aead::{self, Nonce as RingNonce};

fn stream(key: &[u8; 32], buf: &mut [u8]) {
    // ruleid: rs.cipher-fixed-iv-or-nonce
    let mut c = ChaCha20::new(key.into(), &[0u8; 12].into());
    // ok: rs.cipher-fixed-iv-or-nonce
    let mut d = ChaCha20::new(key.into(), &random_nonce().into());
}

fn ring_seal(key: &aead::LessSafeKey, in_out: &mut Vec<u8>) {
    // ruleid: rs.cipher-fixed-iv-or-nonce
    let nonce = RingNonce::assume_unique_for_key([0u8; 12]);
    key.seal_in_place_append_tag(nonce, aead::Aad::empty(), in_out).unwrap();
    // ok: rs.cipher-fixed-iv-or-nonce
    let nonce = RingNonce::assume_unique_for_key(counter.next_nonce_bytes());
}

fn openssl_encrypt(key: &[u8], data: &[u8], iv: &[u8]) {
    // ruleid: rs.cipher-fixed-iv-or-nonce
    let a = symm::encrypt(Cipher::aes_256_cbc(), key, Some(&[0u8; 16]), data);
    // ruleid: rs.cipher-fixed-iv-or-nonce
    let b = Crypter::new(Cipher::aes_128_ctr(), Mode::Encrypt, key, Some(b"0123456789abcdef"));
    // ok: rs.cipher-fixed-iv-or-nonce
    let c = symm::encrypt(Cipher::aes_256_cbc(), key, Some(iv), data);
    // ok: rs.cipher-fixed-iv-or-nonce
    let d = Crypter::new(Cipher::aes_128_cbc(), Mode::Decrypt, key, Some(&[0u8; 16]));
}
