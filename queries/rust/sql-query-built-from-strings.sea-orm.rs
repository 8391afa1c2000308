use sea_orm::{DbBackend, Statement};

fn only_sea_orm(db: &DatabaseConnection, name: &str) {
    // ruleid: rs.sql-query-built-from-strings
    let s = Statement::from_string(DbBackend::Sqlite, format!("SELECT * FROM t WHERE n = {}", name));
}
