fn clients(insecure: bool) -> reqwest::Result<()> {
    // ruleid: rs.tls-verification-disabled
    let a = reqwest::Client::builder().danger_accept_invalid_certs(true).build()?;
    let b = reqwest::blocking::Client::builder()
        // ruleid: rs.tls-verification-disabled
        .danger_accept_invalid_hostnames(true)
        .build()?;
    // ruleid: rs.tls-verification-disabled
    let c = native_tls::TlsConnector::builder().danger_accept_invalid_certs(true).build();
    // ok: rs.tls-verification-disabled
    let d = reqwest::Client::builder().danger_accept_invalid_certs(false).build()?;
    // ok: rs.tls-verification-disabled
    let e = reqwest::Client::builder().danger_accept_invalid_certs(insecure).build()?;
    // ok: rs.tls-verification-disabled
    let f = reqwest::Client::builder().https_only(true).build()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn talks_to_the_local_test_server() {
        // ok: rs.tls-verification-disabled
        let c = reqwest::Client::builder().danger_accept_invalid_certs(true).build().unwrap();
    }
}

fn ureq3() {
    // ruleid: rs.tls-verification-disabled
    let tls = ureq::tls::TlsConfig::builder().disable_verification(true).build();
    // ok: rs.tls-verification-disabled
    let tls = ureq::tls::TlsConfig::builder().disable_verification(false).build();
}

mod aliased {
    use reqwest::ClientBuilder as B;

    fn build() {
        // ruleid: rs.tls-verification-disabled
        let c = B::new().danger_accept_invalid_hostnames(true).build();
        // ok: rs.tls-verification-disabled
        let d = B::new().danger_accept_invalid_hostnames(false).build();
    }
}
