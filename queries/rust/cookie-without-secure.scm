;; ---
;; id = "rs.cookie-without-secure"
;; title = "Cookie explicitly sent over plain HTTP (Secure off)"
;; severity = "warning"
;; confidence = "high"
;; cwe = 614
;; message = "`{{method}}(false)` lets the cookie travel over plain HTTP, where it can be read"
;; report = "method"
;; tags = ["web", "cookie"]
;;
;; [fix]
;; title = "Mark the cookie Secure"
;; capture = "value"
;; replace = "true"
;; ---
;; ## Why it matters
;; Without the `Secure` attribute the browser also sends the cookie on `http://` requests, so
;; anyone on the network path (public Wi-Fi, a proxy) can read a session cookie and take over
;; the session. Turning it off explicitly is usually a development setting that shipped.
;;
;; ## How to fix
;; Set `secure(true)`. For local development over HTTP, make it depend on the environment
;; rather than hard-coding `false`.
;;
;; ## Safe example
;; ```rust
;; let cookie = Cookie::build(("session", id)).secure(true).http_only(true).same_site(SameSite::Lax);
;; ```

(call_expression
  function: (field_expression field: (field_identifier) @method)
  arguments: (arguments . (boolean_literal) @value .)
  (#any-of? @method "secure" "set_secure" "cookie_secure" "with_secure")
  (#eq? @value "false")
  (#imports? "cookie" "actix_web" "actix_session" "axum_extra" "tower_cookies" "tower_sessions"
    "rocket" "poem" "salvo" "warp" "tide" "axum_sessions" "async_session")
  (#not-in-test? @method)) @finding
