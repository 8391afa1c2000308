;; ---
;; id = "py.aiohttp-ssl-disabled"
;; title = "aiohttp request or connector with certificate checks off"
;; severity = "error"
;; confidence = "high"
;; cwe = 295
;; message = "`{{option}}` turns off TLS certificate checks: anyone on the path can read and change the traffic"
;; tags = ["tls"]
;; references = ["https://docs.aiohttp.org/en/stable/client_advanced.html#ssl-control-for-tcp-sockets"]
;;
;; [fix]
;; title = "Keep certificate checks on"
;; capture = "option"
;; remove = true
;; ---
;; ## Why it matters
;; `ssl=False` (and the older `verify_ssl=False`) makes aiohttp accept any certificate, so a
;; man in the middle presents their own and sees passwords, tokens and data in clear.
;;
;; ## How to fix
;; Drop the option. For a private CA, pass an `ssl.SSLContext` that loads it with
;; `cafile=`.
;;
;; ## Safe example
;; ```python
;; context = ssl.create_default_context(cafile="internal-ca.pem")
;; async with session.get(url, ssl=context) as response:
;;     ...
;; ```

(call
  function: (_) @func
  arguments: (argument_list
    (keyword_argument name: (identifier) @_k value: (false)) @option)
  (#any-of? @_k "ssl" "verify_ssl")
  (#resolves-to? @func "aiohttp.*")) @finding

(call
  function: (attribute attribute: (identifier) @func)
  arguments: (argument_list
    (keyword_argument name: (identifier) @_k value: (false)) @option)
  (#any-of? @_k "ssl" "verify_ssl")
  (#any-of? @func "get" "post" "put" "patch" "delete" "head" "options" "request" "ws_connect")
  (#imports? "aiohttp")) @finding
