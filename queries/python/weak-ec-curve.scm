;; ---
;; id = "py.weak-ec-curve"
;; title = "Elliptic curve smaller than 224 bits (P-192, sect163k1, sect163r2)"
;; severity = "error"
;; confidence = "high"
;; cwe = 326
;; message = "`{{curve}}` gives less than 112 bits of security: use P-256 or larger (or Ed25519)"
;; report = "curve"
;; tags = ["crypto", "bandit:B505"]
;; references = ["https://bandit.readthedocs.io/en/latest/plugins/b505_weak_cryptographic_key.html", "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/ec/#elliptic-curves", "https://nvlpubs.nist.gov/nistpubs/SpecialPublications/NIST.SP.800-57pt1r5.pdf", "https://cwe.mitre.org/data/definitions/326.html"]
;; ---
;; ## Why it matters
;; A 192-bit prime curve or a 163-bit binary curve offers about 80–96 bits of security, below
;; the 112 bits NIST has required since 2014: keys on them are within reach of a well-funded
;; attacker, and many libraries and CAs refuse them.
;;
;; ## How to fix
;; Use P-256 (`ec.SECP256R1()`), P-384, or Ed25519 / X25519.
;;
;; ## Safe example
;; ```python
;; from cryptography.hazmat.primitives.asymmetric import ec
;; key = ec.generate_private_key(ec.SECP256R1())
;; ```

; ec.generate_private_key(ec.SECP192R1()) / ec.derive_private_key(n, ec.SECT163K1())
(call
  function: (_) @curve
  (#resolves-to? @curve
    "cryptography.hazmat.primitives.asymmetric.ec.SECP192R1"
    "cryptography.hazmat.primitives.asymmetric.ec.SECT163K1"
    "cryptography.hazmat.primitives.asymmetric.ec.SECT163R2")) @finding

; PyCryptodome: ECC.generate(curve="P-192")
(call
  function: (_) @_func
  arguments: (argument_list (keyword_argument name: (identifier) @_k value: (string (string_content) @curve)))
  (#eq? @_k "curve")
  (#resolves-to? @_func "Crypto.PublicKey.ECC.generate" "Cryptodome.PublicKey.ECC.generate" "Crypto.PublicKey.ECC.construct" "Cryptodome.PublicKey.ECC.construct")
  (#match? @curve "^(?i)(p-?192|nist ?p-?192|secp192r1|prime192v1)$")) @finding
