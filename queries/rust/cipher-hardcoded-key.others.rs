use aes::cipher::{generic_array::GenericArray, BlockEncrypt, KeyInit, KeyIvInit};
use aes::Aes128 as Block;
use openssl::symm::{decrypt, encrypt as seal, Cipher, Crypter, Mode};
use ring::aead::{self, UnboundKey};

type Aes128CbcEnc = cbc::Encryptor<aes::Aes128>;

// ruleid: rs.cipher-hardcoded-key
const AES_KEY: [u8; 16] = [0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6, 0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c];

fn block(iv: [u8; 16], key: &[u8], data: &[u8]) {
    // ruleid: rs.cipher-hardcoded-key
    let b = Block::new(GenericArray::from_slice(b"0123456789abcdef"));
    // ruleid: rs.cipher-hardcoded-key
    let e = Aes128CbcEnc::new(b"0123456789abcdef".into(), &iv.into());
    // ruleid: rs.cipher-hardcoded-key
    let e2 = cbc::Encryptor::<aes::Aes128>::new_from_slices(b"0123456789abcdef", &iv);
    // The constant is reported where it is defined.
    // ok: rs.cipher-hardcoded-key
    let e3 = Aes128CbcEnc::new(&AES_KEY.into(), &iv.into());
    // ok: rs.cipher-hardcoded-key
    let e4 = Aes128CbcEnc::new(key.into(), &iv.into());
}

fn ring_key(key: &[u8]) {
    // ruleid: rs.cipher-hardcoded-key
    let k = UnboundKey::new(&aead::AES_256_GCM, &[1u8; 32]).unwrap();
    // ok: rs.cipher-hardcoded-key
    let k2 = UnboundKey::new(&aead::AES_256_GCM, key).unwrap();
}

fn openssl(data: &[u8], key: &[u8], iv: &[u8]) {
    // ruleid: rs.cipher-hardcoded-key
    let a = seal(Cipher::aes_128_cbc(), b"0123456789abcdef", Some(iv), data);
    // ruleid: rs.cipher-hardcoded-key
    let b = decrypt(Cipher::aes_128_cbc(), "0123456789abcdef".as_bytes(), Some(iv), data);
    // ruleid: rs.cipher-hardcoded-key
    let c = Crypter::new(Cipher::aes_256_gcm(), Mode::Encrypt, &[0u8; 32], Some(iv));
    // ok: rs.cipher-hardcoded-key
    let d = seal(Cipher::aes_128_cbc(), key, Some(iv), data);
    // ok: rs.cipher-hardcoded-key
    let e = Crypter::new(Cipher::aes_256_gcm(), Mode::Encrypt, key, Some(iv));
}
