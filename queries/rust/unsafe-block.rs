fn raw(p: *const u8, v: &[u8]) -> u8 {
    // ruleid: rs.unsafe-block
    let a = unsafe { *p };
    // ruleid: rs.unsafe-block
    unsafe {
        libc::free(p as *mut _);
    }
    // ruleid: rs.unsafe-block
    let b = unsafe { v.get_unchecked(0) };
    // ok: rs.unsafe-block
    let c = v.get(0);
    // ok: rs.unsafe-block
    let d = "unsafe { }";
    a
}

// ok: rs.unsafe-block
unsafe fn declared_only() {}

// ok: rs.unsafe-block
unsafe impl Send for Wrapper {}
