;; ---
;; id = "rs.sql-query-built-from-strings"
;; title = "SQL query built from strings at run time"
;; severity = "error"
;; confidence = "high"
;; cwe = 89
;; message = "SQL passed to `{{func}}` is built with `format!` or `+`: values in it can inject SQL"
;; report = "sql"
;; tags = ["injection", "sql"]
;; references = ["https://docs.rs/sqlx/latest/sqlx/fn.query.html", "https://docs.rs/rusqlite/latest/rusqlite/macro.params.html"]
;; ---
;; ## Why it matters
;; A query assembled with `format!`, `+` or `push_str` mixes data into the SQL text: a value
;; containing `'` or `;` changes what the query does (read other users' rows, drop tables,
;; bypass a login). Every Rust database crate has bind parameters so this is never needed for
;; values.
;;
;; ## How to fix
;; Keep the SQL constant and bind values: `$1` (postgres, sqlx on Postgres), `?` (sqlite,
;; mysql). Table or column names cannot be bound: pick them from a fixed list in code.
;;
;; ## Safe example
;; ```rust
;; let user = sqlx::query_as::<_, User>("SELECT * FROM users WHERE name = $1")
;;     .bind(&name)
;;     .fetch_one(&pool)
;;     .await?;
;; conn.execute("DELETE FROM notes WHERE id = ?1", rusqlite::params![id])?;
;; ```

; sqlx::query(&sql), diesel::sql_query(sql)
(call_expression
  function: [(identifier) (scoped_identifier) (generic_function)] @func
  arguments: (arguments . (_) @sql)
  (#resolves-to? @func
    "sqlx::query" "sqlx::query_as" "sqlx::query_scalar" "sqlx::query_with" "sqlx::query_as_with"
    "sqlx::query_scalar_with" "sqlx::raw_sql" "diesel::sql_query" "diesel::dsl::sql_query"
    "diesel::dsl::sql" "sqlx::QueryBuilder::new" "sqlx::query_builder::QueryBuilder::new")
  (#built-string? @sql)
  (#not-in-test? @func)) @finding

; sea-orm: Statement::from_string(DbBackend::Postgres, sql), from_sql_and_values(backend, sql, values)
(call_expression
  function: [(identifier) (scoped_identifier) (generic_function)] @func
  arguments: (arguments . (_) . (_) @sql)
  (#resolves-to? @func "sea_orm::Statement::from_string" "sea_orm::Statement::from_sql_and_values"
    "sea_orm::entity::prelude::Statement::from_string")
  (#built-string? @sql)
  (#not-in-test? @func)) @finding

; sqlx QueryBuilder: qb.push(format!("... {}", name)) (`push_bind` is the safe method)
(call_expression
  function: (field_expression value: (_) @_builder field: (field_identifier) @func)
  arguments: (arguments . (_) @sql .)
  (#eq? @func "push")
  (#match? @_builder "(?i)(^|[._])(qb|query|builder|query_builder|sql|stmt)$|QueryBuilder")
  (#built-string? @sql)
  (#imports? "sqlx")
  (#not-in-test? @func)) @finding

; conn.execute(&sql, ..) on a connection, client or pool of a database crate
(call_expression
  function: (field_expression field: (field_identifier) @func)
  arguments: (arguments . (_) @sql)
  (#any-of? @func
    "execute" "query" "query_row" "query_map" "query_one" "query_opt" "query_raw" "prepare"
    "prepare_cached" "batch_execute" "execute_batch" "simple_query" "query_drop" "query_first"
    "query_iter" "exec" "exec_drop" "exec_first" "exec_iter" "execute_many" "fetch" "fetch_all"
    "fetch_one" "fetch_optional" "exec_map" "exec_fold" "exec_batch" "query_fold" "prep"
    "prepare_typed" "query_typed" "copy_in" "copy_out" "execute_unprepared")
  (#built-string? @sql)
  (#imports? "rusqlite" "postgres" "tokio_postgres" "mysql" "mysql_async" "sqlx" "diesel"
    "sqlite" "deadpool_postgres" "bb8_postgres" "r2d2_sqlite" "r2d2_postgres" "duckdb" "libsql"
    "sea_orm")
  (#not-in-test? @func)) @finding
