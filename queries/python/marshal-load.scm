;; ---
;; id = "py.marshal-load"
;; title = "marshal.load / marshal.loads"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 502
;; message = "`{{func}}` is not safe on data an attacker can write"
;; tags = ["deserialization"]
;; ---
;; ## Why it matters
;; The `marshal` format is meant for `.pyc` files. The documentation warns that it is not
;; secure against erroneous or maliciously constructed data: it builds code objects, and
;; malformed input can crash the interpreter.
;;
;; ## How to fix
;; Use `json` for data. Only unmarshal bytes your own program wrote to a place nobody else
;; can change.
;;
;; ## Safe example
;; ```python
;; import json
;; config = json.loads(payload)
;; ```

(call
  function: (_) @func
  (#resolves-to? @func "marshal.load" "marshal.loads")) @finding
