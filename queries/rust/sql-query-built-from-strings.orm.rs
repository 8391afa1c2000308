use sea_orm::{ConnectionTrait, DbBackend, Statement};
use sqlx::{Postgres, QueryBuilder};

async fn search(db: &DatabaseConnection, pool: &sqlx::PgPool, name: &str, ids: &[i64]) {
    let sql = format!("SELECT * FROM users WHERE name = '{}'", name);
    // ruleid: rs.sql-query-built-from-strings
    let rows = db.query_all(Statement::from_string(DbBackend::Postgres, sql)).await?;
    // ruleid: rs.sql-query-built-from-strings
    db.execute_unprepared(&format!("DELETE FROM sessions WHERE user = '{name}'")).await?;
    // ruleid: rs.sql-query-built-from-strings
    let mut qb: QueryBuilder<Postgres> = QueryBuilder::new(format!("SELECT * FROM t WHERE owner = '{}'", name));
    // ruleid: rs.sql-query-built-from-strings
    qb.push(format!(" AND name = '{}'", name));
    // ok: rs.sql-query-built-from-strings
    qb.push(" AND name = ").push_bind(name);
    // ok: rs.sql-query-built-from-strings
    let stmt = Statement::from_sql_and_values(DbBackend::Postgres, "SELECT * FROM users WHERE name = $1", [name.into()]);
    // ok: rs.sql-query-built-from-strings
    let mut safe: QueryBuilder<Postgres> = QueryBuilder::new("SELECT * FROM t WHERE id IN ");
    let mut parts = Vec::new();
    // ok: rs.sql-query-built-from-strings
    parts.push(format!("{}", ids.len()));
}
