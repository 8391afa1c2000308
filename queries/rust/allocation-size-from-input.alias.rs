use bytes::BytesMut as Buf;
use tokio::io::AsyncReadExt;

async fn frame(sock: &mut tokio::net::TcpStream) -> std::io::Result<Buf> {
    // ruleid: rs.allocation-size-from-input
    let mut buf = Buf::with_capacity(sock.read_u32().await? as usize);
    // ok: rs.allocation-size-from-input
    let mut small = Buf::with_capacity(1024);
    Ok(buf)
}
