// Edition 2024 syntax that tree-sitter-rust 0.24 does not know (`safe fn` in an
// `unsafe extern` block) leaves an ERROR node; rules must still fire in the rest of the file.
use std::process::Command;

unsafe extern "C" {
    safe fn abs(x: i32) -> i32;
    pub safe static VERSION: i32;
}

fn before(file: &str) {
    // ruleid: rs.shell-command-built-from-strings
    Command::new("sh").arg("-c").arg(format!("cat {file}")).status();
}

fn chains(a: Option<&str>, b: Option<&str>) {
    if let Some(x) = a && let Some(y) = b {
        // ruleid: rs.shell-command-built-from-strings
        Command::new("bash").args(["-c", &format!("{x} {y}")]).status();
    }
}

unsafe extern "C" {
    safe fn labs(x: i64) -> i64;
}

fn after(file: &str) {
    // ruleid: rs.shell-command-built-from-strings
    Command::new("sh").arg("-c").arg(format!("rm {file}")).status();
    // ok: rs.shell-command-built-from-strings
    Command::new("sh").arg("-c").arg("true").status();
}
