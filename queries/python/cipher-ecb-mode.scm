;; ---
;; id = "py.cipher-ecb-mode"
;; title = "Block cipher in ECB mode"
;; severity = "error"
;; confidence = "high"
;; cwe = 327
;; message = "`{{mode}}` encrypts equal blocks to equal ciphertext: patterns in the data show through"
;; report = "mode"
;; tags = ["crypto"]
;; ---
;; ## Why it matters
;; ECB encrypts each block on its own, so identical plaintext blocks give identical ciphertext
;; (the "ECB penguin"), blocks can be cut and pasted between messages, and nothing detects
;; tampering.
;;
;; ## How to fix
;; Use an authenticated mode: GCM (or `AESGCM`, `ChaCha20Poly1305`, `Fernet`), with a fresh
;; random nonce per message.
;;
;; ## Safe example
;; ```python
;; cipher = AES.new(key, AES.MODE_GCM)
;; ciphertext, tag = cipher.encrypt_and_digest(data)
;; ```

(call
  function: (_) @_func
  arguments: (argument_list [(attribute) @mode (keyword_argument value: (attribute) @mode)])
  (#match? @mode "\\.MODE_ECB$")
  (#resolves-to? @_func "Crypto.Cipher.*" "Cryptodome.Cipher.*")) @finding

(call
  function: (_) @mode
  (#resolves-to? @mode "cryptography.hazmat.primitives.ciphers.modes.ECB")) @finding
