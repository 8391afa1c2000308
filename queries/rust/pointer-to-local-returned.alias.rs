use std::ffi::CString as Owned;
use std::os::raw::c_char;

extern "C" fn label() -> *const c_char {
    let s = Owned::new("label").expect("no NUL");
    // ruleid: rs.pointer-to-local-returned
    s.as_ptr()
}

extern "C" fn leaked_label() -> *mut c_char {
    let s = Owned::new("label").expect("no NUL");
    // ok: rs.pointer-to-local-returned
    s.into_raw()
}
