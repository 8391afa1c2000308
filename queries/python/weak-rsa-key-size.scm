;; ---
;; id = "py.weak-rsa-key-size"
;; title = "RSA or DSA key shorter than 2048 bits"
;; severity = "error"
;; confidence = "high"
;; cwe = 326
;; message = "a {{size}}-bit key can be factored or is within reach: use 2048 bits or more"
;; report = "size"
;; tags = ["crypto"]
;;
;; [fix]
;; title = "Use a 3072-bit key"
;; capture = "size"
;; replace = "3072"
;; ---
;; ## Why it matters
;; 512-bit RSA keys are factored in hours on rented machines and 768/1024-bit keys are within
;; reach of well-funded attackers; NIST disallows keys under 2048 bits.
;;
;; ## How to fix
;; Generate 3072-bit (or at least 2048-bit) RSA keys, or use Ed25519 / P-256.
;;
;; ## Safe example
;; ```python
;; key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
;; ```

(call
  function: (_) @_func
  arguments: (argument_list (keyword_argument name: (identifier) @_k value: (integer) @size))
  (#eq? @_k "key_size")
  (#resolves-to? @_func "cryptography.hazmat.primitives.asymmetric.rsa.generate_private_key" "cryptography.hazmat.primitives.asymmetric.dsa.generate_private_key")
  (#match? @size "^([0-9]{1,3}|1[0-9]{3}|20[0-3][0-9]|204[0-7])$")) @finding

(call
  function: (_) @_func
  arguments: (argument_list . (integer) @size)
  (#resolves-to? @_func "Crypto.PublicKey.RSA.generate" "Crypto.PublicKey.DSA.generate" "Cryptodome.PublicKey.RSA.generate" "Cryptodome.PublicKey.DSA.generate" "rsa.newkeys" "cryptography.hazmat.primitives.asymmetric.dsa.generate_private_key")
  (#match? @size "^([0-9]{1,3}|1[0-9]{3}|20[0-3][0-9]|204[0-7])$")) @finding

(call
  function: (_) @_func
  arguments: (argument_list (keyword_argument name: (identifier) @_k value: (integer) @size))
  (#eq? @_k "bits")
  (#resolves-to? @_func "Crypto.PublicKey.RSA.generate" "Crypto.PublicKey.DSA.generate" "Cryptodome.PublicKey.RSA.generate" "Cryptodome.PublicKey.DSA.generate")
  (#match? @size "^([0-9]{1,3}|1[0-9]{3}|20[0-3][0-9]|204[0-7])$")) @finding
