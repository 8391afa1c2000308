;; ---
;; id = "py.django-extra-built-sql"
;; title = "Django QuerySet.extra() with SQL built from strings"
;; severity = "error"
;; confidence = "medium"
;; cwe = 89
;; message = "SQL fragment `{{sql}}` is formatted into `.extra()`: values in it are injected, not bound"
;; tags = ["injection", "sql", "django"]
;; references = ["https://docs.djangoproject.com/en/stable/ref/models/querysets/#extra"]
;; ---
;; ## Why it matters
;; `QuerySet.extra(where=..., select=..., tables=..., order_by=...)` pastes its strings into
;; the SQL. A fragment built with an f-string, `%`, `+` or `.format` puts outside values
;; straight into the query: SQL injection.
;;
;; ## How to fix
;; Prefer the ORM (`filter`, `annotate` with `F`/`Func` expressions). If `extra` must stay, use
;; `%s` placeholders in constant fragments and pass the values in `params=` / `select_params=`.
;;
;; ## Safe example
;; ```python
;; Entry.objects.extra(where=["headline = %s"], params=[headline])
;; ```

(call
  function: (attribute attribute: (identifier) @_m)
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_k
      value: [
        (_) @sql
        (list (_) @sql)
        (tuple (_) @sql)
        (dictionary (pair value: (_) @sql))
      ]))
  (#eq? @_m "extra")
  (#any-of? @_k "where" "select" "tables" "order_by")
  (#built-string? @sql)) @finding
