;; ---
;; id = "py.requests-without-timeout"
;; title = "HTTP request with requests and no timeout"
;; severity = "info"
;; confidence = "high"
;; cwe = 400
;; message = "`{{func}}` has no timeout (none given, or `timeout=None`): a slow or silent server blocks this call forever"
;; tags = ["availability", "network", "bandit:B113"]
;; references = ["https://requests.readthedocs.io/en/latest/user/advanced/#timeouts", "https://www.python-httpx.org/advanced/timeouts/", "https://bandit.readthedocs.io/en/latest/plugins/b113_request_without_timeout.html", "https://cwe.mitre.org/data/definitions/400.html"]
;;
;; [fix]
;; title = "Add timeout=10"
;; capture = "close"
;; replace = ", timeout=10)"
;; ---
;; ## Why it matters
;; `requests` waits indefinitely by default. A server that accepts the connection and never
;; answers (or an attacker's slow-loris endpoint) ties up the worker for good; enough of them
;; and the service stops answering. `timeout=None` says the same explicitly, for requests
;; and for httpx (whose default of 5 seconds it turns off).
;;
;; ## How to fix
;; Always pass `timeout=` (seconds, or a `(connect, read)` tuple). The quick fix adds
;; `timeout=10`: adjust it to the endpoint.
;;
;; ## Safe example
;; ```python
;; response = requests.get(url, timeout=(3.05, 27))
;; ```

(call
  function: (_) @func
  arguments: (argument_list (_) ")" @close) @args
  (#resolves-to? @func
    "requests.get" "requests.post" "requests.put" "requests.patch" "requests.delete"
    "requests.head" "requests.options" "requests.request"
    "requests.api.get" "requests.api.post" "requests.api.put" "requests.api.patch"
    "requests.api.delete" "requests.api.head" "requests.api.options" "requests.api.request")
  (#not-has-kwarg? @args "timeout")
  (#not-match? @args ",\\s*\\)$")) @finding

; `requests.get(url,)`: reported without a quick fix.
(call
  function: (_) @func
  arguments: (argument_list) @args
  (#resolves-to? @func
    "requests.get" "requests.post" "requests.put" "requests.patch" "requests.delete"
    "requests.head" "requests.options" "requests.request"
    "requests.api.get" "requests.api.post" "requests.api.put" "requests.api.patch"
    "requests.api.delete" "requests.api.head" "requests.api.options" "requests.api.request")
  (#not-has-kwarg? @args "timeout")
  (#match? @args ",\\s*\\)$")) @finding

; timeout=None: wait forever, said explicitly (httpx's default is 5 s; None turns it off)
(call
  function: (_) @func
  arguments: (argument_list (keyword_argument name: (identifier) @_k value: (none)))
  (#eq? @_k "timeout")
  (#resolves-to? @func
    "requests.get" "requests.post" "requests.put" "requests.patch" "requests.delete"
    "requests.head" "requests.options" "requests.request"
    "requests.api.get" "requests.api.post" "requests.api.put" "requests.api.patch"
    "requests.api.delete" "requests.api.head" "requests.api.options" "requests.api.request"
    "httpx.get" "httpx.post" "httpx.put" "httpx.patch" "httpx.delete" "httpx.head" "httpx.options"
    "httpx.request" "httpx.stream" "httpx.Client" "httpx.AsyncClient")) @finding
