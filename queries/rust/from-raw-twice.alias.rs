use std::ffi::CString as Owned;
use std::os::raw::c_char;

unsafe fn release_twice(p: *mut c_char) {
    let first = Owned::from_raw(p);
    // ruleid: rs.from-raw-twice
    let second = Owned::from_raw(p);
}

unsafe fn release_once(p: *mut c_char, q: *mut c_char) {
    let first = Owned::from_raw(p);
    // ok: rs.from-raw-twice
    let second = Owned::from_raw(q);
}
