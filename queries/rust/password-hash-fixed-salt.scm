;; ---
;; # Rule format: queries/README.md
;; id = "rs.password-hash-fixed-salt"
;; title = "Constant salt for password hashing or key derivation"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 760
;; message = "`{{salt}}` is a constant salt: equal passwords give equal hashes, and one precomputed table cracks them all"
;; report = "salt"
;; tags = ["crypto", "password"]
;; references = ["https://docs.rs/argon2/latest/argon2/#usage", "https://docs.rs/pbkdf2/latest/pbkdf2/fn.pbkdf2_hmac.html", "https://docs.rs/ring/latest/ring/pbkdf2/fn.derive.html", "https://cwe.mitre.org/data/definitions/760.html"]
;; ---
;; ## Why it matters
;; The salt is what makes two users with the same password get different hashes, and what
;; forces an attacker to crack each stolen hash on its own. With a salt written in the source
;; (`SaltString::from_b64("c29tZXNhbHQ")`, `b"salt"`, `[0u8; 16]`) every hash of a given
;; password is identical across users and installations: the attacker cracks them all with one
;; precomputed table, and sees at a glance who shares a password. A key derived from a
;; passphrase with a fixed salt is equally the same everywhere.
;;
;; ## How to fix
;; Generate a random salt of at least 16 bytes for every password (`SaltString::generate(&mut
;; OsRng)`, `rand::random::<[u8; 16]>()`) and store it with the hash; the PHC string that
;; `hash_password` returns already contains it.
;;
;; ## Safe example
;; ```rust
;; use argon2::{password_hash::{rand_core::OsRng, PasswordHasher, SaltString}, Argon2};
;; let salt = SaltString::generate(&mut OsRng);
;; let hash = Argon2::default().hash_password(password.as_bytes(), &salt)?.to_string();
;; ```

; The long regex repeated below matches a constant salt: a string or byte string, a number array
; (`[0u8; 16]`) or `X::default()`, optionally behind `&`, wrapped in `X::from_slice(..)` and followed by
; `.as_bytes()`, `.into()`, `.as_ref()`.

; pbkdf2_hmac::<Sha256>(password, b"salt", 600_000, &mut key), scrypt(pw, b"salt", &params, &mut out)
(call_expression
  function: [(identifier) (scoped_identifier) (generic_function)] @_func
  arguments: (arguments . (_) . (_) @salt . (_))
  (#resolves-to? @_func "pbkdf2::pbkdf2" "pbkdf2::pbkdf2_hmac" "pbkdf2::pbkdf2_array"
    "pbkdf2::pbkdf2_hmac_array" "scrypt::scrypt" "argon2::hash_encoded" "argon2::hash_raw"
    "openssl::pkcs5::pbkdf2_hmac" "openssl::pkcs5::scrypt" "boring::pkcs5::pbkdf2_hmac"
    "fastpbkdf2::pbkdf2_hmac_sha1" "fastpbkdf2::pbkdf2_hmac_sha256" "fastpbkdf2::pbkdf2_hmac_sha512"
    "argon2rs::argon2i_simple" "argon2rs::argon2d_simple")
  (#match? @salt "^&?\\s*(?:(?:(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*(?:from_slice|from|clone_from_slice|from_array|try_from)\\(\\s*&?\\s*(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))\\s*\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*default\\(\\))|\"(?:[^\"\\\\]|\\\\.)*\"|r#*\"[^\"]*\"#*|\\(\\s*&?\\s*(?:(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*(?:from_slice|from|clone_from_slice|from_array|try_from)\\(\\s*&?\\s*(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))\\s*\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*default\\(\\))\\s*\\))(?:\\s*\\.\\s*(?:into|as_ref|as_slice|to_vec|try_into)\\(\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|\\[\\s*\\.\\.\\s*\\])?$")
  (#not-in-test? @_func)) @finding

; ring::pbkdf2::derive(alg, iterations, b"salt", secret, &mut out), bcrypt::hash_with_salt(pw, cost, [0; 16])
(call_expression
  function: [(identifier) (scoped_identifier) (generic_function)] @_func
  arguments: (arguments . (_) . (_) . (_) @salt)
  (#resolves-to? @_func "ring::pbkdf2::derive" "ring::pbkdf2::verify" "aws_lc_rs::pbkdf2::derive"
    "aws_lc_rs::pbkdf2::verify" "bcrypt::hash_with_salt")
  (#match? @salt "^&?\\s*(?:(?:(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*(?:from_slice|from|clone_from_slice|from_array|try_from)\\(\\s*&?\\s*(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))\\s*\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*default\\(\\))|\"(?:[^\"\\\\]|\\\\.)*\"|r#*\"[^\"]*\"#*|\\(\\s*&?\\s*(?:(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*(?:from_slice|from|clone_from_slice|from_array|try_from)\\(\\s*&?\\s*(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))\\s*\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*default\\(\\))\\s*\\))(?:\\s*\\.\\s*(?:into|as_ref|as_slice|to_vec|try_into)\\(\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|\\[\\s*\\.\\.\\s*\\])?$")
  (#not-in-test? @_func)) @finding

; SaltString::from_b64("c29tZXNhbHQ"), SaltString::encode_b64(b"somesalt"), Salt::from_b64("...")
(call_expression
  function: [(scoped_identifier) (generic_function)] @_func
  arguments: (arguments . (_) @salt .)
  (#resolves-to? @_func "argon2::password_hash::SaltString::*" "password_hash::SaltString::*"
    "pbkdf2::password_hash::SaltString::*" "scrypt::password_hash::SaltString::*"
    "argon2::password_hash::Salt::*" "password_hash::Salt::*" "pbkdf2::password_hash::Salt::*"
    "scrypt::password_hash::Salt::*" "argon2::SaltString::*" "argon2::Salt::*")
  (#match? @_func "::(from_b64|encode_b64|new|from)$")
  (#match? @salt "^&?\\s*(?:(?:(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*(?:from_slice|from|clone_from_slice|from_array|try_from)\\(\\s*&?\\s*(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))\\s*\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*default\\(\\))|\"(?:[^\"\\\\]|\\\\.)*\"|r#*\"[^\"]*\"#*|\\(\\s*&?\\s*(?:(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*(?:from_slice|from|clone_from_slice|from_array|try_from)\\(\\s*&?\\s*(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))\\s*\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*default\\(\\))\\s*\\))(?:\\s*\\.\\s*(?:into|as_ref|as_slice|to_vec|try_into)\\(\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|\\[\\s*\\.\\.\\s*\\])?$")
  (#not-in-test? @_func)) @finding

; Argon2::default().hash_password_into(password, b"fixed salt", &mut key)
(call_expression
  function: (field_expression field: (field_identifier) @_method)
  arguments: (arguments . (_) . (_) @salt . (_) .)
  (#eq? @_method "hash_password_into")
  (#match? @salt "^&?\\s*(?:(?:(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*(?:from_slice|from|clone_from_slice|from_array|try_from)\\(\\s*&?\\s*(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))\\s*\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*default\\(\\))|\"(?:[^\"\\\\]|\\\\.)*\"|r#*\"[^\"]*\"#*|\\(\\s*&?\\s*(?:(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*(?:from_slice|from|clone_from_slice|from_array|try_from)\\(\\s*&?\\s*(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))\\s*\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*default\\(\\))\\s*\\))(?:\\s*\\.\\s*(?:into|as_ref|as_slice|to_vec|try_into)\\(\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|\\[\\s*\\.\\.\\s*\\])?$")
  (#imports? "argon2")
  (#not-in-test? @_method)) @finding

; let salt = b"...";  const SALT: &[u8] = b"...";  (a name that says salt, never `mut`)
([(let_declaration pattern: (identifier) @_name value: (_) @salt)
  (const_item name: (identifier) @_name value: (_) @salt)
  (static_item name: (identifier) @_name value: (_) @salt)] @_decl
  (#match? @_name "^(?i)([a-z0-9]+_)*salt(_?(bytes|buf|arr|array|value|data|str|string))?$")
  (#not-match? @_decl "^(pub(\\([^)]*\\))?\\s+)?(let|static)\\s+mut\\b")
  (#match? @salt "^&?\\s*(?:(?:(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*(?:from_slice|from|clone_from_slice|from_array|try_from)\\(\\s*&?\\s*(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))\\s*\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*default\\(\\))|\"(?:[^\"\\\\]|\\\\.)*\"|r#*\"[^\"]*\"#*|\\(\\s*&?\\s*(?:(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*(?:from_slice|from|clone_from_slice|from_array|try_from)\\(\\s*&?\\s*(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))\\s*\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*default\\(\\))\\s*\\))(?:\\s*\\.\\s*(?:into|as_ref|as_slice|to_vec|try_into)\\(\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|\\[\\s*\\.\\.\\s*\\])?$")
  (#imports? "pbkdf2" "argon2" "scrypt" "bcrypt" "password_hash" "fastpbkdf2" "argon2rs")
  (#not-in-test? @_name)) @finding
