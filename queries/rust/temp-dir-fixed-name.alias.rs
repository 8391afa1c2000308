use std::env::temp_dir as scratch;

fn lock_path() {
    // ruleid: rs.temp-dir-fixed-name
    let a = scratch().join("app.lock");
}
