use std::env::{self, temp_dir as tmp};

fn paths(name: &str) {
    // ruleid: rs.temp-dir-fixed-name
    let a = env::temp_dir().join("app.lock");
    // ruleid: rs.temp-dir-fixed-name
    let b = std::env::temp_dir().join("cache/data.json");
    // ruleid: rs.temp-dir-fixed-name
    let c = tmp().join("server.sock");
    // ok: rs.temp-dir-fixed-name
    let d = tempfile::NamedTempFile::new()?;
    // ok: rs.temp-dir-fixed-name
    let e = env::temp_dir().join(format!("app-{}", uuid::Uuid::new_v4()));
    // ok: rs.temp-dir-fixed-name
    let f = project.temp_dir().join("build.log");
    // ok: rs.temp-dir-fixed-name
    let g = env::current_dir()?.join("out.txt");
}
