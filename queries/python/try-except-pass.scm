;; ---
;; id = "py.try-except-pass"
;; title = "Every exception swallowed: except (Exception): pass / continue"
;; severity = "info"
;; confidence = "low"
;; cwe = 703
;; message = "this handler catches every exception and only does `{{body}}`: errors (failed checks included) vanish without a trace"
;; tags = ["reliability", "weak-signal", "bandit:B110", "bandit:B112"]
;; references = ["https://bandit.readthedocs.io/en/latest/plugins/b110_try_except_pass.html", "https://bandit.readthedocs.io/en/latest/plugins/b112_try_except_continue.html", "https://cwe.mitre.org/data/definitions/703.html"]
;; ---
;; ## Why it matters
;; A bare `except:` or `except Exception:` whose only statement is `pass` (or `continue` in a
;; loop) discards every error: a permission check that raised, a signature that did not
;; verify, a write that failed. The program carries on as if all went well, and nobody finds
;; out why. Often deliberate in clean-up code, hence `info`. Handlers for a named exception
;; (`except FileNotFoundError: pass`) are not reported: the author decided that one is fine.
;;
;; ## How to fix
;; Catch the specific exceptions you expect, and log (or count) the others. To ignore one
;; exception on purpose, `contextlib.suppress(FileNotFoundError)` says so.
;;
;; ## Safe example
;; ```python
;; try:
;;     os.remove(lock_path)
;; except FileNotFoundError:
;;     pass
;; except OSError:
;;     log.exception("could not remove %s", lock_path)
;; ```

; except: pass  /  except: continue (comments around the statement allowed)
(except_clause
  "except"
  .
  ":"
  .
  (block [(pass_statement) (continue_statement)] @body) @_handler
  (#match? @_handler "^(\\s*#[^\\n]*\\n)*\\s*(pass|continue)\\s*(#[^\\n]*)?(\\s*#[^\\n]*)*\\s*$")) @finding

; except Exception: pass  /  except BaseException as e: continue
(except_clause
  value: [(identifier) @_type (as_pattern . (identifier) @_type)]
  (block [(pass_statement) (continue_statement)] @body) @_handler
  (#any-of? @_type "Exception" "BaseException")
  (#match? @_handler "^(\\s*#[^\\n]*\\n)*\\s*(pass|continue)\\s*(#[^\\n]*)?(\\s*#[^\\n]*)*\\s*$")) @finding
