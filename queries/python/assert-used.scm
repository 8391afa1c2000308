;; ---
;; id = "py.assert-used"
;; title = "assert statement: removed when Python runs with -O"
;; severity = "info"
;; confidence = "low"
;; cwe = 703
;; message = "`assert` is compiled away under `python -O`: do not rely on it to check input or state at run time"
;; tags = ["reliability", "weak-signal", "bandit:B101"]
;; references = ["https://bandit.readthedocs.io/en/latest/plugins/b101_assert_used.html", "https://docs.python.org/3/reference/simple_stmts.html#the-assert-statement", "https://cwe.mitre.org/data/definitions/703.html"]
;; ---
;; ## Why it matters
;; Python drops every `assert` statement when started with `-O` or `PYTHONOPTIMIZE` (some
;; images and packagers do this). A check written as an assert (that an argument is in range,
;; that a file is inside a folder, that a state transition is allowed) then no longer happens,
;; and the code goes on with the value it meant to refuse. In tests and for documenting
;; invariants asserts are fine, hence `info`. Asserts that guard permissions are reported as
;; warnings by `py.assert-for-access-control` instead.
;;
;; ## How to fix
;; Where the condition depends on input or on the environment, test it and raise a specific
;; exception (`ValueError`, `TypeError`, `PermissionError`). Keep `assert` for conditions
;; that can only fail through a bug in the program itself.
;;
;; ## Safe example
;; ```python
;; if not 0 <= port < 65536:
;;     raise ValueError(f"port out of range: {port}")
;; ```

; Asserts naming a permission check belong to py.assert-for-access-control (same regex).
(assert_statement
  . (_) @_check
  (#not-match? @_check "(^|[^A-Za-z0-9_])(is_admin|is_superuser|is_staff|is_authenticated|is_authorized|is_authorised|has_perm|has_perms|has_permission|has_role|check_permission|can_access|is_owner|authorized|authorised|is_logged_in|permission_required)")) @finding
