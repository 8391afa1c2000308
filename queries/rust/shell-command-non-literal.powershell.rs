use std::process::Command;

// Also works with pwsh.
fn run(script: &str) {
    // ruleid: rs.shell-command-non-literal
    Command::new("PowerShell").args(["-Command", script]).status();
}
