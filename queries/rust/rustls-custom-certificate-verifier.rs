use rustls::ClientConfig;

fn configs(roots: RootCertStore) {
    let mut config = ClientConfig::builder().with_root_certificates(roots).with_no_client_auth();
    // ruleid: rs.rustls-custom-certificate-verifier
    config.dangerous().set_certificate_verifier(Arc::new(NoVerifier));
    let other = ClientConfig::builder()
        .dangerous()
        // ruleid: rs.rustls-custom-certificate-verifier
        .with_custom_certificate_verifier(Arc::new(AcceptAll {}))
        .with_no_client_auth();
    let old = ClientConfig::builder()
        .with_safe_defaults()
        // ruleid: rs.rustls-custom-certificate-verifier
        .with_custom_certificate_verifier(verifier.clone())
        .with_no_client_auth();
    // ok: rs.rustls-custom-certificate-verifier
    let safe = ClientConfig::builder().with_root_certificates(roots).with_no_client_auth();
    // ok: rs.rustls-custom-certificate-verifier
    let platform = ClientConfig::builder().dangerous().with_custom_certificate_verifier(Arc::new(rustls_platform_verifier::Verifier::new()));
    // ok: rs.rustls-custom-certificate-verifier
    let webpki = ClientConfig::builder().dangerous().with_custom_certificate_verifier(WebPkiServerVerifier::builder(roots).build()?);
    // ok: rs.rustls-custom-certificate-verifier
    registry.set_certificate_verifier_name("strict");
}
