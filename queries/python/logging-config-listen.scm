;; ---
;; id = "py.logging-config-listen"
;; title = "logging.config.listen without a verify function"
;; severity = "warning"
;; confidence = "high"
;; cwe = 94
;; message = "`{{func}}` accepts logging configuration from the network, and configuration can run code"
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
