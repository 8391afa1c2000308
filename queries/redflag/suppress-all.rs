fn run(expression: &str) {
    // ruleid: redflag.suppress-all
    let _ = std::process::Command::new(expression); // redflag: ignore
    // ok: redflag.suppress-all
    let _ = std::process::Command::new(expression); // redflag: ignore[rs.command-injection]
}
