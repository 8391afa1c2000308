use byteorder::{BigEndian, LittleEndian, ReadBytesExt};
use std::io::Read;

const MAX_FRAME: usize = 1 << 20;

fn read_frame<R: Read>(r: &mut R, header: [u8; 4]) -> std::io::Result<Vec<u8>> {
    // ruleid: rs.allocation-size-from-input
    let mut a = Vec::with_capacity(r.read_u32::<BigEndian>()? as usize);
    // ruleid: rs.allocation-size-from-input
    let mut b = vec![0u8; r.read_u64::<LittleEndian>()? as usize];
    let len = r.read_u32::<BigEndian>()? as usize;
    // ruleid: rs.allocation-size-from-input
    let mut c = vec![0u8; len];
    let n = u32::from_be_bytes(header) as usize;
    // ruleid: rs.allocation-size-from-input
    a.resize(n, 0);
    // ruleid: rs.allocation-size-from-input
    let mut d = String::with_capacity(std::env::args().nth(1).unwrap().parse().unwrap());
    let checked = r.read_u32::<BigEndian>()? as usize;
    if checked > MAX_FRAME {
        return Err(std::io::ErrorKind::InvalidData.into());
    }
    // ok: rs.allocation-size-from-input
    let mut e = vec![0u8; checked];
    // ok: rs.allocation-size-from-input
    let mut f = Vec::with_capacity((r.read_u32::<BigEndian>()? as usize).min(MAX_FRAME));
    // ok: rs.allocation-size-from-input
    let mut g = vec![0u8; 4096];
    let tag_len = r.read_u8()? as usize;
    // ok: rs.allocation-size-from-input
    let mut tag = vec![0u8; tag_len];
    // ok: rs.allocation-size-from-input
    let mut h = Vec::with_capacity(header.len());
    let bounded = (r.read_u16::<BigEndian>()? as usize).min(MAX_FRAME);
    // ok: rs.allocation-size-from-input
    let mut i = vec![0u8; bounded];
    // ok: rs.allocation-size-from-input
    let mut j: Vec<u8> = Vec::new();
    j.try_reserve(n).map_err(|_| std::io::ErrorKind::OutOfMemory)?;
    Ok(c)
}

fn parse_request(line: &str) {
    let count: usize = line.trim().parse().unwrap();
    // ruleid: rs.allocation-size-from-input
    let mut items = Vec::with_capacity(count);
}
