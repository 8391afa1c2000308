use std::net::{Ipv4Addr, SocketAddr, TcpListener};

async fn serve(port: u16, addr: &str) {
    // ruleid: rs.bind-all-interfaces
    let a = TcpListener::bind("0.0.0.0:8080")?;
    // ruleid: rs.bind-all-interfaces
    let b = tokio::net::TcpListener::bind(("0.0.0.0", port)).await?;
    // ruleid: rs.bind-all-interfaces
    HttpServer::new(app).bind("[::]:80")?.run().await;
    // ruleid: rs.bind-all-interfaces
    let c = SocketAddr::from(([0, 0, 0, 0], 3000));
    // ruleid: rs.bind-all-interfaces
    let d = SocketAddr::from((Ipv4Addr::UNSPECIFIED, port));
    // ok: rs.bind-all-interfaces
    let e = TcpListener::bind("127.0.0.1:8080")?;
    // ok: rs.bind-all-interfaces
    let f = SocketAddr::from(([127, 0, 0, 1], 3000));
    // ok: rs.bind-all-interfaces
    let g = TcpListener::bind(addr)?;
    // ok: rs.bind-all-interfaces
    let h = TcpStream::connect("0.0.0.0:8080")?;
}

fn client() {
    // ok: rs.bind-all-interfaces
    let socket = std::net::UdpSocket::bind("[::]:0")?;
    // ok: rs.bind-all-interfaces
    let any = SocketAddr::from(([0, 0, 0, 0], 0));
}
