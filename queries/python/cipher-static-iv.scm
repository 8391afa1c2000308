;; ---
;; id = "py.cipher-static-iv"
;; title = "Cipher IV or nonce written in the source"
;; severity = "error"
;; confidence = "high"
;; cwe = 329
;; message = "constant IV/nonce `{{iv}}`: every message under this key starts from the same state"
;; report = "iv"
;; tags = ["crypto"]
;; ---
;; ## Why it matters
;; An IV or nonce must be unpredictable (CBC) or never repeat under one key (CTR, GCM). A
;; constant one makes equal plaintexts encrypt alike in CBC, and in CTR/GCM lets an attacker
;; XOR two ciphertexts to cancel the keystream and forge GCM tags.
;;
;; ## How to fix
;; Generate a fresh value per message with `os.urandom` / `secrets.token_bytes` (or let the
;; library pick one) and send it alongside the ciphertext.
;;
;; ## Safe example
;; ```python
;; iv = os.urandom(16)
;; cipher = Cipher(algorithms.AES(key), modes.CBC(iv))
;; ```

; AES.new(key, AES.MODE_CBC, b"...") / AES.new(key, mode, iv=b"...")
(call
  function: (_) @_func
  arguments: (argument_list . (_) . (_) . [(string) (binary_operator left: (string) right: (integer))] @iv)
  (#match? @_func "\\.new$")
  (#resolves-to? @_func "Crypto.Cipher.*" "Cryptodome.Cipher.*")) @finding

(call
  function: (_) @_func
  arguments: (argument_list (keyword_argument name: (identifier) @_k value: [(string) (binary_operator left: (string) right: (integer))] @iv))
  (#any-of? @_k "iv" "IV" "nonce")
  (#match? @_func "\\.new$")
  (#resolves-to? @_func "Crypto.Cipher.*" "Cryptodome.Cipher.*")) @finding

; modes.CBC(b"...") and friends in cryptography
(call
  function: (_) @_func
  arguments: (argument_list . [(string) (binary_operator left: (string) right: (integer))] @iv)
  (#resolves-to? @_func "cryptography.hazmat.primitives.ciphers.modes.*")) @finding
