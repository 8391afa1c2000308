;; ---
;; id = "rs.weak-hash-md5"
;; title = "MD5 (or MD4) hash"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 328
;; message = "`{{func}}` uses MD5/MD4, which is broken: collisions are cheap to make"
;; report = "func"
;; tags = ["crypto"]
;; ---
;; ## Why it matters
;; MD5 and MD4 collisions can be computed in seconds, so they cannot protect integrity
;; against an attacker (signatures, certificates, content addressed by hash, deduplication
;; of untrusted data), and they are far too fast for passwords. A non-security checksum is
;; fine, but then say so, or use a faster non-cryptographic hash.
;;
;; ## How to fix
;; Use SHA-256 (`sha2`), SHA-3 or BLAKE3 for integrity, an HMAC for authentication, and
;; Argon2 / scrypt / bcrypt for passwords.
;;
;; ## Safe example
;; ```rust
;; use sha2::{Digest, Sha256};
;; let digest = Sha256::digest(&data);
;; ```

(call_expression
  function: [(identifier) (scoped_identifier) (generic_function)] @func
  (#resolves-to? @func "md5::*" "md4::*" "md2::*" "md_5::*" "crypto::md5::*"
    "openssl::hash::MessageDigest::md5" "openssl::hash::MessageDigest::md4")
  (#not-in-test? @func)) @finding
