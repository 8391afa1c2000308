use libc::chmod as change_mode;

fn open_up(c_path: &CStr) {
    // ruleid: rs.world-writable-permissions
    // ruleid: rs.unsafe-block
    unsafe { change_mode(c_path.as_ptr(), 0o0777) };
}
