use std::ffi::CString;
use std::os::raw::c_char;

struct Node {
    value: i32,
}

fn double_free(node: Box<Node>) {
    let p = Box::into_raw(node);
    // ruleid: rs.unsafe-block
    unsafe {
        drop(Box::from_raw(p));
        // ruleid: rs.from-raw-twice
        drop(Box::from_raw(p));
    }
}

#[no_mangle]
pub extern "C" fn free_name(name: *mut c_char) {
    // ruleid: rs.unsafe-block
    let owned = unsafe { CString::from_raw(name) };
    println!("{:?}", owned);
    // ruleid: rs.from-raw-twice, rs.unsafe-block
    let again = unsafe { CString::from_raw(name) };
}

unsafe fn release(ptr: *mut u8, len: usize, cap: usize) {
    let v = Vec::from_raw_parts(ptr, len, cap);
    drop(v);
    // ruleid: rs.from-raw-twice
    Vec::from_raw_parts(ptr, len, cap);
}

unsafe fn once(p: *mut Node, q: *mut Node) {
    drop(Box::from_raw(p));
    // ok: rs.from-raw-twice
    drop(Box::from_raw(q));
}

unsafe fn shared(p: *const Node) {
    std::sync::Arc::increment_strong_count(p);
    let a = std::sync::Arc::from_raw(p);
    // ok: rs.from-raw-twice
    let b = std::sync::Arc::from_raw(p);
}

unsafe fn branches(p: *mut Node, keep: bool) {
    if keep {
        // ok: rs.from-raw-twice
        let b = Box::from_raw(p);
    } else {
        // ok: rs.from-raw-twice
        drop(Box::from_raw(p));
    }
}
