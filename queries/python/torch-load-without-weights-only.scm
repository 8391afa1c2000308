;; ---
;; id = "py.torch-load-without-weights-only"
;; title = "torch.load without weights_only=True"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 502
;; message = "`{{func}}` without `weights_only=True` unpickles the checkpoint, running any code in it"
;; tags = ["deserialization", "ml"]
;;
;; [fix]
;; title = "Load tensors only (weights_only=True)"
;; capture = "fix"
;; replace = ", weights_only=True)"
;; ---
;; ## Why it matters
;; A PyTorch checkpoint is a zip of pickles. Before PyTorch 2.6, and whenever
;; `weights_only=False` is passed, `torch.load` unpickles everything, so a model file from a
;; hub or a user upload can run arbitrary code on the machine that loads it.
;;
;; ## How to fix
;; Pass `weights_only=True` (tensors and plain containers only), or use `safetensors`.
;;
;; ## Safe example
;; ```python
;; state = torch.load(path, map_location="cpu", weights_only=True)
;; ```

(call
  function: (_) @func
  arguments: (argument_list (_) ")" @fix) @args
  (#resolves-to? @func "torch.load")
  (#not-has-kwarg? @args "weights_only")
  (#not-match? @args ",\\s*\\)$")) @finding

; `torch.load(f,)`: reported without a quick fix.
(call
  function: (_) @func
  arguments: (argument_list) @args
  (#resolves-to? @func "torch.load")
  (#not-has-kwarg? @args "weights_only")
  (#match? @args ",\\s*\\)$")) @finding

(call
  function: (_) @func
  arguments: (argument_list (keyword_argument name: (identifier) @_k value: (false)))
  (#resolves-to? @func "torch.load")
  (#eq? @_k "weights_only")) @finding
