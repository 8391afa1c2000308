;; ---
;; id = "rs.cors-permissive"
;; title = "CORS policy that allows every origin, method and header"
;; severity = "warning"
;; confidence = "high"
;; cwe = 942
;; message = "`{{func}}()` lets any web site call this API from a visitor's browser"
;; report = "func"
;; tags = ["web", "cors"]
;; references = ["https://docs.rs/tower-http/latest/tower_http/cors/struct.CorsLayer.html#method.permissive"]
;; ---
;; ## Why it matters
;; `CorsLayer::permissive()`, `CorsLayer::very_permissive()` and actix `Cors::permissive()`
;; allow every origin, method and header (`very_permissive` and actix also send credentials).
;; Any page a user visits can then call the API with the user's cookies or reach services on
;; their private network and read the answers. They are meant for local development.
;;
;; ## How to fix
;; List the origins, methods and headers the front end really uses.
;;
;; ## Safe example
;; ```rust
;; let cors = CorsLayer::new()
;;     .allow_origin("https://app.example.com".parse::<HeaderValue>()?)
;;     .allow_methods([Method::GET, Method::POST])
;;     .allow_headers([header::CONTENT_TYPE]);
;; ```

(call_expression
  function: [(identifier) (scoped_identifier) (generic_function)] @func
  (#resolves-to? @func
    "tower_http::cors::CorsLayer::permissive" "tower_http::cors::CorsLayer::very_permissive"
    "actix_cors::Cors::permissive" "poem::middleware::Cors::permissive"
    "rocket_cors::CorsOptions::permissive")
  (#not-in-test? @func)) @finding
