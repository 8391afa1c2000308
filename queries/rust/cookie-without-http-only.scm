;; ---
;; id = "rs.cookie-without-http-only"
;; title = "Cookie readable from JavaScript (HttpOnly off)"
;; severity = "warning"
;; confidence = "high"
;; cwe = 1004
;; message = "`{{method}}(false)` lets page scripts read the cookie: one XSS bug leaks it"
;; report = "method"
;; tags = ["web", "cookie"]
;;
;; [fix]
;; title = "Mark the cookie HttpOnly"
;; capture = "value"
;; replace = "true"
;; ---
;; ## Why it matters
;; Without `HttpOnly`, `document.cookie` exposes the cookie to every script on the page, so a
;; single cross-site scripting bug (or a compromised third-party script) can steal sessions.
;;
;; ## How to fix
;; Set `http_only(true)` on session and authentication cookies. Only cookies the front end
;; must read (a CSRF token, a UI preference) should be readable.
;;
;; ## Safe example
;; ```rust
;; let cookie = Cookie::build(("session", id)).http_only(true).secure(true);
;; ```

(call_expression
  function: (field_expression field: (field_identifier) @method)
  arguments: (arguments . (boolean_literal) @value .)
  (#any-of? @method "http_only" "set_http_only" "cookie_http_only" "with_http_only")
  (#eq? @value "false")
  (#imports? "cookie" "actix_web" "actix_session" "axum_extra" "tower_cookies" "tower_sessions"
    "rocket" "poem" "salvo" "warp" "tide" "axum_sessions" "async_session")
  (#not-in-test? @method)) @finding
