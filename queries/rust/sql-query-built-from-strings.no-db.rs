// A file that uses no database crate: an `execute` method here is something else.
fn run(engine: &Engine, name: &str) {
    // ok: rs.sql-query-built-from-strings
    engine.execute(&format!("task-{}", name));
    // ok: rs.sql-query-built-from-strings
    query(&format!("SELECT * FROM t WHERE a = {}", name));
}
