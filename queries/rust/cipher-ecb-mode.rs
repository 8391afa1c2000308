use block_modes::Ecb;
use ecb::Encryptor as EcbEnc;
use openssl::symm::Cipher;

// ruleid: rs.cipher-ecb-mode
type Aes128Ecb = ecb::Decryptor<aes::Aes128>;

fn encrypt(key: &[u8]) {
    // ruleid: rs.cipher-ecb-mode
    let a = EcbEnc::<aes::Aes128>::new(key.into());
    // ruleid: rs.cipher-ecb-mode
    let b = openssl::symm::encrypt(Cipher::aes_256_ecb(), key, None, data);
    // ruleid: rs.cipher-ecb-mode
    let c = Ecb::<Aes128, Pkcs7>::new_from_slices(key, &[]);
    // ok: rs.cipher-ecb-mode
    let d = openssl::symm::encrypt(Cipher::aes_256_gcm(), key, Some(iv), data);
    // ok: rs.cipher-ecb-mode
    let e = cbc::Encryptor::<aes::Aes128>::new(key.into(), iv.into());
    // ok: rs.cipher-ecb-mode
    let f = ecb_report::Encryptor::new();
}

mod rust_crypto {
    use crypto::aes::{self, KeySize};
    use crypto::blockmodes::PkcsPadding;

    fn legacy(key: &[u8]) {
        // ruleid: rs.cipher-ecb-mode
        let mut e = aes::ecb_encryptor(KeySize::KeySize128, key, PkcsPadding);
        // ok: rs.cipher-ecb-mode
        let mut c = aes::cbc_encryptor(KeySize::KeySize128, key, &random_iv(), PkcsPadding);
    }
}
