;; ---
;; id = "py.assert-for-access-control"
;; title = "assert used for an authorization check"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 617
;; message = "this permission check disappears under `python -O`: raise an exception instead"
;; report = "finding"
;; tags = ["authorization"]
;; ---
;; ## Why it matters
;; Python removes `assert` statements when run with `-O` (or `PYTHONOPTIMIZE`), which some
;; deployments do. An authorization check written as an assert then silently lets everyone in.
;;
;; ## How to fix
;; Test the condition and raise (`PermissionDenied`, `abort(403)`, ...).
;;
;; ## Safe example
;; ```python
;; if not request.user.has_perm("orders.delete"):
;;     raise PermissionDenied
;; ```

(assert_statement
  . (_) @check
  (#match? @check "(^|[^A-Za-z0-9_])(is_admin|is_superuser|is_staff|is_authenticated|is_authorized|is_authorised|has_perm|has_perms|has_permission|has_role|check_permission|can_access|is_owner|authorized|authorised|is_logged_in|permission_required)")) @finding
