;; ---
;; # Rule format: queries/README.md
;; id = "rs.rustls-handshake-signature-not-verified"
;; title = "rustls verifier that does not check the handshake signature"
;; severity = "error"
;; confidence = "high"
;; cwe = 347
;; message = "`{{name}}` returns `{{verified}}` without checking the signature: a copied certificate is enough to impersonate the peer"
;; report = "name"
;; tags = ["tls"]
;; references = ["https://docs.rs/rustls/latest/rustls/client/danger/trait.ServerCertVerifier.html#tymethod.verify_tls12_signature", "https://cwe.mitre.org/data/definitions/347.html"]
;; ---
;; ## Why it matters
;; Certificates are public. What proves the peer holds the certificate's private key is the
;; signature over the handshake, checked by `verify_tls12_signature` / `verify_tls13_signature`.
;; A verifier that answers `HandshakeSignatureValid::assertion()` without checking lets anyone
;; who has seen the real certificate (or the pinned one) present it and complete the handshake,
;; even when `verify_server_cert` does careful pinning. Verifiers whose `verify_server_cert`
;; accepts everything too are reported once, by `rs.rustls-verifier-accepts-any-certificate`.
;;
;; ## How to fix
;; Delegate to the crypto provider: `rustls::crypto::verify_tls12_signature(message, cert, dss,
;; &provider.signature_verification_algorithms)` (and the TLS 1.3 variant), or wrap
;; `WebPkiServerVerifier` and call its methods.
;;
;; ## Safe example
;; ```rust
;; fn verify_tls13_signature(&self, message: &[u8], cert: &CertificateDer<'_>, dss: &DigitallySignedStruct)
;;     -> Result<HandshakeSignatureValid, rustls::Error> {
;;     rustls::crypto::verify_tls13_signature(message, cert, dss, &self.provider.signature_verification_algorithms)
;; }
;; ```

(impl_item
  body: (declaration_list
    (function_item
      name: (identifier) @name
      body: (block
        [(call_expression
           function: (identifier) @_ok
           arguments: (arguments
             .
             (call_expression function: (scoped_identifier name: (identifier) @_assertion) @verified)
             .))
         (expression_statement
           (return_expression
             (call_expression
               function: (identifier) @_ok
               arguments: (arguments
                 .
                 (call_expression function: (scoped_identifier name: (identifier) @_assertion) @verified)
                 .))))]
        .) @_body)) @_impl
  (#any-of? @name "verify_tls12_signature" "verify_tls13_signature")
  (#eq? @_ok "Ok")
  (#eq? @_assertion "assertion")
  (#not-match? @_body "\\?|\\bif\\b|\\bmatch\\b|Err\\(|verify_tls1[23]_signature\\(")
  ; One finding per accept-everything verifier: rs.rustls-verifier-accepts-any-certificate
  ; already reports a `verify_server_cert` / `verify_client_cert` that only returns `Ok(..::assertion())`.
  (#not-match? @_impl "fn\\s+verify_(server|client)_cert\\s*(<[^{]*>)?\\([^{]*\\{\\s*(//[^\\n]*\\n\\s*)*Ok\\(\\s*[A-Za-z0-9_:]*Verified::assertion\\(\\)\\s*\\)\\s*\\}")
  (#not-in-test? @name)) @finding
