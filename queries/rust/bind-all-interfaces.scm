;; ---
;; id = "rs.bind-all-interfaces"
;; title = "Server listens on every network interface"
;; severity = "info"
;; confidence = "medium"
;; cwe = 1327
;; message = "`{{addr}}` listens on every interface: the service is reachable from other machines"
;; report = "addr"
;; tags = ["network"]
;; ---
;; ## Why it matters
;; `0.0.0.0` and `[::]` accept connections on every interface, including public Wi-Fi and
;; the office network. An admin endpoint, debug server or database meant for localhost
;; becomes reachable by anyone who can route to the machine. In containers this is often
;; intended, which is why the rule is informational.
;;
;; ## How to fix
;; Bind to `127.0.0.1` / `[::1]` unless the service must be reachable from outside, and make
;; the address configurable.
;;
;; ## Safe example
;; ```rust
;; let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
;; ```

; TcpListener::bind("0.0.0.0:8080"), .bind(("0.0.0.0", port)), HttpServer::new(..).bind("[::]:80")
(call_expression
  function: [
    (field_expression field: (field_identifier) @_bind)
    (scoped_identifier name: (identifier) @_bind)
  ]
  arguments: (arguments
    .
    [(string_literal) @addr
     (reference_expression value: (string_literal) @addr)
     (tuple_expression . (string_literal) @addr . (_) @_port .)]
    .)
  (#not-eq? @_port "0")
  (#any-of? @_bind "bind" "bind_addr" "listen" "serve" "run" "bind_rustls" "bind_openssl" "bind_auto_h2c")
  (#match? @addr "^\"(0\\.0\\.0\\.0|\\[::\\])(:[1-9][0-9]*)?\"$")
  (#not-in-test? @_bind)) @finding

; SocketAddr::from(([0, 0, 0, 0], 3000)), Ipv4Addr::UNSPECIFIED
(call_expression
  function: [(identifier) (scoped_identifier) (generic_function)] @_from
  arguments: (arguments . (tuple_expression . (array_expression) @addr . (_) @_port .))
  (#not-eq? @_port "0")
  (#match? @_from "SocketAddr(V4)?::(from|new)$")
  (#match? @addr "^\\[\\s*0\\s*,\\s*0\\s*,\\s*0\\s*,\\s*0\\s*\\]$")
  (#not-in-test? @_from)) @finding

(call_expression
  function: [(identifier) (scoped_identifier) (generic_function)] @_from
  arguments: (arguments . (tuple_expression . (scoped_identifier) @addr . (_) @_port .))
  (#not-eq? @_port "0")
  (#match? @_from "SocketAddr(V4|V6)?::(from|new)$")
  (#match? @addr "Ipv[46]Addr::UNSPECIFIED$")
  (#not-in-test? @_from)) @finding
