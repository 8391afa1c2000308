use jsonwebtoken::{decode, encode, DecodingKey, EncodingKey as Key};

fn keys(secret_from_env: &str) {
    // ruleid: rs.jwt-hardcoded-key
    let a = Key::from_secret(b"{{fake:alnum:32}}");
    // ruleid: rs.jwt-hardcoded-key
    let b = DecodingKey::from_secret("{{fake:alnum:24}}".as_bytes());
    // ruleid: rs.jwt-hardcoded-key
    let c = jsonwebtoken::EncodingKey::from_base64_secret("{{fake:base64:40}}")?;
    // ok: rs.jwt-hardcoded-key
    let d = Key::from_secret(secret_from_env.as_bytes());
    // ok: rs.jwt-hardcoded-key
    let e = DecodingKey::from_secret(std::env::var("JWT_SECRET")?.as_bytes());
    // ok: rs.jwt-hardcoded-key
    let f = Key::from_rsa_pem(include_bytes!("key.pem"))?;
    // ok: rs.jwt-hardcoded-key
    let g = from_secret(b"{{fake:alnum:32}}");
    // ok: rs.jwt-hardcoded-key
    let h = Key::from_secret(b"{{fake:alnum:2}}");
}
