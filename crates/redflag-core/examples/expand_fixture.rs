//! Prints a fixture with its fake values expanded, as `redflag rules test` sees it
//! (`cargo run -p redflag-core --example expand_fixture -- queries/secrets/x.txt`).

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: expand_fixture FIXTURE");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let mut parts = path.rsplit('/');
    let file = parts.next().unwrap_or("");
    let seed = match parts.next() {
        Some(folder) => format!("{folder}/{file}"),
        None => file.to_string(),
    };
    match redflag_core::fixtures::fake::expand(&text, &seed) {
        Ok(expanded) => print!("{expanded}"),
        Err(e) => eprintln!("{e}"),
    }
}
