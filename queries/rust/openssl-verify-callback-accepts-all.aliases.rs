use openssl::ssl::{SslAcceptor, SslMethod, SslVerifyMode as Mode};
use openssl::x509::X509StoreContextRef as Ctx;

fn server() {
    let mut acceptor = SslAcceptor::mozilla_intermediate(SslMethod::tls()).unwrap();
    // ruleid: rs.openssl-verify-callback-accepts-all
    acceptor.set_verify_callback(Mode::PEER | Mode::FAIL_IF_NO_PEER_CERT, |_ok, _x509| { true });
    // ok: rs.openssl-verify-callback-accepts-all
    acceptor.set_verify_callback(Mode::PEER, |ok, _x509| { ok });
}

// ruleid: rs.openssl-verify-callback-accepts-all
fn trust_all(_: bool, _: &mut openssl::x509::X509StoreContextRef) -> bool { true }

// ruleid: rs.openssl-verify-callback-accepts-all
fn trust_all_aliased(_: bool, _: &mut Ctx) -> bool { true }

// ok: rs.openssl-verify-callback-accepts-all
fn other_context(_: bool, _: &mut MyContext) -> bool { true }
