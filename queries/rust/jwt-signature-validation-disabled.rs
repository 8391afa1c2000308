use jsonwebtoken::{dangerous_insecure_decode as peek, decode, Validation};

fn check(token: &str, key: &DecodingKey) {
    let mut v = Validation::default();
    // ruleid: rs.jwt-signature-validation-disabled
    v.insecure_disable_signature_validation();
    // ruleid: rs.jwt-signature-validation-disabled
    let a = peek::<Claims>(token)?;
    // ruleid: rs.jwt-signature-validation-disabled
    let b = jsonwebtoken::dangerous::insecure_decode::<Claims>(token)?;
    // ok: rs.jwt-signature-validation-disabled
    let c = decode::<Claims>(token, key, &Validation::new(Algorithm::HS256))?;
    // ok: rs.jwt-signature-validation-disabled
    let d = jsonwebtoken::decode_header(token)?;
    // ok: rs.jwt-signature-validation-disabled
    let e = dangerous_insecure_decode(token);
}
