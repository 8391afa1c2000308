use std::fs::{self, DirBuilder, Permissions};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};

fn setup(path: &Path, mode: u32) {
    // ruleid: rs.world-writable-permissions
    fs::set_permissions(path, Permissions::from_mode(0o777))?;
    let mut perms = fs::metadata(path)?.permissions();
    // ruleid: rs.world-writable-permissions
    perms.set_mode(0o666);
    // ruleid: rs.world-writable-permissions
    DirBuilder::new().recursive(true).mode(0o777).create(path)?;
    // ruleid: rs.world-writable-permissions
    let f = fs::OpenOptions::new().create(true).write(true).mode(0o0662).open(path)?;
    // ruleid: rs.world-writable-permissions
    // ruleid: rs.unsafe-block
    unsafe { libc::chmod(c_path.as_ptr(), 0o777) };
    // ok: rs.world-writable-permissions
    fs::set_permissions(path, Permissions::from_mode(0o644))?;
    // ok: rs.world-writable-permissions
    perms.set_mode(0o600);
    // ok: rs.world-writable-permissions
    DirBuilder::new().mode(0o1777).create("/srv/scratch")?;
    // ok: rs.world-writable-permissions
    perms.set_mode(mode);
    // ok: rs.world-writable-permissions
    DirBuilder::new().mode(0o755).create(path)?;
}
