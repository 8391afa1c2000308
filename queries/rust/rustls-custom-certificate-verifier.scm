;; ---
;; id = "rs.rustls-custom-certificate-verifier"
;; title = "rustls configured with a custom certificate verifier"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 295
;; message = "`{{method}}` replaces rustls' certificate checks: make sure the verifier still verifies"
;; report = "method"
;; tags = ["tls"]
;; references = ["https://docs.rs/rustls/latest/rustls/client/struct.DangerousClientConfig.html"]
;; ---
;; ## Why it matters
;; rustls puts custom verifiers behind `dangerous()` for a reason: a verifier written by hand
;; is the usual way certificate checking gets switched off ("NoVerifier", "AcceptAll"), and a
;; subtly wrong one (no hostname check, no expiry check, no signature check) is as bad.
;;
;; ## How to fix
;; Prefer `with_root_certificates(roots)` with your private CA added to the store, or the
;; platform verifier. If you really need custom logic (pinning), wrap `WebPkiServerVerifier`
;; and call it first, so the standard checks still run.
;;
;; ## Safe example
;; ```rust
;; let config = rustls::ClientConfig::builder()
;;     .with_root_certificates(roots)
;;     .with_no_client_auth();
;; ```

(call_expression
  function: (field_expression field: (field_identifier) @method)
  arguments: (arguments . (_) @_verifier .)
  (#any-of? @method "set_certificate_verifier" "with_custom_certificate_verifier")
  (#not-match? @_verifier "(?i)platform|webpki")
  (#not-in-test? @method)) @finding
