use std::process::Command as Cmd;

fn run(script: &str, config: Config) {
    // ruleid: rs.shell-command-non-literal
    Cmd::new("sh").arg("-c").arg(script).status();
    // ruleid: rs.shell-command-non-literal
    std::process::Command::new("bash").args(["-c", &config.hook]).output();
    let mut c = Cmd::new("cmd.exe");
    // ruleid: rs.shell-command-non-literal
    c.args(&["/C", script]);
    // ok: rs.shell-command-non-literal
    Cmd::new("sh").arg("-c").arg("make all").status();
    // ok: rs.shell-command-non-literal
    Cmd::new("grep").arg("-c").arg(script).status();
    // ruleid: rs.command-program-non-literal
    Cmd::new(script).arg("--version").status();
    // ok: rs.shell-command-non-literal, rs.shell-command-built-from-strings
    Cmd::new("sh").arg("-c").arg(format!("echo done")).status();
    let mut d = Cmd::new("sh");
    d.arg("-c");
    // ruleid: rs.shell-command-non-literal
    d.arg(&config.hook);
    d.status();
    let mut e = Cmd::new("sh");
    e.arg("-c");
    // ok: rs.shell-command-non-literal
    e.arg("exit 0");
    let mut f = Cmd::new("ls");
    f.arg("-c");
    // ok: rs.shell-command-non-literal
    f.arg(script);
    let mut h = Cmd::new("sh");
    h.arg("-c");
    h.arg("printf '%s\\n' \"$0\"");
    // ok: rs.shell-command-non-literal
    h.arg(script);
}

fn built(script: &str) {
    // ruleid: rs.shell-command-built-from-strings
    Cmd::new("sh").arg("-c").arg(format!("run {}", script)).status();
}
