use native_tls::{Protocol, TlsConnector as Tls};
use openssl::ssl::SslVersion;

fn build(b: &mut SslContextBuilder) {
    // ruleid: rs.tls-legacy-protocol-version
    let c = Tls::builder().min_protocol_version(Some(Protocol::Tlsv10)).build();
    // ruleid: rs.tls-legacy-protocol-version
    let d = Tls::builder().min_protocol_version(Some(native_tls::Protocol::Sslv3)).build();
    // ruleid: rs.tls-legacy-protocol-version
    b.set_min_proto_version(Some(SslVersion::TLS1_1))?;
    // ok: rs.tls-legacy-protocol-version
    let e = Tls::builder().min_protocol_version(Some(Protocol::Tlsv12)).build();
    // ok: rs.tls-legacy-protocol-version
    b.set_min_proto_version(Some(SslVersion::TLS1_2))?;
    // ok: rs.tls-legacy-protocol-version
    b.set_max_proto_version(Some(SslVersion::TLS1_1))?;
    // ok: rs.tls-legacy-protocol-version
    let f = Tls::builder().min_protocol_version(None).build();
}
