;; ---
;; id = "py.crypto-weak-hash"
;; title = "MD2/MD4/MD5/SHA-1 from PyCryptodome or cryptography"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 328
;; message = "`{{func}}` is a broken hash for signatures, MACs and passwords"
;; keywords = ["Crypto", "cryptography"]
;; # a resolved name's module is in an import (`M as`, `M import`) or at the use (`M.`)
;; # and its last name is called (`name(`, spaces/comments allowed) or aliased (`name as`)
;; # every part of a resolved name is a word of the file
;; requires = [
;;   '''\b(?:Crypto|Cryptodome|cryptography)(?:\s*\.|[\s\\]+(?:as|import)\b)''',
;;   '''\b(?:new|MD5|SHA1)(?:[\s\\]|#[^\n]*)*(?:\(|\bas\b)''',
;;   '''\b(?:Hash|hashes)\b''',
;;   '''\b(?:MD2|MD4|MD5|SHA|SHA1)\b''',
;; ]
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
