;; ---
;; id = "py.crypto-weak-hash"
;; title = "MD2/MD4/MD5/SHA-1 from PyCryptodome or cryptography"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 328
;; message = "`{{func}}` is a broken hash for signatures, MACs and passwords"
;; tags = ["crypto"]
;; ---
;; ## Why it matters
;; Collisions for MD5 and SHA-1 are practical: an attacker can make two documents with the
;; same digest, so a signature or integrity check over them proves nothing.
;;
;; ## How to fix
;; Use SHA-256 or stronger (`SHA256.new()`, `hashes.SHA256()`).
;;
;; ## Safe example
;; ```python
;; from cryptography.hazmat.primitives import hashes
;; digest = hashes.Hash(hashes.SHA256())
;; ```

(call
  function: (_) @func
  (#resolves-to? @func "Crypto.Hash.MD2.new" "Crypto.Hash.MD4.new" "Crypto.Hash.MD5.new" "Crypto.Hash.SHA.new" "Crypto.Hash.SHA1.new" "Cryptodome.Hash.MD2.new" "Cryptodome.Hash.MD4.new" "Cryptodome.Hash.MD5.new" "Cryptodome.Hash.SHA.new" "Cryptodome.Hash.SHA1.new" "cryptography.hazmat.primitives.hashes.MD5" "cryptography.hazmat.primitives.hashes.SHA1")) @finding
