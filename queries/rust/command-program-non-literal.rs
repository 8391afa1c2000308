use std::process::Command;
use tokio::process::Command as AsyncCommand;

const GIT: &str = "/usr/bin/git";

fn run(program: &str, cfg: &Config, tool: Option<&str>) {
    // ruleid: rs.command-program-non-literal
    Command::new(program).arg("--version").status();
    // ruleid: rs.command-program-non-literal
    AsyncCommand::new(&cfg.editor).arg("notes.txt").spawn();
    // ruleid: rs.command-program-non-literal
    std::process::Command::new(tool.unwrap_or("cc")).status();
    // ok: rs.command-program-non-literal
    Command::new("git").arg("status").status();
    // ok: rs.command-program-non-literal
    Command::new(GIT).arg("status").status();
    // ok: rs.command-program-non-literal
    Command::new(env!("CARGO")).arg("build").status();
    // ok: rs.command-program-non-literal
    Command::new(std::env::current_exe().unwrap()).arg("--child").spawn();
    // ok: rs.command-program-non-literal
    clap::Command::new(program);
    // ok: rs.command-program-non-literal
    Command::new(std::env::current_exe()
        .expect("the running program"))
        .spawn();
}
