use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode};
use openssl::x509::X509StoreContextRef;

fn build(pins: &Pins) {
    let mut b = SslConnector::builder(SslMethod::tls()).unwrap();
    // ruleid: rs.openssl-verify-callback-accepts-all
    b.set_verify_callback(SslVerifyMode::PEER, |_, _| true);
    // ruleid: rs.openssl-verify-callback-accepts-all
    b.set_verify_callback(SslVerifyMode::PEER | SslVerifyMode::FAIL_IF_NO_PEER_CERT, |preverify_ok, _ctx| {
        if !preverify_ok {
            log::warn!("certificate problem ignored");
        }
        true
    });
    // The function itself is reported (below).
    // ok: rs.openssl-verify-callback-accepts-all
    b.set_verify_callback(SslVerifyMode::PEER, accept_everything);
    // ok: rs.openssl-verify-callback-accepts-all
    b.set_verify_callback(SslVerifyMode::PEER, |ok, _ctx| ok);
    // ok: rs.openssl-verify-callback-accepts-all
    b.set_verify_callback(SslVerifyMode::PEER, |ok, ctx| ok && pins.matches(ctx));
    // ok: rs.openssl-verify-callback-accepts-all
    b.set_verify_callback(SslVerifyMode::PEER, |ok, ctx| {
        if ctx.error_depth() > 4 {
            return false;
        }
        true
    });
    // ok: rs.openssl-verify-callback-accepts-all, rs.openssl-verify-none
    b.set_verify(SslVerifyMode::PEER);
    // ok: rs.openssl-verify-callback-accepts-all
    b.set_alpn_select_callback(|_, _| true);
}

// ruleid: rs.openssl-verify-callback-accepts-all
fn accept_everything(_preverify_ok: bool, _ctx: &mut X509StoreContextRef) -> bool {
    true
}

// ok: rs.openssl-verify-callback-accepts-all
fn check_pin(preverify_ok: bool, ctx: &mut X509StoreContextRef) -> bool {
    preverify_ok && pinned(ctx)
}

// ok: rs.openssl-verify-callback-accepts-all
fn is_enabled(_flags: u32) -> bool {
    true
}
