;; ---
;; id = "py.sql-query-built-from-strings"
;; title = "SQL assembled with f-string, %, + or .format and then executed"
;; severity = "error"
;; confidence = "high"
;; cwe = 89
;; message = "SQL built from strings at run time reaches `{{sink}}`: values in it can rewrite the query"
;; tags = ["injection", "sql"]
;; ---
;; ## Why it matters
;; When a value is pasted into SQL text, a quote in it ends the literal and the rest is parsed
;; as SQL: `' OR '1'='1` reads every row, `'; DROP TABLE users; --` deletes data. The driver
;; cannot tell the query from the data any more.
;;
;; This rule looks at the text passed to `execute`, `executemany`, `executescript`, Django's
;; `.raw()` and `RawSQL`, SQLAlchemy's `text()` and `pandas.read_sql*`, directly or through a
;; variable assigned just before in the same block.
;;
;; ## How to fix
;; Keep the SQL constant and pass values as parameters (`%s`, `?` or `:name` depending on the
;; driver). Identifiers (table and column names) cannot be parameters: choose them from a fixed
;; allow-list.
;;
;; ## Safe example
;; ```python
;; cursor.execute("SELECT * FROM users WHERE name = %s", (name,))
;; session.execute(text("SELECT * FROM users WHERE id = :id"), {"id": user_id})
;; ```

; cursor.execute(f"SELECT ... {x}")
(call
  function: (attribute attribute: (identifier) @sink)
  arguments: (argument_list . (_) @sql)
  (#any-of? @sink "execute" "executemany" "executescript" "raw" "read_sql" "read_sql_query")
  (#built-string? @sql)
  (#match? @sql "(?i)(\\bselect\\b[^;]*\\bfrom\\b|\\binsert\\s+into\\b|\\bupdate\\b[^;]*\\bset\\b|\\bdelete\\s+from\\b|\\b(create|drop|alter|truncate)\\s+(table|index|view|database)\\b|\\bwhere\\b|\\border\\s+by\\b|\\bpragma\\b)")) @finding

; text(f"..."), RawSQL(f"..."), pandas.read_sql(f"...")
(call
  function: (_) @sink
  arguments: (argument_list . (_) @sql)
  (#resolves-to? @sink "sqlalchemy.text" "sqlalchemy.sql.text" "sqlalchemy.sql.expression.text" "django.db.models.expressions.RawSQL" "django.db.models.RawSQL" "pandas.read_sql" "pandas.read_sql_query")
  (#built-string? @sql)
  (#match? @sql "(?i)(\\bselect\\b[^;]*\\bfrom\\b|\\binsert\\s+into\\b|\\bupdate\\b[^;]*\\bset\\b|\\bdelete\\s+from\\b|\\b(create|drop|alter|truncate)\\s+(table|index|view|database)\\b|\\bwhere\\b|\\border\\s+by\\b|\\bpragma\\b)")) @finding

; sql = f"SELECT ... {x}" then cursor.execute(sql) (or rows = ..., return ..., for row in ...)
; later in the same block.
(block
  (expression_statement
    (assignment left: (identifier) @_var right: [(string) (concatenated_string) (binary_operator) (parenthesized_expression) (call function: (attribute object: (string)))] @sql))
  [
    (expression_statement (call
      function: (attribute attribute: (identifier) @sink)
      arguments: (argument_list . (identifier) @_used)) @finding)
    (expression_statement (assignment right: (call
      function: (attribute attribute: (identifier) @sink)
      arguments: (argument_list . (identifier) @_used)) @finding))
    (expression_statement (assignment right: (call function: (attribute object: (call
      function: (attribute attribute: (identifier) @sink)
      arguments: (argument_list . (identifier) @_used)) @finding))))
    (expression_statement (call function: (attribute object: (call
      function: (attribute attribute: (identifier) @sink)
      arguments: (argument_list . (identifier) @_used)) @finding)))
    (return_statement (call
      function: (attribute attribute: (identifier) @sink)
      arguments: (argument_list . (identifier) @_used)) @finding)
    (for_statement right: (call
      function: (attribute attribute: (identifier) @sink)
      arguments: (argument_list . (identifier) @_used)) @finding)
  ]
  (#eq? @_var @_used)
  (#any-of? @sink "execute" "executemany" "executescript" "raw" "read_sql" "read_sql_query")
  (#built-string? @sql)
  (#match? @sql "(?i)(\\bselect\\b[^;]*\\bfrom\\b|\\binsert\\s+into\\b|\\bupdate\\b[^;]*\\bset\\b|\\bdelete\\s+from\\b|\\b(create|drop|alter|truncate)\\s+(table|index|view|database)\\b|\\bwhere\\b|\\border\\s+by\\b|\\bpragma\\b)"))
