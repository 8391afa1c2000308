use rusqlite::{params, Connection};
use sqlx::{query as q, query_as};

async fn handlers(conn: &Connection, pool: &PgPool, client: &tokio_postgres::Client, name: &str, id: i64) {
    // ruleid: rs.sql-query-built-from-strings
    conn.execute(&format!("DELETE FROM notes WHERE owner = '{}'", name), [])?;
    let sql = format!("SELECT * FROM users WHERE name = '{name}'");
    // ruleid: rs.sql-query-built-from-strings
    let users = query_as::<_, User>(&sql).fetch_all(pool).await?;
    // ruleid: rs.sql-query-built-from-strings
    q(&("SELECT id FROM t WHERE n = '".to_string() + name + "'")).execute(pool).await?;
    let mut stmt = String::from("UPDATE t SET a = 1 WHERE b = ");
    stmt.push_str(name);
    // ruleid: rs.sql-query-built-from-strings
    client.batch_execute(&stmt).await?;
    // ruleid: rs.sql-query-built-from-strings
    let row = conn.query_row(format!("SELECT n FROM t WHERE id = {}", id).as_str(), [], |r| r.get(0))?;
    // ruleid: rs.sql-query-built-from-strings
    diesel::sql_query(format!("SELECT * FROM t WHERE a = {}", name)).load::<Row>(&mut c)?;
    // ok: rs.sql-query-built-from-strings
    conn.execute("DELETE FROM notes WHERE owner = ?1", params![name])?;
    // ok: rs.sql-query-built-from-strings
    let users = query_as::<_, User>("SELECT * FROM users WHERE name = $1").bind(name).fetch_all(pool).await?;
    const BASE: &str = "SELECT 1";
    // ok: rs.sql-query-built-from-strings
    client.query(BASE, &[]).await?;
    // ok: rs.sql-query-built-from-strings
    conn.execute(&format!("PRAGMA user_version"), [])?;
    // ok: rs.sql-query-built-from-strings
    query(&format!("SELECT * FROM t WHERE a = {}", name));
}

#[test]
fn builds_the_fixture_table() {
    // ok: rs.sql-query-built-from-strings
    conn.execute(&format!("CREATE TABLE t{} (a INT)", 1), []).unwrap();
}
