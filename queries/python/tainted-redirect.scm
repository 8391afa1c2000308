;; ---
;; id = "py.tainted-redirect"
;; title = "Request data chooses where a redirect goes"
;; kind = "flow"
;; severity = "error"
;; confidence = "medium"
;; cwe = 601
;; message = "`{{sink}}` redirects to a target from request data: `{{tainted}}` comes from `{{source}}` on line {{source_line}}"
;; tags = ["open-redirect", "flow"]
;; ---
;; ## Why it matters
;; A value from an HTTP request is followed to a redirect (`flask.redirect`, Django's
;; `redirect`, `HttpResponseRedirect`, `HttpResponsePermanentRedirect`). A link to your
;; site then sends users to a page of the attacker's choosing, which looks trusted because
;; it started at your domain (phishing, token theft through `?next=`).
;;
;; The value is followed inside one function (or the module's own code). A target written
;; as a literal path (`"/profile/" + name`) or literal host and `/` is not reported; URLs
;; built with `url_for` or `reverse` are the site's own.
;;
;; ## How to fix
;; Redirect only to targets you built (`url_for`, `reverse`), or check the target with
;; Django's `url_has_allowed_host_and_scheme` and fall back to a fixed page.
;;
;; ## Safe example
;; ```python
;; target = request.args.get("next", "")
;; if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
;;     target = "/"
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


;; Sinks: a redirect's target, unless it starts with a literal path or host.
((call
   function: (_) @_redirect
   arguments: (argument_list . (_) @sink))
  (#resolves-to? @_redirect "flask.redirect" "quart.redirect" "werkzeug.utils.redirect"
    "django.shortcuts.redirect" "django.http.HttpResponseRedirect"
    "django.http.HttpResponsePermanentRedirect" "django.http.response.HttpResponseRedirect")
  (#not-match? @sink "^[fFrRbBuU]*[\"'](/[^/\\\\{\"']|[a-zA-Z+]+://[^{\"'/]+/)"))

;; Sanitizers: URLs of the site's own views.
((call function: (_) @_own) @sanitizer
  (#resolves-to? @_own "flask.url_for" "quart.url_for" "django.urls.reverse"
    "django.shortcuts.resolve_url"))
