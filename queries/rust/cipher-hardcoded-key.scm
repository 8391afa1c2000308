;; ---
;; # Rule format: queries/README.md
;; id = "rs.cipher-hardcoded-key"
;; title = "Encryption key written in the source"
;; severity = "error"
;; confidence = "medium"
;; cwe = 321
;; message = "`{{key}}` is an encryption key in the source: whoever has the code or the binary can decrypt and forge the data"
;; report = "key"
;; tags = ["crypto", "secret"]
;; references = ["https://docs.rs/aes-gcm/latest/aes_gcm/#usage", "https://docs.rs/ring/latest/ring/aead/struct.UnboundKey.html", "https://docs.rs/openssl/latest/openssl/symm/fn.encrypt.html", "https://cwe.mitre.org/data/definitions/321.html"]
;; ---
;; ## Why it matters
;; A cipher key given as a byte string or array literal is the same in every build, every
;; clone of the repository and every copy of the binary (`strings` shows it). Anyone who has
;; one of them can decrypt what the program encrypted and, with an AEAD, forge messages it will
;; accept. The key cannot be rotated without a release, and an all-zero "placeholder" key is
;; no key at all.
;;
;; ## How to fix
;; Generate keys with a CSPRNG (`Aes256Gcm::generate_key(&mut OsRng)`) and keep them outside
;; the code: a secret manager, a key file only the service can read, an environment variable,
;; or derive them from a passphrase with Argon2. Rotate any key that was committed.
;;
;; ## Safe example
;; ```rust
;; let bytes = hex::decode(std::env::var("DATA_KEY")?)?;
;; let key = Key::<Aes256Gcm>::from_slice(&bytes);
;; let cipher = Aes256Gcm::new(key);
;; ```

; Key::<Aes256Gcm>::from_slice(b"an example very very secret key.")
(call_expression
  function: [(scoped_identifier) (generic_function)] @_func
  arguments: (arguments . (_) @key .)
  (#resolves-to? @_func "aes_gcm::Key::*" "aes_gcm::aead::Key::*" "aes_gcm_siv::Key::*"
    "aes_gcm_siv::aead::Key::*" "chacha20poly1305::Key::*" "chacha20poly1305::aead::Key::*"
    "aead::Key::*" "crypto_secretbox::Key::*" "xsalsa20poly1305::Key::*" "aes_siv::Key::*"
    "ccm::Key::*" "eax::Key::*" "ocb3::Key::*")
  (#match? @_func "::(from_slice|from|clone_from_slice|from_array)$")
  (#match? @key "^&?\\s*(?:(?:(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*(?:from_slice|from|clone_from_slice|from_array|try_from)\\(\\s*&?\\s*(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))\\s*\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*default\\(\\))|\\(\\s*&?\\s*(?:(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*(?:from_slice|from|clone_from_slice|from_array|try_from)\\(\\s*&?\\s*(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))\\s*\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*default\\(\\))\\s*\\))(?:\\s*\\.\\s*(?:into|as_ref|as_slice|to_vec|try_into)\\(\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|\\[\\s*\\.\\.\\s*\\])?$")
  (#not-in-test? @_func)) @finding

; `Key` in scope through a glob or a re-export: the file uses an AEAD crate
(call_expression
  function: [(scoped_identifier) (generic_function)] @_func
  arguments: (arguments . (_) @key .)
  (#match? @_func "^Key(::<[^>]*>)?::(from_slice|from|clone_from_slice|from_array)$")
  (#match? @key "^&?\\s*(?:(?:(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*(?:from_slice|from|clone_from_slice|from_array|try_from)\\(\\s*&?\\s*(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))\\s*\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*default\\(\\))|\\(\\s*&?\\s*(?:(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*(?:from_slice|from|clone_from_slice|from_array|try_from)\\(\\s*&?\\s*(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))\\s*\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*default\\(\\))\\s*\\))(?:\\s*\\.\\s*(?:into|as_ref|as_slice|to_vec|try_into)\\(\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|\\[\\s*\\.\\.\\s*\\])?$")
  (#imports? "aes_gcm" "aes_gcm_siv" "chacha20poly1305" "aead" "crypto_secretbox" "xsalsa20poly1305"
    "aes_siv" "ccm" "eax" "ocb3")
  (#not-in-test? @_func)) @finding

; Aes256Gcm::new_from_slice(b"..."), Aes128::new(GenericArray::from_slice(b"...")),
; cbc::Encryptor::<Aes128>::new_from_slices(b"...", &iv), ChaCha20::new(&[7; 32].into(), &nonce)
(call_expression
  function: [(scoped_identifier) (generic_function)] @_func
  arguments: (arguments . (_) @key)
  (#resolves-to? @_func "aes::*" "aes_gcm::*" "aes_gcm_siv::*" "chacha20poly1305::*" "chacha20::*"
    "salsa20::*" "cbc::*" "ctr::*" "cfb_mode::*" "cfb8::*" "ofb::*" "block_modes::*" "des::*"
    "blowfish::*" "ccm::*" "eax::*" "ocb3::*" "aes_siv::*" "crypto_secretbox::*" "xsalsa20poly1305::*"
    "camellia::*" "twofish::*" "sm4::*" "aes_kw::*" "ecb::*")
  (#match? @_func "::(new|new_from_slice|new_from_slices|new_var|new_fix)$")
  (#match? @key "^&?\\s*(?:(?:(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*(?:from_slice|from|clone_from_slice|from_array|try_from)\\(\\s*&?\\s*(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))\\s*\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*default\\(\\))|\\(\\s*&?\\s*(?:(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*(?:from_slice|from|clone_from_slice|from_array|try_from)\\(\\s*&?\\s*(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))\\s*\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*default\\(\\))\\s*\\))(?:\\s*\\.\\s*(?:into|as_ref|as_slice|to_vec|try_into)\\(\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|\\[\\s*\\.\\.\\s*\\])?$")
  (#not-match? @key "\\bKey\\s*(::\\s*<[^>]*>)?\\s*::")
  (#not-in-test? @_func)) @finding

; type Aes128CbcEnc = cbc::Encryptor<aes::Aes128>;  Aes128CbcEnc::new(b"...".into(), &iv.into())
(call_expression
  function: [(scoped_identifier) (generic_function)] @_func
  arguments: (arguments . (_) @key)
  (#match? @_func "^([A-Za-z0-9_]+::)*[A-Za-z0-9_]*(Aes|AES|ChaCha|Chacha|Salsa|Tdes|Des|Blowfish|Camellia|Sm4|Twofish|Cbc|CBC|Ctr|CTR|Cfb|Ofb|Gcm|GCM|Siv)[A-Za-z0-9_]*(::<[^>]*>)?::(new|new_from_slice|new_from_slices|new_var|new_fix)$")
  (#not-resolves-to? @_func "aes::*" "aes_gcm::*" "aes_gcm_siv::*" "chacha20poly1305::*" "chacha20::*"
    "salsa20::*" "cbc::*" "ctr::*" "cfb_mode::*" "cfb8::*" "ofb::*" "block_modes::*" "des::*"
    "blowfish::*" "ccm::*" "eax::*" "ocb3::*" "aes_siv::*" "crypto_secretbox::*" "xsalsa20poly1305::*"
    "camellia::*" "twofish::*" "sm4::*" "aes_kw::*" "ecb::*")
  (#match? @key "^&?\\s*(?:(?:(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*(?:from_slice|from|clone_from_slice|from_array|try_from)\\(\\s*&?\\s*(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))\\s*\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*default\\(\\))|\\(\\s*&?\\s*(?:(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*(?:from_slice|from|clone_from_slice|from_array|try_from)\\(\\s*&?\\s*(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))\\s*\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*default\\(\\))\\s*\\))(?:\\s*\\.\\s*(?:into|as_ref|as_slice|to_vec|try_into)\\(\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|\\[\\s*\\.\\.\\s*\\])?$")
  (#not-match? @key "\\bKey\\s*(::\\s*<[^>]*>)?\\s*::")
  (#imports? "aes" "aes_gcm" "aes_gcm_siv" "chacha20poly1305" "chacha20" "salsa20" "cbc" "ctr" "cfb_mode"
    "cfb8" "ofb" "block_modes" "des" "cipher" "aead" "ccm" "eax" "ocb3" "aes_siv")
  (#not-in-test? @_func)) @finding

; ring / aws-lc-rs: UnboundKey::new(&aead::AES_256_GCM, b"...")
(call_expression
  function: [(identifier) (scoped_identifier)] @_func
  arguments: (arguments . (_) . (_) @key .)
  (#resolves-to? @_func "ring::aead::UnboundKey::new" "aws_lc_rs::aead::UnboundKey::new"
    "ring::aead::quic::HeaderProtectionKey::new" "aws_lc_rs::cipher::UnboundCipherKey::new")
  (#match? @key "^&?\\s*(?:(?:(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*(?:from_slice|from|clone_from_slice|from_array|try_from)\\(\\s*&?\\s*(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))\\s*\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*default\\(\\))|\\(\\s*&?\\s*(?:(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*(?:from_slice|from|clone_from_slice|from_array|try_from)\\(\\s*&?\\s*(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))\\s*\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*default\\(\\))\\s*\\))(?:\\s*\\.\\s*(?:into|as_ref|as_slice|to_vec|try_into)\\(\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|\\[\\s*\\.\\.\\s*\\])?$")
  (#not-in-test? @_func)) @finding

; openssl: symm::encrypt(Cipher::aes_256_cbc(), b"...", Some(&iv), data), decrypt, *_aead
(call_expression
  function: [(identifier) (scoped_identifier)] @_func
  arguments: (arguments . (_) . (_) @key . (_))
  (#resolves-to? @_func "openssl::symm::encrypt" "openssl::symm::decrypt" "openssl::symm::encrypt_aead"
    "openssl::symm::decrypt_aead" "boring::symm::encrypt" "boring::symm::decrypt"
    "boring::symm::encrypt_aead" "boring::symm::decrypt_aead")
  (#match? @key "^&?\\s*(?:(?:(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*(?:from_slice|from|clone_from_slice|from_array|try_from)\\(\\s*&?\\s*(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))\\s*\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*default\\(\\))|\\(\\s*&?\\s*(?:(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*(?:from_slice|from|clone_from_slice|from_array|try_from)\\(\\s*&?\\s*(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))\\s*\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*default\\(\\))\\s*\\))(?:\\s*\\.\\s*(?:into|as_ref|as_slice|to_vec|try_into)\\(\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|\\[\\s*\\.\\.\\s*\\])?$")
  (#not-in-test? @_func)) @finding

; openssl: Crypter::new(cipher, Mode::Encrypt, b"...", Some(&iv))
(call_expression
  function: [(scoped_identifier) (generic_function)] @_func
  arguments: (arguments . (_) . (_) . (_) @key . (_) .)
  (#resolves-to? @_func "openssl::symm::Crypter::new" "boring::symm::Crypter::new")
  (#match? @key "^&?\\s*(?:(?:(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*(?:from_slice|from|clone_from_slice|from_array|try_from)\\(\\s*&?\\s*(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))\\s*\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*default\\(\\))|\\(\\s*&?\\s*(?:(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*(?:from_slice|from|clone_from_slice|from_array|try_from)\\(\\s*&?\\s*(?:\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*(?:[0-9][0-9_]*(?:usize)?|[A-Z][A-Z0-9_]*)\\s*\\]|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?(?:\\s*,\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?)*\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\.)*\"|br#*\"[^\"]*\"#*|\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\.\\s*as_bytes\\(\\))\\s*\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|(?:[A-Za-z_][A-Za-z0-9_]*(?:\\s*::\\s*<[^()]*?>)?\\s*::\\s*)*default\\(\\))\\s*\\))(?:\\s*\\.\\s*(?:into|as_ref|as_slice|to_vec|try_into)\\(\\)(?:\\s*\\.\\s*unwrap\\(\\)|\\?)?|\\[\\s*\\.\\.\\s*\\])?$")
  (#not-in-test? @_func)) @finding

; let key = b"0123456789abcdef";  const AES_KEY: [u8; 32] = [..];  (a 16, 24 or 32-byte literal,
; named as a key, in a file that uses a cipher crate; never `mut`)
([(let_declaration pattern: (identifier) @_name value: (_) @key)
  (const_item name: (identifier) @_name value: (_) @key)
  (static_item name: (identifier) @_name value: (_) @key)] @_decl
  (#match? @_name "^(?i)([a-z0-9]+_)*(key|secret)(_?(bytes|buf|arr|array|data|material))?$")
  (#not-match? @_decl "^(pub(\\([^)]*\\))?\\s+)?(let|static)\\s+mut\\b")
  (#match? @key "^&?\\s*(?:b\"(?:[^\"\\\\]|\\\\x[0-9a-fA-F]{2}|\\\\.){16}\"|\"(?:[^\"\\\\]|\\\\x[0-9a-fA-F]{2}|\\\\.){16}\"\\s*\\.\\s*as_bytes\\(\\)|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*16(?:usize)?\\s*\\]|\\[\\s*(?:(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*,\\s*){15}(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\x[0-9a-fA-F]{2}|\\\\.){24}\"|\"(?:[^\"\\\\]|\\\\x[0-9a-fA-F]{2}|\\\\.){24}\"\\s*\\.\\s*as_bytes\\(\\)|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*24(?:usize)?\\s*\\]|\\[\\s*(?:(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*,\\s*){23}(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*,?\\s*\\]|b\"(?:[^\"\\\\]|\\\\x[0-9a-fA-F]{2}|\\\\.){32}\"|\"(?:[^\"\\\\]|\\\\x[0-9a-fA-F]{2}|\\\\.){32}\"\\s*\\.\\s*as_bytes\\(\\)|\\[\\s*(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*;\\s*32(?:usize)?\\s*\\]|\\[\\s*(?:(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*,\\s*){31}(?:0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*)(?:u8|u16|u32|u64|i8|i32)?\\s*,?\\s*\\])$")
  (#imports? "aes" "aes_gcm" "aes_gcm_siv" "chacha20poly1305" "chacha20" "salsa20" "cbc" "ctr" "cfb_mode"
    "cfb8" "ofb" "block_modes" "des" "cipher" "aead" "ccm" "eax" "ocb3" "aes_siv" "openssl" "boring"
    "ring" "aws_lc_rs" "crypto_secretbox" "xsalsa20poly1305" "magic_crypt" "simple_crypt")
  (#not-in-test? @_name)) @finding
