use rustls::client::danger::{ServerCertVerified, ServerCertVerifier};
use rustls::server::danger::{ClientCertVerified, ClientCertVerifier};

struct NoVerifier;

impl ServerCertVerifier for NoVerifier {
    // ruleid: rs.rustls-verifier-accepts-any-certificate
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }
}

struct AcceptAnyClient;

impl ClientCertVerifier for AcceptAnyClient {
    // ruleid: rs.rustls-verifier-accepts-any-certificate
    fn verify_client_cert(&self, _e: &CertificateDer<'_>, _i: &[CertificateDer<'_>], _n: UnixTime) -> Result<ClientCertVerified, Error> {
        // trust everyone
        Ok(ClientCertVerified::assertion())
    }
}

mod old {
    impl rustls::ServerCertVerifier for Insecure {
        // ruleid: rs.rustls-verifier-accepts-any-certificate
        fn verify_server_cert(&self, _r: &RootCertStore, _p: &[Certificate], _d: webpki::DNSNameRef<'_>, _o: &[u8]) -> Result<rustls::ServerCertVerified, TLSError> {
            Ok(rustls::ServerCertVerified::assertion())
        }
    }
}

struct Pinned {
    fingerprint: [u8; 32],
}

impl ServerCertVerifier for Pinned {
    // ok: rs.rustls-verifier-accepts-any-certificate
    fn verify_server_cert(&self, end_entity: &CertificateDer<'_>, _i: &[CertificateDer<'_>], _n: &ServerName<'_>, _o: &[u8], _t: UnixTime) -> Result<ServerCertVerified, rustls::Error> {
        if sha256(end_entity) != self.fingerprint {
            return Err(rustls::Error::General("certificate does not match the pin".into()));
        }
        Ok(ServerCertVerified::assertion())
    }

    // ok: rs.rustls-verifier-accepts-any-certificate
    fn verify_tls12_signature(&self, m: &[u8], c: &CertificateDer<'_>, d: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, Error> {
        verify_tls12_signature(m, c, d, &self.algorithms)
    }
}

struct Delegating(Arc<WebPkiServerVerifier>);

impl ServerCertVerifier for Delegating {
    // ok: rs.rustls-verifier-accepts-any-certificate
    fn verify_server_cert(&self, e: &CertificateDer<'_>, i: &[CertificateDer<'_>], n: &ServerName<'_>, o: &[u8], t: UnixTime) -> Result<ServerCertVerified, Error> {
        self.0.verify_server_cert(e, i, n, o, t)?;
        Ok(ServerCertVerified::assertion())
    }
}

// ok: rs.rustls-verifier-accepts-any-certificate
fn verify_server_cert_name(name: &str) -> Result<(), String> {
    Ok(Checked::assertion())
}
