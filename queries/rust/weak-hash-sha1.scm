;; ---
;; id = "rs.weak-hash-sha1"
;; title = "SHA-1 hash"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 328
;; message = "`{{func}}` uses SHA-1, which is broken for collision resistance"
;; report = "func"
;; tags = ["crypto"]
;; references = ["https://shattered.io/"]
;; ---
;; ## Why it matters
;; Chosen-prefix collisions on SHA-1 are practical (SHAttered, SHA-1 is a Shambles): two
;; different documents with the same hash can be made, which breaks signatures, certificate
;; checks and any integrity check against an attacker. Interoperating with a protocol that
;; mandates SHA-1 (git object ids, WebSocket handshakes, TOTP) is a legitimate use.
;;
;; ## How to fix
;; Use SHA-256 (`sha2`), SHA-3 or BLAKE3. HMAC-SHA1 is still sound, but prefer HMAC-SHA256
;; in new designs.
;;
;; ## Safe example
;; ```rust
;; use sha2::{Digest, Sha256};
;; let digest = Sha256::digest(&data);
;; ```

(call_expression
  function: [(identifier) (scoped_identifier) (generic_function)] @func
  (#resolves-to? @func "sha1::*" "sha1_smol::*" "crypto::sha1::*" "openssl::sha::sha1" "openssl::hash::MessageDigest::sha1"
    "openssl::sha::Sha1::new")
  (#not-in-test? @func)) @finding

(arguments
  [(identifier) @func
   (scoped_identifier) @func
   (reference_expression value: [(identifier) (scoped_identifier)] @func)]
  (#resolves-to? @func "ring::digest::SHA1_FOR_LEGACY_USE_ONLY"
    "aws_lc_rs::digest::SHA1_FOR_LEGACY_USE_ONLY")
  (#not-in-test? @func)) @finding
