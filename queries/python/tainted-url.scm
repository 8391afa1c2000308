;; ---
;; id = "py.tainted-url"
;; title = "Request data chooses where the server connects"
;; kind = "flow"
;; severity = "error"
;; confidence = "medium"
;; cwe = 918
;; message = "`{{sink}}` is a URL from request data: `{{tainted}}` comes from `{{source}}` on line {{source_line}}"
;; tags = ["ssrf", "flow"]
;; ---
;; ## Why it matters
;; A value from an HTTP request is followed to the URL of an outgoing request (`requests`,
;; `httpx`, `urllib.request.urlopen`). Whoever sends the request chooses where the server
;; connects: internal services, cloud metadata endpoints (`169.254.169.254`), `file://`
;; URLs. This is server-side request forgery.
;;
;; The value is followed inside one function (or the module's own code). A URL written as a
;; literal scheme and host followed by `/` (`f"https://api.example.com/items/{id}"`) is
;; not reported: the value only picks a path on a fixed host.
;;
;; ## How to fix
;; Pick the host from a fixed allow-list; put request values only in the path or query of
;; a fixed URL (`params=`).
;;
;; ## Safe example
;; ```python
;; requests.get("https://api.example.com/search", params={"q": request.args["q"]}, timeout=5)
;; ```

;; Sources: Flask / Quart request data.
((attribute
   object: (_) @_request
   attribute: (identifier) @_field) @source
  (#resolves-to? @_request "flask.request" "quart.request")
  (#any-of? @_field "args" "form" "values" "json" "cookies" "headers" "files" "data"))

((call
   function: (attribute
     object: (_) @_request
     attribute: (identifier) @_method)) @source
  (#resolves-to? @_request "flask.request" "quart.request")
  (#any-of? @_method "get_json" "get_data"))

;; Sources: a Django view's `request` (or `self.request` in a class-based view).
((attribute
   object: [(identifier) (attribute)] @_request
   attribute: (identifier) @_field) @source
  (#match? @_request "^(self\\.)?request$")
  (#any-of? @_field "GET" "POST" "COOKIES" "META" "FILES" "body"))


;; Sinks: the URL of an outgoing request, unless it starts with a literal host and `/`.
((call
   function: (_) @_fetch
   arguments: (argument_list . (_) @sink))
  (#resolves-to? @_fetch "requests.get" "requests.post" "requests.put" "requests.patch"
    "requests.delete" "requests.head" "requests.options" "httpx.get" "httpx.post" "httpx.put"
    "httpx.patch" "httpx.delete" "httpx.head" "httpx.stream" "urllib.request.urlopen"
    "urllib.request.Request" "urllib.urlopen" "urllib2.urlopen")
  (#not-match? @sink "^[fFrRbBuU]*[\"'][a-zA-Z+]+://[^{\"'/]+/"))

((call
   function: (_) @_fetch
   arguments: (argument_list . (_) (_) @sink))
  (#resolves-to? @_fetch "requests.request" "httpx.request")
  (#not-match? @sink "^[fFrRbBuU]*[\"'][a-zA-Z+]+://[^{\"'/]+/"))

((call
   function: (_) @_fetch
   arguments: (argument_list
     (keyword_argument name: (identifier) @_url value: (_) @sink)))
  (#resolves-to? @_fetch "requests.*" "httpx.*" "urllib.request.*")
  (#eq? @_url "url")
  (#not-match? @sink "^[fFrRbBuU]*[\"'][a-zA-Z+]+://[^{\"'/]+/"))
