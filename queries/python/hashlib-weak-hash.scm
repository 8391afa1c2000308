;; ---
;; id = "py.hashlib-weak-hash"
;; title = "MD5 or SHA-1 from hashlib without usedforsecurity=False"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 328
;; message = "`{{func}}` is broken for security uses; say `usedforsecurity=False` if this is only a checksum"
;; tags = ["crypto", "bandit:B303", "bandit:B324"]
;; references = ["https://bandit.readthedocs.io/en/latest/plugins/b324_hashlib.html", "https://docs.python.org/3/library/hashlib.html#hashlib.new", "https://cwe.mitre.org/data/definitions/328.html"]
;; ---
;; ## Why it matters
;; MD5 and SHA-1 collisions can be computed cheaply (SHA-1: SHAttered, 2017), so they cannot
;; protect signatures, integrity checks against an attacker, or passwords. Many uses are
;; harmless checksums or cache keys: Python 3.9+ lets you say so with `usedforsecurity=False`,
;; which also keeps the code working on FIPS systems.
;;
;; ## How to fix
;; For security: `hashlib.sha256` (or `blake2b`); for passwords: a password hash (`argon2`,
;; `bcrypt`, `hashlib.scrypt`). For a checksum: add `usedforsecurity=False`.
;;
;; ## Safe example
;; ```python
;; digest = hashlib.sha256(data).hexdigest()
;; etag = hashlib.md5(body, usedforsecurity=False).hexdigest()
;; ```

(call
  function: (_) @func
  arguments: (argument_list) @args
  (#resolves-to? @func "hashlib.md5" "hashlib.sha1" "hashlib.md4")
  (#not-has-kwarg? @args "usedforsecurity")) @finding

; hashlib.new("md5")
(call
  function: (_) @func
  arguments: (argument_list . (string) @_name) @args
  (#resolves-to? @func "hashlib.new")
  (#match? @_name "^['\"](md5|MD5|sha1|SHA1|md4|MD4|sha|SHA)['\"]$")
  (#not-has-kwarg? @args "usedforsecurity")) @finding

; usedforsecurity=True says the weak hash protects something
(call
  function: (_) @func
  arguments: (argument_list (keyword_argument name: (identifier) @_k value: (true)))
  (#eq? @_k "usedforsecurity")
  (#resolves-to? @func "hashlib.md5" "hashlib.sha1" "hashlib.md4")) @finding

(call
  function: (_) @func
  arguments: (argument_list . (string) @_name (keyword_argument name: (identifier) @_k value: (true)))
  (#eq? @_k "usedforsecurity")
  (#resolves-to? @func "hashlib.new")
  (#match? @_name "^['\"](md5|MD5|sha1|SHA1|md4|MD4|sha|SHA)['\"]$")) @finding

; hashlib.new(name="md5")
(call
  function: (_) @func
  arguments: (argument_list (keyword_argument name: (identifier) @_n value: (string) @_name)) @args
  (#eq? @_n "name")
  (#resolves-to? @func "hashlib.new")
  (#match? @_name "^['\"](md5|MD5|sha1|SHA1|md4|MD4|sha|SHA)['\"]$")
  (#not-has-kwarg? @args "usedforsecurity")) @finding
