fn connect(connector: SslConnector, tcp: TcpStream, strict: bool) {
    // ruleid: rs.openssl-hostname-verification-disabled
    let config = connector.configure().unwrap().verify_hostname(false);
    let s = connector
        .configure()?
        .use_server_name_indication(false)
        // ruleid: rs.openssl-hostname-verification-disabled
        .verify_hostname(false)
        .connect("host", tcp)?;
    // ruleid: rs.openssl-hostname-verification-disabled
    config.set_verify_hostname(false);
    // ok: rs.openssl-hostname-verification-disabled
    let a = connector.configure()?.verify_hostname(true);
    // ok: rs.openssl-hostname-verification-disabled
    let b = connector.configure()?.verify_hostname(strict);
    // ok: rs.openssl-hostname-verification-disabled
    let c = connector.configure()?.use_server_name_indication(false);
}
