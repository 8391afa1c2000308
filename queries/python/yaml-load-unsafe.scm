;; ---
;; id = "py.yaml-load-unsafe"
;; title = "yaml.load without a safe Loader"
;; severity = "error"
;; confidence = "high"
;; cwe = 502
;; message = "`{{func}}` without a safe Loader can build arbitrary Python objects from the document"
;; tags = ["deserialization"]
;;
;; [fix]
;; title = "Use the safe loader function"
;; capture = "fixable"
;; replace = "safe_{{method}}"
;; ---
;; ## Why it matters
;; PyYAML's full and unsafe loaders turn tags such as `!!python/object/apply:os.system` into
;; function calls. Before PyYAML 5.1 plain `yaml.load(doc)` used that loader; with an explicit
;; `Loader=yaml.Loader` / `UnsafeLoader` / `CLoader` it still does. A document from outside
;; the program then runs code.
;;
;; ## How to fix
;; Use `yaml.safe_load` / `yaml.safe_load_all`, or pass `Loader=yaml.SafeLoader`
;; (`CSafeLoader` for speed). They only build plain data: dicts, lists, strings, numbers.
;;
;; ## Safe example
;; ```python
;; import yaml
;; with open(path) as f:
;;     config = yaml.safe_load(f)
;; ```

; yaml.load(doc): the loader depends on the PyYAML version and warns or is unsafe.
(call
  function: (attribute attribute: (identifier) @method @fixable) @func
  arguments: (argument_list . (_) .)
  (#imports? "yaml")
  (#any-of? @method "load" "load_all")
  (#resolves-to? @func "yaml.load" "yaml.load_all")) @finding

; from yaml import load; load(doc)
(call
  function: (identifier) @func
  arguments: (argument_list . (_) .)
  (#resolves-to? @func "yaml.load" "yaml.load_all")) @finding

; An unsafe loader, by keyword or position.
(call
  function: (_) @func
  arguments: (argument_list (keyword_argument name: (identifier) @_k value: (_) @loader))
  (#imports? "yaml")
  (#resolves-to? @func "yaml.load" "yaml.load_all")
  (#eq? @_k "Loader")
  (#resolves-to? @loader "yaml.Loader" "yaml.UnsafeLoader" "yaml.CLoader" "yaml.CUnsafeLoader" "yaml.loader.Loader" "yaml.loader.UnsafeLoader")) @finding

(call
  function: (_) @func
  arguments: (argument_list . (_) . (_) @loader)
  (#imports? "yaml")
  (#resolves-to? @func "yaml.load" "yaml.load_all")
  (#resolves-to? @loader "yaml.Loader" "yaml.UnsafeLoader" "yaml.CLoader" "yaml.CUnsafeLoader" "yaml.loader.Loader" "yaml.loader.UnsafeLoader")) @finding

(call
  function: (_) @func
  (#imports? "yaml")
  (#resolves-to? @func "yaml.unsafe_load" "yaml.unsafe_load_all")) @finding
