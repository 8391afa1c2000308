use std::process::Command as Cmd;
use tokio::process::Command;

fn run(file: &str, user: String) {
    // ruleid: rs.shell-command-built-from-strings
    Cmd::new("sh").arg("-c").arg(format!("cat {}", file)).status();
    // ruleid: rs.shell-command-built-from-strings
    std::process::Command::new("/bin/bash").args(["-c", &format!("ls {file}")]).output();
    let script = "echo ".to_string() + &user;
    // ruleid: rs.shell-command-built-from-strings
    Command::new("cmd").args(&["/C", &script]).spawn();
    let mut c = Cmd::new("bash");
    // ruleid: rs.shell-command-built-from-strings
    c.arg("-lc").arg(&script);
    let line = format!("tar czf {} .", user);
    let mut p = if cfg!(windows) { Cmd::new("powershell") } else { Cmd::new("sh") };
    // ruleid: rs.shell-command-built-from-strings
    p.args(["-c", line.as_str()]);
    // ok: rs.shell-command-built-from-strings
    Cmd::new("sh").arg("-c").arg("ls -la").status();
    // ok: rs.shell-command-built-from-strings
    Cmd::new("git").arg("-c").arg(format!("user.name={}", user)).status();
    // ok: rs.shell-command-built-from-strings
    Cmd::new("cat").arg(format!("{}.txt", file)).status();
    // ok: rs.shell-command-built-from-strings
    Cmd::new("sh").args(["-c", "tar -czf \"$1\" .", "sh"]).arg(file).status();
    // ok: rs.shell-command-built-from-strings, rs.shell-command-non-literal
    Cmd::new("bash").arg("-c").arg(format!("echo done")).status();
    let mut g = Cmd::new("bash");
    g.arg("-c");
    // ruleid: rs.shell-command-built-from-strings
    g.arg(format!("cp {} /backup", file));
    g.status();
}
