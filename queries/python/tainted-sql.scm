;; ---
;; id = "py.tainted-sql"
;; title = "Request data reaches the text of a SQL query"
;; kind = "flow"
;; severity = "error"
;; confidence = "medium"
;; cwe = 89
;; message = "`{{sink}}` is SQL built from request data: `{{tainted}}` comes from `{{source}}` on line {{source_line}}"
;; tags = ["injection", "sql", "flow"]
;; ---
;; ## Why it matters
;; A value from an HTTP request is followed to the SQL text of a query: DB-API
;; `cursor.execute` / `executemany` / `executescript`, asyncpg's `fetchrow` / `fetchval`,
;; SQLAlchemy `text()`, Django's `raw()`, `extra()` and `RawSQL`, `pandas.read_sql`. Quotes
;; and keywords in it change what the query does: read other users' rows, log in without a
;; password, drop tables.
;;
;; The value is followed inside one function (or the module's own code). Values passed as
;; query *parameters* are not SQL text and are not reported; `int()` and psycopg's
;; `sql.Identifier` / `sql.Literal` stop the flow.
;;
;; ## How to fix
;; Keep the SQL a constant and pass values as parameters; compose identifiers with
;; `psycopg.sql.Identifier`, or pick them from a fixed allow-list.
;;
;; ## Safe example
;; ```python
;; cursor.execute("SELECT * FROM users WHERE name = %s", (request.args["name"],))
;; ```

;; Sources: Flask / Quart request data.
((attribute
   object: (_) @_request
   attribute: (identifier) @_field) @source
  (#resolves-to? @_request "flask.request" "quart.request")
  (#any-of? @_field "args" "form" "values" "json" "cookies" "headers" "files" "data"))

((call
   function: (attribute
     object: (_) @_request
     attribute: (identifier) @_method)) @source
  (#resolves-to? @_request "flask.request" "quart.request")
  (#any-of? @_method "get_json" "get_data"))

;; Sources: a Django view's `request` (or `self.request` in a class-based view).
((attribute
   object: [(identifier) (attribute)] @_request
   attribute: (identifier) @_field) @source
  (#match? @_request "^(self\\.)?request$")
  (#any-of? @_field "GET" "POST" "COOKIES" "META" "FILES" "body"))

;; Sinks: the SQL text of DB-API and async driver calls, and Django's `raw`.
(call
  function: (attribute attribute: (identifier) @_method)
  arguments: (argument_list . (_) @sink)
  (#any-of? @_method "execute" "executemany" "executescript" "fetchrow" "fetchval" "raw"))

;; Sinks: SQL fragments of Django's `extra`.
(call
  function: (attribute attribute: (identifier) @_method)
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_part
      value: (_) @sink))
  (#eq? @_method "extra")
  (#any-of? @_part "where" "select" "tables" "order_by"))

;; Sinks: SQL text constructors.
(call
  function: (_) @_sql
  arguments: (argument_list . (_) @sink)
  (#resolves-to? @_sql "sqlalchemy.text" "sqlalchemy.sql.text" "sqlalchemy.sql.expression.text"
    "django.db.models.expressions.RawSQL" "django.db.models.RawSQL" "pandas.read_sql"
    "pandas.read_sql_query"))

;; Sanitizers: composed identifiers and literals.
((call function: (_) @_quote) @sanitizer
  (#resolves-to? @_quote "psycopg2.sql.Identifier" "psycopg2.sql.Literal" "psycopg.sql.Identifier"
    "psycopg.sql.Literal"))
