;; ---
;; id = "py.jsonpickle-decode"
;; title = "jsonpickle.decode builds arbitrary objects"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 502
;; message = "`{{func}}` can instantiate any class named in the JSON"
;; tags = ["deserialization", "bandit:B301"]
;; references = ["https://bandit.readthedocs.io/en/latest/blacklists/blacklist_calls.html#b301-pickle", "https://jsonpickle.github.io/", "https://cwe.mitre.org/data/definitions/502.html"]
;; ---
;; ## Why it matters
;; jsonpickle restores objects from `py/object`, `py/reduce` and similar tags in the JSON.
;; A document from an attacker can name `os.system` as a reducer: decoding it runs code.
;;
;; ## How to fix
;; Decode with `json.loads` and build your objects explicitly (dataclasses, pydantic).
;; jsonpickle's `safe=True` option is not a security boundary.
;;
;; ## Safe example
;; ```python
;; import json
;; order = Order(**json.loads(payload))
;; ```

(call
  function: (_) @func
  (#resolves-to? @func "jsonpickle.decode" "jsonpickle.loads" "jsonpickle.unpickler.decode" "jsonpickle.Unpickler" "jsonpickle.unpickler.Unpickler")) @finding
