use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode as Mode};

fn build() {
    let mut b = SslConnector::builder(SslMethod::tls()).unwrap();
    // ruleid: rs.openssl-verify-none
    b.set_verify(Mode::NONE);
    // ruleid: rs.openssl-verify-none
    b.set_verify(openssl::ssl::SslVerifyMode::NONE);
    // ruleid: rs.openssl-verify-none
    b.set_verify_callback(Mode::NONE, |_, _| true);
    // ruleid: rs.openssl-verify-none
    b.set_verify(Mode::empty());
    // ok: rs.openssl-verify-none
    b.set_verify(Mode::PEER);
    // ok: rs.openssl-verify-none
    b.set_verify(Mode::PEER | Mode::FAIL_IF_NO_PEER_CERT);
    // ok: rs.openssl-verify-none
    b.set_verify(LocalMode::NONE);
}
