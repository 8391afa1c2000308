use jsonwebtoken::{Algorithm, Validation};

fn validation(strict: bool) -> Validation {
    let mut v = Validation::new(Algorithm::HS256);
    // ruleid: rs.jwt-expiry-check-disabled
    v.validate_exp = false;
    let mut w = Validation::default();
    // ruleid: rs.jwt-expiry-check-disabled
    w.validate_exp=false;
    let x = Validation {
        // ruleid: rs.jwt-expiry-check-disabled
        validate_exp: false,
        ..Validation::default()
    };
    // ok: rs.jwt-expiry-check-disabled
    v.validate_exp = true;
    // ok: rs.jwt-expiry-check-disabled
    v.validate_exp = strict;
    // ok: rs.jwt-expiry-check-disabled
    v.validate_nbf = false;
    v
}
