;; ---
;; id = "py.pandas-read-pickle"
;; title = "pandas.read_pickle unpickles the file"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 502
;; message = "`{{func}}` unpickles its input: loading a file someone else wrote runs their code"
;; tags = ["deserialization"]
;; ---
;; ## Why it matters
;; `read_pickle` is `pickle.load` with extra steps; pandas' documentation warns that loading
;; pickled data from an untrusted source is unsafe. A crafted file runs code when read.
;;
;; ## How to fix
;; Exchange data frames as Parquet, Feather, CSV or JSON.
;;
;; ## Safe example
;; ```python
;; import pandas as pd
;; df = pd.read_parquet(path)
;; ```

(call
  function: (_) @func
  (#resolves-to? @func "pandas.read_pickle" "pandas.io.pickle.read_pickle")) @finding
