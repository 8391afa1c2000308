;; ---
;; id = "rs.rustls-verifier-accepts-any-certificate"
;; title = "rustls certificate verifier that accepts every certificate"
;; severity = "error"
;; confidence = "high"
;; cwe = 295
;; message = "`{{name}}` returns `{{verified}}` without checking anything: any certificate is accepted"
;; report = "name"
;; tags = ["tls"]
;; references = ["https://docs.rs/rustls/latest/rustls/client/danger/trait.ServerCertVerifier.html"]
;; ---
;; ## Why it matters
;; A `ServerCertVerifier` (or `ClientCertVerifier`) whose `verify_*_cert` just returns
;; `Ok(ServerCertVerified::assertion())` turns certificate checking off: anyone on the network
;; path can present their own certificate and read or change the traffic. Such "NoVerifier"
;; types are copied from test code into production surprisingly often.
;;
;; ## How to fix
;; Use rustls' default verifier (`with_root_certificates`) or `rustls-platform-verifier`. To
;; trust a private CA, add it to the `RootCertStore`. To pin a certificate, compare the
;; presented certificate with the pinned one and return an error when they differ.
;;
;; ## Safe example
;; ```rust
;; let mut roots = rustls::RootCertStore::empty();
;; roots.add(private_ca)?;
;; let config = rustls::ClientConfig::builder()
;;     .with_root_certificates(roots)
;;     .with_no_client_auth();
;; ```

(function_item
  name: (identifier) @name
  body: (block
    (call_expression
      function: (identifier) @_ok
      arguments: (arguments
        .
        (call_expression
          function: (scoped_identifier name: (identifier) @_assertion) @verified)
        .))
    .) @_body
  (#any-of? @name "verify_server_cert" "verify_client_cert")
  (#eq? @_ok "Ok")
  (#eq? @_assertion "assertion")
  (#not-match? @_body "\\?|\\bif\\b|\\bmatch\\b|Err\\(|verify")
  (#not-in-test? @name)) @finding
