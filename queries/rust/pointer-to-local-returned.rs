use std::ffi::CString;
use std::os::raw::c_char;

#[repr(C)]
struct Point {
    x: i32,
    y: i32,
}

fn buffer() -> *const u8 {
    let buf = [0u8; 64];
    // ruleid: rs.pointer-to-local-returned
    buf.as_ptr()
}

fn point() -> *const Point {
    let p = Point { x: 1, y: 2 };
    // ruleid: rs.pointer-to-local-returned
    &p as *const Point
}

extern "C" fn name() -> *const c_char {
    let s = CString::new("name").unwrap();
    // ruleid: rs.pointer-to-local-returned
    return s.as_ptr();
}

fn counter() -> *mut i32 {
    let mut n = 0;
    // ruleid: rs.pointer-to-local-returned
    std::ptr::addr_of_mut!(n)
}

fn in_a_block() {
    let ptr = {
        let v = vec![1, 2, 3];
        // ruleid: rs.pointer-to-local-returned
        v.as_ptr()
    };
}

fn leaked() -> *mut c_char {
    let s = CString::new("name").unwrap();
    // ok: rs.pointer-to-local-returned
    s.into_raw()
}

fn forgotten() -> *const u8 {
    let v = std::mem::ManuallyDrop::new(vec![1u8, 2, 3]);
    // ok: rs.pointer-to-local-returned
    v.as_ptr()
}

fn borrowed(data: &[u8]) -> *const u8 {
    let d = data;
    // ok: rs.pointer-to-local-returned
    d.as_ptr()
}

static TABLE: [u8; 4] = [1, 2, 3, 4];

fn table() -> *const u8 {
    let t = &TABLE;
    // ok: rs.pointer-to-local-returned
    t.as_ptr()
}

fn length() -> usize {
    let v = vec![1, 2, 3];
    // ok: rs.pointer-to-local-returned
    v.len()
}

fn rebound() -> *const u8 {
    let buf = [0u8; 64];
    let buf: &'static [u8; 64] = Box::leak(Box::new(buf));
    // ok: rs.pointer-to-local-returned
    buf.as_ptr()
}

struct View<'a> {
    bytes: &'a [u8],
}

impl View<'_> {
    fn as_ptr(&self) -> *const u8 {
        self.bytes.as_ptr()
    }
}

fn view_of(data: &[u8]) -> *const u8 {
    let v = View { bytes: data };
    // ok: rs.pointer-to-local-returned
    v.as_ptr()
}
