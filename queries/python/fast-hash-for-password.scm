;; ---
;; id = "py.fast-hash-for-password"
;; title = "Password hashed with a fast general-purpose hash"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 916
;; message = "`{{func}}` on `{{secret}}`: fast hashes let a stolen hash be brute-forced quickly"
;; report = "finding"
;; tags = ["crypto", "password"]
;; ---
;; ## Why it matters
;; SHA-256 and friends are built to be fast: a GPU tries billions of candidate passwords per
;; second against a leaked digest, salted or not. Password storage needs a deliberately slow,
;; memory-hard function.
;;
;; ## How to fix
;; Use argon2 (`argon2-cffi`), bcrypt, `hashlib.scrypt`, or your framework's password hasher
;; (Django's `make_password`, Werkzeug's `generate_password_hash`).
;;
;; ## Safe example
;; ```python
;; from argon2 import PasswordHasher
;; stored = PasswordHasher().hash(password)
;; ```

(call
  function: (_) @func
  arguments: (argument_list . [
    (identifier) @secret
    (attribute attribute: (identifier) @secret)
  ])
  (#resolves-to? @func "hashlib.md5" "hashlib.sha1" "hashlib.sha224" "hashlib.sha256" "hashlib.sha384" "hashlib.sha512" "hashlib.sha3_*" "hashlib.blake2*")
  (#match? @secret "(?i)^(pass(word|wd|phrase)?|pwd|pw|user_?pass(word)?|new_?password|raw_?password)$")) @finding

; hashlib.sha256(password.encode())
(call
  function: (_) @func
  arguments: (argument_list . (call function: (attribute object: [(identifier) @secret (attribute attribute: (identifier) @secret)] attribute: (identifier) @_enc)))
  (#eq? @_enc "encode")
  (#resolves-to? @func "hashlib.md5" "hashlib.sha1" "hashlib.sha224" "hashlib.sha256" "hashlib.sha384" "hashlib.sha512" "hashlib.sha3_*" "hashlib.blake2*")
  (#match? @secret "(?i)^(pass(word|wd|phrase)?|pwd|pw|user_?pass(word)?|new_?password|raw_?password)$")) @finding
