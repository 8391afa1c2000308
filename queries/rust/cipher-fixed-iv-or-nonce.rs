use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use aes::cipher::{block_padding::Pkcs7, BlockEncryptMut, KeyIvInit};
use aes_gcm::aead::generic_array::GenericArray;
use rand::RngCore;

type Aes128CbcEnc = cbc::Encryptor<aes::Aes128>;

// ruleid: rs.cipher-fixed-iv-or-nonce
const FIXED_NONCE: &[u8; 12] = b"fixed nonce!";

fn seal(key: &Key<Aes256Gcm>, plaintext: &[u8], nonce_bytes: &[u8]) {
    let cipher = Aes256Gcm::new(key);
    // ruleid: rs.cipher-fixed-iv-or-nonce
    let nonce = Nonce::from_slice(b"unique nonce");
    let a = cipher.encrypt(nonce, plaintext);
    // ruleid: rs.cipher-fixed-iv-or-nonce
    let b = cipher.encrypt(&[0u8; 12].into(), plaintext);
    // ruleid: rs.cipher-fixed-iv-or-nonce
    let c = cipher.encrypt(GenericArray::from_slice(&[7u8; 12]), plaintext);
    // The constant is reported where it is defined.
    // ok: rs.cipher-fixed-iv-or-nonce
    let c2 = cipher.encrypt(Nonce::from_slice(FIXED_NONCE), plaintext);
    // ok: rs.cipher-fixed-iv-or-nonce
    let fresh = Aes256Gcm::generate_nonce(&mut OsRng);
    // ok: rs.cipher-fixed-iv-or-nonce
    let d = cipher.encrypt(&fresh, plaintext);
    // ok: rs.cipher-fixed-iv-or-nonce
    let e = cipher.encrypt(Nonce::from_slice(nonce_bytes), plaintext);
    // ok: rs.cipher-fixed-iv-or-nonce
    let f = cipher.decrypt(Nonce::from_slice(&nonce_bytes[..12]), a.as_ref());
}

fn cbc_encrypt(key: [u8; 16], data: &mut [u8]) {
    // ruleid: rs.cipher-fixed-iv-or-nonce
    let iv = [0x24; 16];
    let ct = Aes128CbcEnc::new(&key.into(), &iv.into()).encrypt_padded_mut::<Pkcs7>(data, 16);
    // ruleid: rs.cipher-fixed-iv-or-nonce
    let ct2 = Aes128CbcEnc::new(&key.into(), &[0u8; 16].into()).encrypt_padded_mut::<Pkcs7>(data, 16);
    // ruleid: rs.cipher-fixed-iv-or-nonce
    let enc = cbc::Encryptor::<aes::Aes128>::new_from_slices(&key, b"0000000000000000");
    // ok: rs.cipher-fixed-iv-or-nonce
    let mut random_iv = [0u8; 16];
    OsRng.fill_bytes(&mut random_iv);
    // ok: rs.cipher-fixed-iv-or-nonce
    let ct3 = Aes128CbcEnc::new(&key.into(), &random_iv.into()).encrypt_padded_mut::<Pkcs7>(data, 16);
    // ok: rs.cipher-fixed-iv-or-nonce
    let mut nonce = [0u8; 12];
    // ok: rs.cipher-fixed-iv-or-nonce
    let nonce_len = 12;
    // ok: rs.cipher-fixed-iv-or-nonce
    let ivory = [0u8; 16];
}

#[cfg(test)]
mod tests {
    #[test]
    fn known_answer() {
        // ok: rs.cipher-fixed-iv-or-nonce
        let nonce = aes_gcm::Nonce::from_slice(&[0u8; 12]);
    }
}
