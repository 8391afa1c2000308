;; ---
;; id = "py.cgi-handler-httpoxy"
;; title = "Application served as CGI (httpoxy: the Proxy header becomes HTTP_PROXY)"
;; severity = "info"
;; confidence = "low"
;; cwe = 807
;; message = "`{{func}}` runs the application under CGI, where a client's `Proxy:` header arrives as the `HTTP_PROXY` variable"
;; tags = ["web", "cgi", "bandit:B412"]
;; references = ["https://bandit.readthedocs.io/en/latest/blacklists/blacklist_imports.html#b412-import-httpoxy", "https://httpoxy.org/", "https://docs.python.org/3/library/wsgiref.html#wsgiref.handlers.CGIHandler", "https://cwe.mitre.org/data/definitions/807.html"]
;; ---
;; ## Why it matters
;; CGI passes request headers as environment variables named `HTTP_<header>`, so a request
;; carrying `Proxy: attacker.example:8080` sets `HTTP_PROXY`, the variable HTTP clients read
;; to pick an outgoing proxy. Every request the application then makes (to a payment API, to
;; an internal service) can go through the attacker, credentials included (CVE-2016-5386 and
;; siblings). Current Python `urllib`/`requests` ignore `HTTP_PROXY` when `REQUEST_METHOD` is
;; set, other clients may not, hence `info`.
;;
;; ## How to fix
;; Serve WSGI applications with a WSGI server (gunicorn, uWSGI, mod_wsgi) instead of CGI, or
;; delete `HTTP_PROXY` from `os.environ` before handling the request, and configure proxies
;; explicitly.
;;
;; ## Safe example
;; ```python
;; os.environ.pop("HTTP_PROXY", None)
;; wsgiref.handlers.CGIHandler().run(app)
;; ```

(call
  function: (_) @func
  (#resolves-to? @func
    "wsgiref.handlers.CGIHandler" "wsgiref.handlers.IISCGIHandler"
    "twisted.web.twcgi.CGIScript" "twisted.web.twcgi.CGIDirectory" "twisted.web.twcgi.FilteredScript")) @finding
