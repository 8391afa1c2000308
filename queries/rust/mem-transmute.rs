use std::mem::{self, transmute as cast};

fn convert(x: u32, f: f32) {
    // ruleid: rs.mem-transmute
    // ruleid: rs.unsafe-block
    let a: f32 = unsafe { mem::transmute(x) };
    // ruleid: rs.mem-transmute
    // ruleid: rs.unsafe-block
    let b = unsafe { cast::<u32, i32>(x) };
    // todoruleid: rs.mem-transmute (callee text with `[` is not treated as a name)
    // ruleid: rs.unsafe-block
    let b2 = unsafe { cast::<u32, [u8; 4]>(x) };
    // ruleid: rs.mem-transmute
    // ruleid: rs.unsafe-block
    let c = unsafe { core::mem::transmute_copy::<f32, u32>(&f) };
    // ok: rs.mem-transmute
    let d = f32::from_bits(x);
    // ok: rs.mem-transmute
    let e = bytemuck::cast::<u32, f32>(x);
    // ok: rs.mem-transmute
    let g = transmute(x);
}
