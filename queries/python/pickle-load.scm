;; ---
;; id = "py.pickle-load"
;; title = "Unpickling data (pickle, cPickle, dill, cloudpickle)"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 502
;; message = "`{{func}}` runs code chosen by whoever wrote the pickle"
;; tags = ["deserialization"]
;; ---
;; ## Why it matters
;; A pickle is a small program: unpickling calls any importable function named in it
;; (`os.system`, `subprocess.Popen`, ...). Loading a pickle that an attacker can write or swap
;; (an upload, a cache in a shared folder, a network message) is remote code execution.
;;
;; ## How to fix
;; Exchange data as JSON (or another data-only format). If pickles must cross a trust
;; boundary, sign them with `hmac` and verify before loading, or restrict globals with a
;; custom `Unpickler.find_class`.
;;
;; ## Safe example
;; ```python
;; import json
;; state = json.loads(payload)
;; ```

(call
  function: (_) @func
  (#resolves-to? @func "pickle.load" "pickle.loads" "pickle.Unpickler" "cPickle.load" "cPickle.loads" "cPickle.Unpickler" "_pickle.load" "_pickle.loads" "_pickle.Unpickler" "dill.load" "dill.loads" "dill.Unpickler" "cloudpickle.load" "cloudpickle.loads" "six.moves.cPickle.load" "six.moves.cPickle.loads")) @finding
