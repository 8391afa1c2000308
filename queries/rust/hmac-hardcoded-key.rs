use hmac::{Hmac, Mac};
use ring::hmac as rhmac;
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

fn sign(key_from_env: &[u8], body: &[u8]) {
    // ruleid: rs.hmac-hardcoded-key
    let mut a = Hmac::<Sha256>::new_from_slice(b"{{fake:alnum:32}}").unwrap();
    // ruleid: rs.hmac-hardcoded-key
    let mut b = HmacSha256::new_from_slice("{{fake:alnum:24}}".as_bytes())?;
    // ruleid: rs.hmac-hardcoded-key
    let c = rhmac::Key::new(rhmac::HMAC_SHA256, b"{{fake:hex:40}}");
    // ok: rs.hmac-hardcoded-key
    let mut d = HmacSha256::new_from_slice(key_from_env)?;
    // ok: rs.hmac-hardcoded-key
    let e = rhmac::Key::new(rhmac::HMAC_SHA256, &key_bytes);
    // ok: rs.hmac-hardcoded-key
    let f = Cipher::new_from_slice(&derived);
    // ok: rs.hmac-hardcoded-key
    let g = HmacSha256::new_from_slice(b"").unwrap();
    // ruleid: rs.hmac-hardcoded-key
    let h = HmacSha256::new_from_slice(&[0x0b; 20]).unwrap();
    // ok: rs.hmac-hardcoded-key
    let i = HmacSha256::new_from_slice(&[k1, k2]).unwrap();
}
