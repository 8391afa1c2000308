;; ---
;; id = "rs.weak-cipher"
;; title = "Broken cipher: DES, 3DES, RC4, RC2, Blowfish, IDEA"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 327
;; message = "`{{cipher}}` is a broken or obsolete cipher: encrypted data can be recovered"
;; report = "cipher"
;; tags = ["crypto"]
;; ---
;; ## Why it matters
;; DES keys are brute-forced in hours; 3DES and Blowfish have 64-bit blocks (Sweet32 collision
;; attacks after a few gigabytes); RC4's keystream is biased enough to recover plaintext
;; (it is banned in TLS). Data encrypted with them should be treated as readable.
;;
;; ## How to fix
;; Use an authenticated cipher: AES-256-GCM (`aes-gcm`) or ChaCha20-Poly1305
;; (`chacha20poly1305`), with a fresh random nonce per message.
;;
;; ## Safe example
;; ```rust
;; use aes_gcm::{aead::{Aead, AeadCore, KeyInit, OsRng}, Aes256Gcm};
;; let cipher = Aes256Gcm::new(&key);
;; let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
;; let ciphertext = cipher.encrypt(&nonce, plaintext)?;
;; ```

; Des::new(key), Rc4::new(key), Cipher::des_ede3_cbc()
(call_expression
  function: [(identifier) (scoped_identifier) (generic_function)] @cipher
  (#resolves-to? @cipher "des::*" "rc4::*" "rc2::*" "blowfish::*" "idea::*"
    "crypto::rc4::*" "crypto::blowfish::*"
    "openssl::symm::Cipher::des_*" "openssl::symm::Cipher::rc4*" "openssl::symm::Cipher::bf_*"
    "openssl::symm::Cipher::rc2_*")
  (#not-in-test? @cipher)) @finding

; cbc::Encryptor<des::TdesEde3>, type DesCbc = Cbc<Des, Pkcs7>
(type_arguments
  [(type_identifier) (scoped_type_identifier)] @cipher
  (#resolves-to? @cipher "des::*" "rc4::*" "rc2::*" "blowfish::*" "idea::*")
  (#not-in-test? @cipher)) @finding
