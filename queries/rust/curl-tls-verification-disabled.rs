use curl::easy::Easy;
use isahc::config::{Configurable, SslOption};

fn fetch(strict: bool) {
    let mut easy = Easy::new();
    // ruleid: rs.curl-tls-verification-disabled
    easy.ssl_verify_peer(false)?;
    // ruleid: rs.curl-tls-verification-disabled
    easy.ssl_verify_host(false)?;
    let client = isahc::HttpClient::builder()
        // ruleid: rs.curl-tls-verification-disabled
        .ssl_options(SslOption::DANGER_ACCEPT_INVALID_CERTS | SslOption::DANGER_ACCEPT_REVOKED_CERTS)
        .build()?;
    // ok: rs.curl-tls-verification-disabled
    easy.ssl_verify_peer(true)?;
    // ok: rs.curl-tls-verification-disabled
    easy.ssl_verify_host(strict)?;
    // ok: rs.curl-tls-verification-disabled
    let c = isahc::HttpClient::builder().ssl_options(SslOption::DANGER_ACCEPT_REVOKED_CERTS).build()?;
    // ok: rs.curl-tls-verification-disabled
    easy.ssl_verify_status(false)?;
}
