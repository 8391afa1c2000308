;; ---
;; id = "rs.cors-any-origin-with-credentials"
;; title = "CORS reflects any origin and allows credentials"
;; severity = "error"
;; confidence = "high"
;; cwe = 942
;; message = "CORS echoes any origin back with credentials allowed: any web site can act as the logged-in user"
;; report = "where"
;; tags = ["web", "cors"]
;; ---
;; ## Why it matters
;; With `allow_credentials(true)` the browser sends the user's cookies on cross-origin
;; requests. If the allowed origin is "whatever the request says" (`AllowOrigin::mirror_request()`,
;; actix `allow_any_origin()` with `supports_credentials()`, a predicate that always returns
;; true), every web site the user visits can call the API as that user and read the answers.
;;
;; ## How to fix
;; Allow credentials only for an explicit list of trusted origins.
;;
;; ## Safe example
;; ```rust
;; let cors = CorsLayer::new()
;;     .allow_origin(["https://app.example.com".parse::<HeaderValue>()?])
;;     .allow_credentials(true);
;; ```

; `.allow_origin(AllowOrigin::mirror_request())... .allow_credentials(true)` in one chain, either order
(call_expression
  function: (field_expression
    value: (_) @_chain
    field: (field_identifier) @where)
  arguments: (arguments . (boolean_literal)? @_yes .)
  (#any-of? @where "allow_credentials" "supports_credentials")
  (#not-eq? @_yes "false")
  (#match? @_chain "mirror_request\\(\\)|allow_any_origin\\(\\)|predicate\\(\\|[^|]*\\|\\s*true\\)")
  (#not-in-test? @_chain)) @finding

(call_expression
  function: (field_expression
    value: (call_expression
      function: (field_expression field: (field_identifier) @_cred)
      arguments: (arguments . (boolean_literal)? @_yes .))
    field: (field_identifier) @where)
  arguments: (arguments) @_args
  (#any-of? @_cred "allow_credentials" "supports_credentials")
  (#not-eq? @_yes "false")
  (#any-of? @where "allow_origin" "allow_any_origin")
  (#match? @_args "mirror_request\\(\\)|^\\(\\)$|predicate\\(\\|[^|]*\\|\\s*true\\)")
  (#not-in-test? @_cred)) @finding
