;; ---
;; id = "rs.fast-hash-for-password"
;; title = "Password hashed with a fast hash"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 916
;; message = "a password is hashed with `{{func}}`: fast hashes let a stolen database be cracked quickly"
;; report = "func"
;; tags = ["crypto", "password"]
;; ---
;; ## Why it matters
;; SHA-2, SHA-3, BLAKE and MD5 are designed to be fast: a GPU tries billions of guesses per
;; second against a leaked table of such hashes, so most real passwords fall in hours. Without
;; a per-user salt, identical passwords also share a hash.
;;
;; ## How to fix
;; Use a password hashing function with a salt and a work factor: Argon2id (`argon2`),
;; scrypt, bcrypt or PBKDF2 with a high iteration count.
;;
;; ## Safe example
;; ```rust
;; use argon2::{password_hash::{rand_core::OsRng, PasswordHasher, SaltString}, Argon2};
;; let salt = SaltString::generate(&mut OsRng);
;; let hash = Argon2::default().hash_password(password.as_bytes(), &salt)?.to_string();
;; ```

; Sha256::digest(password), md5::compute(&pwd)
(call_expression
  function: [(identifier) (scoped_identifier) (generic_function)] @func
  arguments: (arguments . (_) @_arg)
  (#resolves-to? @func "sha2::*" "sha1::*" "md5::*" "sha3::*" "blake2::*" "blake3::hash"
    "ring::digest::digest" "openssl::sha::*" "openssl::hash::hash")
  (#match? @_arg "(?i)(passw(or)?d|pwd|passphrase)")
  (#not-in-test? @func)) @finding

; hasher.update(password.as_bytes())
(call_expression
  function: (field_expression field: (field_identifier) @func)
  arguments: (arguments . (_) @_arg .)
  (#any-of? @func "update" "chain_update" "input" "chain")
  (#match? @_arg "(?i)(passw(or)?d|pwd|passphrase)")
  (#imports? "sha2" "sha1" "md5" "sha3" "blake2" "blake3")
  (#not-in-test? @func)) @finding
