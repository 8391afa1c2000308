;; ---
;; id = "py.assert-used"
;; title = "assert used to check a function's arguments (removed under python -O)"
;; severity = "info"
;; confidence = "low"
;; cwe = 703
;; message = "this check on argument `{{_p}}` is compiled away under `python -O`: raise an exception instead"
;; keywords = ["assert"]
;; tags = ["reliability", "weak-signal", "bandit:B101"]
;; references = ["https://bandit.readthedocs.io/en/latest/plugins/b101_assert_used.html", "https://docs.python.org/3/reference/simple_stmts.html#the-assert-statement", "https://cwe.mitre.org/data/definitions/703.html"]
;; ---
;; ## Why it matters
;; Python drops every `assert` statement when started with `-O` or `PYTHONOPTIMIZE` (some
;; images and packagers do this). A check written as an assert (that an argument is in range,
;; that a file is inside a folder, that a state transition is allowed) then no longer happens,
;; and the code goes on with the value it meant to refuse.
;;
;; Reported: an assert directly in a function's body that checks one of its parameters
;; (`assert amount > 0`, `assert isinstance(path, str)`, `assert name is not None`), i.e.
;; validation of what the caller passed in. Asserts on internal state are invariants, fine to
;; leave (bandit's B101 reports every assert: 93,000 findings on the standard library and
;; nine popular packages, against some 900 for this shape). Still often deliberate, hence
;; `info`. Asserts that guard permissions are warnings from `py.assert-for-access-control`.
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

; def handler(path, amount): assert path.startswith(root) / assert amount > 0
; The assert checks a parameter of the function it opens: a check on the caller's input.
; Asserts naming a permission check belong to py.assert-for-access-control (same regex).
(function_definition
  parameters: (parameters [(identifier) @_p (typed_parameter . (identifier) @_p) (default_parameter name: (identifier) @_p) (typed_default_parameter name: (identifier) @_p)])
  body: (block
    (assert_statement . [
      (identifier) @_a
      (not_operator argument: (identifier) @_a)
      (comparison_operator . (identifier) @_a)
      (comparison_operator . (attribute object: (identifier) @_a))
      (comparison_operator . (call arguments: (argument_list . (identifier) @_a)))
      (call arguments: (argument_list . (identifier) @_a))
      (boolean_operator left: (comparison_operator . (identifier) @_a))
      (parenthesized_expression [
        (comparison_operator . (identifier) @_a)
        (comparison_operator . (attribute object: (identifier) @_a))
      ])
    ] @_check) @finding)
  (#eq? @_a @_p)
  (#not-any-of? @_p "self" "cls")
  (#not-match? @_check "(^|[^A-Za-z0-9_])(is_admin|is_superuser|is_staff|is_authenticated|is_authorized|is_authorised|has_perm|has_perms|has_permission|has_role|check_permission|can_access|is_owner|authorized|authorised|is_logged_in|permission_required)"))
