use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, Error, SignatureScheme};

#[derive(Debug)]
struct PinnedOnly {
    pin: [u8; 32],
}

impl ServerCertVerifier for PinnedOnly {
    // ok: rs.rustls-handshake-signature-not-verified, rs.rustls-verifier-accepts-any-certificate
    fn verify_server_cert(&self, end_entity: &CertificateDer<'_>, _i: &[CertificateDer<'_>], _n: &ServerName<'_>, _o: &[u8], _t: UnixTime) -> Result<ServerCertVerified, Error> {
        if sha256(end_entity.as_ref()) != self.pin {
            return Err(Error::General("certificate does not match the pin".into()));
        }
        Ok(ServerCertVerified::assertion())
    }

    // ruleid: rs.rustls-handshake-signature-not-verified
    fn verify_tls12_signature(&self, _m: &[u8], _c: &CertificateDer<'_>, _d: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, Error> {
        Ok(HandshakeSignatureValid::assertion())
    }

    // ruleid: rs.rustls-handshake-signature-not-verified
    fn verify_tls13_signature(&self, _m: &[u8], _c: &CertificateDer<'_>, _d: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, Error> {
        return Ok(rustls::client::danger::HandshakeSignatureValid::assertion());
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        vec![SignatureScheme::ED25519]
    }
}

#[derive(Debug)]
struct Checked {
    provider: rustls::crypto::CryptoProvider,
}

impl ServerCertVerifier for Checked {
    // ok: rs.rustls-handshake-signature-not-verified
    fn verify_tls12_signature(&self, m: &[u8], c: &CertificateDer<'_>, d: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, Error> {
        rustls::crypto::verify_tls12_signature(m, c, d, &self.provider.signature_verification_algorithms)
    }

    // ok: rs.rustls-handshake-signature-not-verified
    fn verify_tls13_signature(&self, m: &[u8], c: &CertificateDer<'_>, d: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, Error> {
        verify_tls13_signature(m, c, d, &self.provider.signature_verification_algorithms)?;
        Ok(HandshakeSignatureValid::assertion())
    }
}

#[derive(Debug)]
struct NoVerifier;

// Reported once, at verify_server_cert, by rs.rustls-verifier-accepts-any-certificate.
impl ServerCertVerifier for NoVerifier {
    // ruleid: rs.rustls-verifier-accepts-any-certificate
    fn verify_server_cert(&self, _e: &CertificateDer<'_>, _i: &[CertificateDer<'_>], _n: &ServerName<'_>, _o: &[u8], _t: UnixTime) -> Result<ServerCertVerified, Error> {
        Ok(ServerCertVerified::assertion())
    }

    // ok: rs.rustls-handshake-signature-not-verified
    fn verify_tls12_signature(&self, _m: &[u8], _c: &CertificateDer<'_>, _d: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, Error> {
        Ok(HandshakeSignatureValid::assertion())
    }

    // ok: rs.rustls-handshake-signature-not-verified
    fn verify_tls13_signature(&self, _m: &[u8], _c: &CertificateDer<'_>, _d: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, Error> {
        Ok(HandshakeSignatureValid::assertion())
    }
}
