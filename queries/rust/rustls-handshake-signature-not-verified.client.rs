use rustls::client::danger::HandshakeSignatureValid as Valid;
use rustls::server::danger::{ClientCertVerified, ClientCertVerifier};

#[derive(Debug)]
struct MtlsPinned(Vec<[u8; 32]>);

impl ClientCertVerifier for MtlsPinned {
    fn root_hint_subjects(&self) -> &[rustls::DistinguishedName] {
        &[]
    }

    // ok: rs.rustls-handshake-signature-not-verified, rs.rustls-verifier-accepts-any-certificate
    fn verify_client_cert(&self, e: &CertificateDer<'_>, _i: &[CertificateDer<'_>], _n: UnixTime) -> Result<ClientCertVerified, rustls::Error> {
        if !self.0.contains(&digest(e)) {
            return Err(rustls::Error::InvalidCertificate(rustls::CertificateError::UnknownIssuer));
        }
        Ok(ClientCertVerified::assertion())
    }

    // ruleid: rs.rustls-handshake-signature-not-verified
    fn verify_tls13_signature(&self, _m: &[u8], _c: &CertificateDer<'_>, _d: &DigitallySignedStruct) -> Result<Valid, rustls::Error> {
        // the certificate was pinned above
        Ok(Valid::assertion())
    }
}
