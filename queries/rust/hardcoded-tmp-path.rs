use std::fs::{self, File as F};
use std::path::PathBuf;

fn files(data: &str) {
    // ruleid: rs.hardcoded-tmp-path
    let mut a = F::create("/tmp/report.txt")?;
    // ruleid: rs.hardcoded-tmp-path
    fs::write("/var/tmp/state.json", data)?;
    // ruleid: rs.hardcoded-tmp-path
    let p = PathBuf::from("/tmp/app/cache");
    // ruleid: rs.hardcoded-tmp-path
    let f = fs::OpenOptions::new().write(true).open("/dev/shm/shared");
    // ok: rs.hardcoded-tmp-path
    let t = tempfile::NamedTempFile::new()?;
    // ok: rs.hardcoded-tmp-path
    let q = PathBuf::from("/var/lib/app/state.json");
    // ok: rs.hardcoded-tmp-path
    println!("/tmp/report.txt is written by the old version");
    // ok: rs.hardcoded-tmp-path
    let dir = PathBuf::from("/tmp");
}
