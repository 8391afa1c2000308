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
    // ok: rs.shell-command-non-literal
    Cmd::new(script).arg("--version").status();
    // ok: rs.shell-command-non-literal
    Cmd::new("sh").arg("-c").arg(format!("run {}", script)).status();
}
