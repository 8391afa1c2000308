;; ---
;; id = "py.shelve-open"
;; title = "shelve.open: values are pickles"
;; severity = "info"
;; confidence = "medium"
;; cwe = 502
;; message = "`{{func}}` unpickles every value it reads: never open a shelf others can write"
;; tags = ["deserialization"]
;; ---
;; ## Why it matters
;; A shelf stores each value as a pickle, so reading a value runs whatever the pickle says.
;; That is fine for a file only your program writes, and remote code execution when the file
;; can come from someone else (an upload, a shared folder). Mostly legitimate, hence `info`.
;;
;; ## How to fix
;; Keep shelves in private locations, or store JSON in `dbm`/`sqlite3` instead.
;;
;; ## Safe example
;; ```python
;; import dbm, json
;; with dbm.open(path, "c") as db:
;;     db[key] = json.dumps(value)
;; ```

(call
  function: (_) @func
  (#resolves-to? @func "shelve.open" "shelve.Shelf" "shelve.DbfilenameShelf")) @finding
