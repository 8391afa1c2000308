;; ---
;; id = "py.eval-non-literal"
;; title = "eval/exec on a value that is not a constant"
;; severity = "error"
;; confidence = "high"
;; cwe = 95
;; message = "`{{func}}` runs code built at run time"
;; tags = ["injection"]
;; ---
;; ## Why it matters
;; `eval` and `exec` run whatever Python they are given. When the argument is built at run
;; time (a variable, an f-string, a concatenation), anyone who controls part of it can run
;; arbitrary code with the program's rights.
;;
;; ## How to fix
;; Parse data with a parser, not the interpreter: `ast.literal_eval` for Python literals,
;; `json.loads` for JSON, a dictionary of allowed operations for dispatch.
;;
;; ## Safe example
;; ```python
;; import ast
;; value = ast.literal_eval(user_text)
;; ```

(call
  function: (_) @func
  arguments: (argument_list . (_) @arg)
  (#resolves-to? @func "eval" "exec" "builtins.eval" "builtins.exec")
  (#not-literal? @arg)) @finding
