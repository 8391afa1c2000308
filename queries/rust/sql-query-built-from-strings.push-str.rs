use rusqlite as db;

fn delete(conn: &db::Connection, name: &str) {
    let mut sql = String::from("DELETE FROM notes WHERE owner = ");
    sql.push_str(name);
    // ruleid: rs.sql-query-built-from-strings
    conn.execute(&sql, [])?;
}
