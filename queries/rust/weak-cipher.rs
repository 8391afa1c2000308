use blowfish::Blowfish;
use des::{Des, TdesEde3};
use openssl::symm::{encrypt, Cipher};

// ruleid: rs.weak-cipher
type DesCbc = cbc::Encryptor<Des>;

fn encrypt_all(key: &[u8], data: &[u8]) {
    // ruleid: rs.weak-cipher
    let a = Des::new_from_slice(key);
    // ruleid: rs.weak-cipher
    let b = cbc::Encryptor::<TdesEde3>::new(key.into(), iv.into());
    // ruleid: rs.weak-cipher
    let c = encrypt(Cipher::des_ede3_cbc(), key, Some(iv), data);
    // ruleid: rs.weak-cipher
    let d = rc4::Rc4::new(key.into());
    // ruleid: rs.weak-cipher
    // ruleid: rs.cipher-ecb-mode
    let e: ecb::Encryptor<Blowfish> = todo!();
    // ok: rs.weak-cipher
    let f = encrypt(Cipher::aes_256_cbc(), key, Some(iv), data);
    // ok: rs.weak-cipher
    let g = aes_gcm::Aes256Gcm::new(key.into());
    // ok: rs.weak-cipher
    let h = describe(data);
    // ok: rs.weak-cipher
    let i: Vec<Desc> = Vec::new();
}

mod rust_crypto {
    use crypto::rc4::Rc4;

    fn legacy(key: &[u8]) {
        // ruleid: rs.weak-cipher
        let mut c = Rc4::new(key);
    }
}
