use aes_gcm::aead::{Aead, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use chacha20poly1305::ChaCha20Poly1305;

fn gcm(nonce: &Nonce, plaintext: &[u8], key_bytes: &[u8]) {
    // ruleid: rs.cipher-hardcoded-key
    let key = Key::<Aes256Gcm>::from_slice(b"an example very very secret key.");
    let cipher = Aes256Gcm::new(key);
    // ruleid: rs.cipher-hardcoded-key
    let c2 = Aes256Gcm::new_from_slice(b"{{fake:alnum:32}}").unwrap();
    // ruleid: rs.cipher-hardcoded-key
    let c3 = ChaCha20Poly1305::new(&[0u8; 32].into());
    // ok: rs.cipher-hardcoded-key
    let c4 = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(key_bytes));
    // ok: rs.cipher-hardcoded-key
    let c5 = Aes256Gcm::new(&Aes256Gcm::generate_key(&mut OsRng));
    // ok: rs.cipher-hardcoded-key
    let c6 = Aes256Gcm::new_from_slice(&hex::decode(std::env::var("DATA_KEY").unwrap()).unwrap());
}

fn through_a_variable(data: &[u8]) {
    // ruleid: rs.cipher-hardcoded-key
    let secret_key = b"0123456789abcdef0123456789abcdef";
    let cipher = Aes256Gcm::new_from_slice(secret_key).unwrap();
    // ruleid: rs.cipher-hardcoded-key
    let key = aes_gcm::aead::generic_array::GenericArray::from_slice(b"an example very very secret key.");
    let cipher2 = Aes256Gcm::new(key);
    // ok: rs.cipher-hardcoded-key
    let cache_key = b"user:42";
    // ok: rs.cipher-hardcoded-key
    let mut key = [0u8; 32];
    OsRng.fill_bytes(&mut key);
    // ok: rs.cipher-hardcoded-key
    let keys = [0u8; 32];
    // ok: rs.cipher-hardcoded-key
    let key_len = 32;
}

#[cfg(test)]
mod tests {
    #[test]
    fn round_trip() {
        // ok: rs.cipher-hardcoded-key
        let cipher = aes_gcm::Aes256Gcm::new_from_slice(&[7u8; 32]).unwrap();
    }
}
