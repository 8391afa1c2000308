use std::env;
use std::process::Command;

fn main() {
    // ruleid: rs.command-from-user-input, rs.command-program-non-literal
    Command::new(std::env::args().nth(1).unwrap()).status().unwrap();
    // ruleid: rs.command-from-user-input, rs.command-program-non-literal
    let out = Command::new(env::args_os().nth(2).expect("program")).output();
    // ruleid: rs.command-from-user-input, rs.command-program-non-literal
    Command::new(&env::args().collect::<Vec<_>>()[1]).spawn();
    let args: Vec<String> = env::args().collect();
    // ok: rs.command-from-user-input
    Command::new("git").args(&args[1..]).status().unwrap();
    // ok: rs.command-from-user-input
    Command::new("ls").arg(env::args().nth(1).unwrap()).status().unwrap();
    // ok: rs.command-from-user-input, rs.command-program-non-literal
    Command::new(env!("CARGO")).arg("build").status().unwrap();
}
