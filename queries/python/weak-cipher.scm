;; ---
;; id = "py.weak-cipher"
;; title = "Broken or obsolete cipher (DES, 3DES, RC2, RC4, Blowfish, IDEA, XOR)"
;; severity = "error"
;; confidence = "high"
;; cwe = 327
;; message = "`{{func}}` is a broken or obsolete cipher"
;; tags = ["crypto"]
;; ---
;; ## Why it matters
;; DES has a 56-bit key (brute-forced in hours); RC4 has exploitable keystream biases;
;; 64-bit block ciphers (3DES, Blowfish, IDEA, CAST5, RC2) leak plaintext after a few GB under
;; one key (Sweet32). Data "encrypted" with them should be treated as readable.
;;
;; ## How to fix
;; Use an authenticated cipher: AES-GCM or ChaCha20-Poly1305 (`cryptography`'s `AESGCM`,
;; `ChaCha20Poly1305`, or `Fernet`).
;;
;; ## Safe example
;; ```python
;; from cryptography.hazmat.primitives.ciphers.aead import AESGCM
;; ciphertext = AESGCM(key).encrypt(nonce, data, associated_data)
;; ```

(call
  function: (_) @func
  (#resolves-to? @func "Crypto.Cipher.DES.new" "Crypto.Cipher.DES3.new" "Crypto.Cipher.ARC2.new" "Crypto.Cipher.ARC4.new" "Crypto.Cipher.Blowfish.new" "Crypto.Cipher.CAST.new" "Crypto.Cipher.XOR.new" "Cryptodome.Cipher.DES.new" "Cryptodome.Cipher.DES3.new" "Cryptodome.Cipher.ARC2.new" "Cryptodome.Cipher.ARC4.new" "Cryptodome.Cipher.Blowfish.new" "Cryptodome.Cipher.CAST.new" "cryptography.hazmat.primitives.ciphers.algorithms.ARC4" "cryptography.hazmat.primitives.ciphers.algorithms.TripleDES" "cryptography.hazmat.primitives.ciphers.algorithms.Blowfish" "cryptography.hazmat.primitives.ciphers.algorithms.IDEA" "cryptography.hazmat.primitives.ciphers.algorithms.CAST5" "cryptography.hazmat.primitives.ciphers.algorithms.SEED" "cryptography.hazmat.decrepit.ciphers.algorithms.*" "pyDes.des" "pyDes.triple_des")) @finding
