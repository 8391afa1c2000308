use std::ffi::{CStr, CString};
use widestring::U16CString as Wide;
use std::os::raw::c_char;

struct Options {
    name: *const c_char,
}

extern "C" {
    fn puts(s: *const c_char) -> i32;
    fn set_options(o: *const Options);
}

fn dangling(name: &str, bytes: &[u8], cstr: &CStr) -> *const c_char {
    // ruleid: rs.dangling-pointer-from-temporary
    let p = CString::new(name).unwrap().as_ptr();
    // ruleid: rs.dangling-pointer-from-temporary
    let q = CString::new(name).expect("no NUL").as_ptr();
    // ruleid: rs.dangling-pointer-from-temporary
    let r = format!("{}\0", name).as_ptr();
    // ruleid: rs.dangling-pointer-from-temporary
    let s = bytes.to_vec().as_mut_ptr();
    let opts = Options {
        // ruleid: rs.dangling-pointer-from-temporary
        name: CString::new(name).unwrap().as_ptr(),
    };
    // ruleid: rs.dangling-pointer-from-temporary
    let t = cstr.to_owned().as_ptr();
    // ok: rs.dangling-pointer-from-temporary
    let n = ffi_strlen(CString::new(name).unwrap().as_ptr());
    let owned = CString::new(name).unwrap();
    // ok: rs.dangling-pointer-from-temporary
    let u = owned.as_ptr();
    // ok: rs.dangling-pointer-from-temporary
    let v = bytes.as_ptr();
    // ok: rs.dangling-pointer-from-temporary
    let w = CString::new(name).unwrap().into_raw();
    // ok: rs.dangling-pointer-from-temporary
    let x = cstr.to_bytes().as_ptr();
    // ruleid: rs.dangling-pointer-from-temporary
    let wide = Wide::from_str(name).unwrap().as_ptr();
    // ruleid: rs.dangling-pointer-from-temporary
    let e = CString::new(name).unwrap_or_default().as_ptr();
    // ok: rs.dangling-pointer-from-temporary
    let f = Parser::new(name).unwrap().as_ptr();
    // ruleid: rs.dangling-pointer-from-temporary
    return CString::new("fallback").unwrap().as_ptr();
}

// ruleid: rs.dangling-pointer-from-temporary
fn greeting() -> *const c_char { CString::new("hello").unwrap().as_ptr() }

// ok: rs.dangling-pointer-from-temporary
fn static_greeting() -> *const c_char { c"hello".as_ptr() }

// ok: rs.dangling-pointer-from-temporary
fn leaked() -> *mut c_char { CString::new("hello").unwrap().into_raw() }
