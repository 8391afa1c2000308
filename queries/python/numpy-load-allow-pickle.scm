;; ---
;; id = "py.numpy-load-allow-pickle"
;; title = "numpy.load with allow_pickle=True"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 502
;; message = "`{{func}}` with `allow_pickle=True` unpickles object arrays, running any code in the file"
;; tags = ["deserialization"]
;;
;; [fix]
;; title = "Do not allow pickles"
;; capture = "value"
;; replace = "False"
;; ---
;; ## Why it matters
;; `.npy`/`.npz` files may hold object arrays, stored as pickles. NumPy refuses them by default
;; since 1.16.3 (CVE-2019-6446); `allow_pickle=True` turns that protection off, so a crafted
;; file runs code when loaded.
;;
;; ## How to fix
;; Store numeric arrays only and load with the default `allow_pickle=False`.
;;
;; ## Safe example
;; ```python
;; arrays = np.load(path)
;; ```

(call
  function: (_) @func
  arguments: (argument_list (keyword_argument name: (identifier) @_k value: (true) @value))
  (#resolves-to? @func "numpy.load")
  (#eq? @_k "allow_pickle")) @finding
