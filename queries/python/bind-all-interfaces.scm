;; ---
;; id = "py.bind-all-interfaces"
;; title = "Server bound to all network interfaces (0.0.0.0 / ::)"
;; severity = "info"
;; confidence = "low"
;; cwe = 200
;; message = "listening on `{{host}}` exposes the service on every network the machine is on"
;; report = "finding"
;; tags = ["network"]
;; ---
;; ## Why it matters
;; `0.0.0.0` (or `::`) accepts connections on every interface: public Wi-Fi, the office LAN,
;; a cloud VM's public address. A development server or admin endpoint meant for localhost
;; becomes reachable by others. Normal for containers and real servers, hence `info`.
;;
;; ## How to fix
;; Bind to `127.0.0.1` unless the service is meant to be public, and take the address from
;; configuration.
;;
;; ## Safe example
;; ```python
;; app.run(host=os.environ.get("HOST", "127.0.0.1"))
;; ```

(call
  function: (_) @_f
  arguments: (argument_list [
    (string (string_content) @host)
    (tuple . (string (string_content) @host))
    (keyword_argument value: (string (string_content) @host))
  ])
  (#any-of? @host "0.0.0.0" "::")
  (#match? @_f "(?i)(bind|listen|serve|server|run|run_simple|start|create_server|make_server|httpserver|tcpserver|udpserver|socketserver|uvicorn|site)$")) @finding

(assignment
  left: (_) @_name
  right: (string (string_content) @host)
  (#match? @_name "(?i)(host|bind|addr|address|interface|listen)")
  (#any-of? @host "0.0.0.0" "::")) @finding
