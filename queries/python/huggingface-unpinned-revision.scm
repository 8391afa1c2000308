;; ---
;; id = "py.huggingface-unpinned-revision"
;; title = "Hugging Face Hub model or dataset downloaded without a pinned commit"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 494
;; message = "`{{func}}` fetches `{{repo}}` at whatever its branch points to now: pass `revision=` with a commit hash"
;; tags = ["supply-chain", "ml", "bandit:B615"]
;; references = ["https://bandit.readthedocs.io/en/latest/plugins/b615_huggingface_unsafe_download.html", "https://huggingface.co/docs/huggingface_hub/guides/download#from-specific-version", "https://huggingface.co/docs/transformers/main/en/security", "https://cwe.mitre.org/data/definitions/494.html"]
;; ---
;; ## Why it matters
;; `from_pretrained("org/model")`, `hf_hub_download`, `snapshot_download` and
;; `load_dataset` download the current head of the repository's `main` branch. Its owner (or
;; whoever takes over the account) can change weights, tokenizer, configuration or, with
;; `trust_remote_code=True`, Python code, and the next run picks the change up silently;
;; pickle-based weight files run code when loaded. A branch or tag name (`"main"`, `"v1"`)
;; can be moved just the same.
;;
;; Reported when the repository is a constant Hub id (not a local path, not one of the
;; `datasets` built-in loaders such as `"csv"`) and `revision=` is missing or not a commit
;; hash. `from_pretrained` counts in files that import transformers, diffusers, peft,
;; optimum, sentence-transformers or huggingface_hub.
;;
;; ## How to fix
;; Pin the commit you reviewed: `revision="<40-hex commit sha>"` (shown under "Files and
;; versions" on the Hub), and prefer safetensors weights (`use_safetensors=True`).
;;
;; ## Safe example
;; ```python
;; model = AutoModel.from_pretrained("google-bert/bert-base-uncased",
;;                                   revision="86b5e0934494bd15c9632b12f734a8a67f723594")
;; ```

; AutoModel.from_pretrained("org/model")
(call
  function: (attribute attribute: (identifier) @_m) @func
  arguments: (argument_list . (string (string_content) @repo) @_s) @_args
  (#eq? @_m "from_pretrained")
  (#literal? @_s)
  (#not-match? @repo "^([./~\\\\]|[A-Za-z]:|$)")
  (#imports? "transformers" "diffusers" "peft" "optimum" "sentence_transformers" "huggingface_hub")
  (#not-match? @_args "\\brevision\\s*=\\s*(?:[rR]?[\"'][0-9a-fA-F]{7,64}[\"']|[^\"'\\s])")) @finding

; hf_hub_download("org/model", "config.json") / load_dataset("org/data")
(call
  function: (_) @func
  arguments: (argument_list . (string (string_content) @repo) @_s) @_args
  (#resolves-to? @func
    "huggingface_hub.hf_hub_download" "huggingface_hub.snapshot_download"
    "huggingface_hub.file_download.hf_hub_download" "huggingface_hub._snapshot_download.snapshot_download"
    "datasets.load_dataset")
  (#literal? @_s)
  (#not-match? @repo "^([./~\\\\]|[A-Za-z]:|$)")
  (#not-any-of? @repo "csv" "json" "parquet" "text" "arrow" "pandas" "imagefolder" "audiofolder" "videofolder" "webdataset" "sql" "xml")
  (#not-match? @_args "\\brevision\\s*=\\s*(?:[rR]?[\"'][0-9a-fA-F]{7,64}[\"']|[^\"'\\s])")) @finding

; snapshot_download(repo_id="org/model") / load_dataset(path="org/data")
(call
  function: (_) @func
  arguments: (argument_list (keyword_argument name: (identifier) @_k value: (string (string_content) @repo) @_s)) @_args
  (#any-of? @_k "repo_id" "path")
  (#resolves-to? @func
    "huggingface_hub.hf_hub_download" "huggingface_hub.snapshot_download"
    "huggingface_hub.file_download.hf_hub_download" "huggingface_hub._snapshot_download.snapshot_download"
    "datasets.load_dataset")
  (#literal? @_s)
  (#not-match? @repo "^([./~\\\\]|[A-Za-z]:|$)")
  (#not-any-of? @repo "csv" "json" "parquet" "text" "arrow" "pandas" "imagefolder" "audiofolder" "videofolder" "webdataset" "sql" "xml")
  (#not-match? @_args "\\brevision\\s*=\\s*(?:[rR]?[\"'][0-9a-fA-F]{7,64}[\"']|[^\"'\\s])")) @finding
