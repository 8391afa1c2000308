;; ---
;; id = "py.logging-config-listen"
;; title = "logging.config.listen without a verify function"
;; severity = "warning"
;; confidence = "high"
;; cwe = 94
;; message = "`{{func}}` accepts logging configuration from the network, and configuration can run code"
;; keywords = ["listen("]
;; # Only a name imported from (or written as) logging.config can resolve to it.
;; # a resolved name's module is in an import (`M as`, `M import`) or at the use (`M.`)
;; # and its last name is called (`name(`, spaces/comments allowed) or aliased (`name as`)
;; requires = [
;;   '''logging''',
;;   '''\b(?:logging)(?:\s*\.|[\s\\]+(?:as|import)\b)''',
;;   '''\b(?:listen)(?:[\s\\]|#[^\n]*)*(?:\(|\bas\b)''',
;;   '''\bconfig\b''',
;; ]
;; tags = ["code-execution", "network"]
;; references = ["https://docs.python.org/3/library/logging.config.html#logging.config.listen"]
;; ---
;; ## Why it matters
;; `logging.config.listen()` opens a socket that accepts a new logging configuration. The
;; configuration format can name any callable to import and call (and `fileConfig` goes
;; through `eval`), so whoever can connect to the port runs code in the process.
;;
;; ## How to fix
;; Do not listen for configuration; if you must, pass `verify=` with a function that checks a
;; signature (or decrypts) and rejects anything else, and bind to localhost only.
;;
;; ## Safe example
;; ```python
;; logging.config.dictConfig(load_config_from_disk())
;; ```

(call
  function: (_) @func
  arguments: (argument_list) @args
  (#resolves-to? @func "logging.config.listen")
  (#not-has-kwarg? @args "verify")
  ; listen(port, verify) passes the check positionally
  (#not-match? @args ",")) @finding
