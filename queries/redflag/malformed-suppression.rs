fn run(expression: &str) {
    // ruleid: redflag.malformed-suppression
    let _ = std::process::Command::new(expression); // redflag: ignore[rs.command-injection
    // ok: redflag.malformed-suppression
    let _ = std::process::Command::new(expression); // redflag: ignore[rs.command-injection]
    // ok: redflag.malformed-suppression
    let marker = "redflag: ignore";
}
