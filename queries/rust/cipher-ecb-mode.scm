;; ---
;; id = "rs.cipher-ecb-mode"
;; title = "Block cipher in ECB mode"
;; severity = "error"
;; confidence = "high"
;; cwe = 327
;; message = "`{{mode}}` encrypts in ECB mode: equal blocks of plaintext give equal ciphertext"
;; report = "mode"
;; tags = ["crypto"]
;; ---
;; ## Why it matters
;; ECB encrypts each block on its own with the same key, so patterns in the plaintext show
;; through (the "ECB penguin"), blocks can be swapped or replayed, and nothing detects
;; tampering.
;;
;; ## How to fix
;; Use an authenticated mode: AES-GCM (`aes-gcm`) or ChaCha20-Poly1305, with a fresh random
;; nonce per message.
;;
;; ## Safe example
;; ```rust
;; use aes_gcm::{aead::{Aead, AeadCore, KeyInit, OsRng}, Aes256Gcm};
;; let cipher = Aes256Gcm::new(&key);
;; let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
;; let ciphertext = cipher.encrypt(&nonce, plaintext)?;
;; ```

; ecb::Encryptor::<Aes128>::new(key)
(call_expression
  function: [(identifier) (scoped_identifier) (generic_function)] @mode
  (#resolves-to? @mode "ecb::Encryptor::*" "ecb::Decryptor::*" "block_modes::Ecb::*"
    "crypto::aes::ecb_encryptor" "crypto::aes::ecb_decryptor")
  (#not-in-test? @mode)) @finding

; Cipher::aes_128_ecb()
(call_expression
  function: (scoped_identifier name: (identifier) @_name) @mode
  (#match? @_name "_ecb$")
  (#resolves-to? @mode "openssl::symm::Cipher::*")
  (#not-in-test? @_name)) @finding

; type Aes128Ecb = ecb::Encryptor<aes::Aes128>;
(generic_type
  type: [(type_identifier) (scoped_type_identifier)] @mode
  (#resolves-to? @mode "ecb::Encryptor" "ecb::Decryptor" "block_modes::Ecb")
  (#not-in-test? @mode)) @finding
