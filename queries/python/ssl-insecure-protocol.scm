;; ---
;; id = "py.ssl-insecure-protocol"
;; title = "SSLv2, SSLv3, TLS 1.0 or TLS 1.1 selected"
;; severity = "error"
;; confidence = "high"
;; cwe = 327
;; message = "`{{proto}}` selects (or re-enables) a broken protocol version (POODLE, BEAST, weak ciphers)"
;; report = "proto"
;; tags = ["tls", "crypto", "bandit:B502", "bandit:B503"]
;; references = ["https://bandit.readthedocs.io/en/latest/plugins/b502_ssl_with_bad_version.html", "https://bandit.readthedocs.io/en/latest/plugins/b503_ssl_with_bad_defaults.html", "https://docs.python.org/3/library/ssl.html#ssl.SSLContext.minimum_version", "https://www.rfc-editor.org/rfc/rfc8996", "https://cwe.mitre.org/data/definitions/327.html"]
;; ---
;; ## Why it matters
;; SSL 2 and 3 are broken (DROWN, POODLE); TLS 1.0 and 1.1 were deprecated by RFC 8996 and
;; lack modern cipher suites. Forcing one of them lets an attacker downgrade or decrypt.
;;
;; Reported wherever an old version is chosen: as an argument or keyword of any call
;; (`ssl.SSLContext`, `wrap_socket`, pyOpenSSL's `SSL.Context` and `set_min_proto_version`,
;; urllib3/requests adapters' `ssl_version=`, also as a string), as a default parameter value
;; (`def connect(version=ssl.PROTOCOL_TLSv1)`), as a dictionary value (Celery's
;; `broker_use_ssl`), in `minimum_version` / `maximum_version`, or by clearing an
;; `OP_NO_SSLv3`-style option.
;;
;; ## How to fix
;; Use `ssl.create_default_context()` (or `PROTOCOL_TLS_CLIENT` / `PROTOCOL_TLS_SERVER`) and set
;; `minimum_version = ssl.TLSVersion.TLSv1_2`.
;;
;; ## Safe example
;; ```python
;; ctx = ssl.create_default_context()
;; ctx.minimum_version = ssl.TLSVersion.TLSv1_2
;; ```

; ssl.SSLContext(ssl.PROTOCOL_TLSv1) / SSL.Context(SSL.SSLv3_METHOD) / ctx.set_min_proto_version(SSL.TLS1_VERSION)
(call
  function: (_) @_f
  arguments: (argument_list [(attribute) (identifier)] @proto)
  ; probes and comparisons (`has_tls_protocol(v)`, `assertEqual(ctx.protocol, v)`, `versions.append(v)`) choose nothing
  (#not-match? @_f "(^|\\.)(assert[A-Za-z_]*|has_[A-Za-z_]*|hasattr|getattr|isinstance|append|add|extend|index|count|remove|discard|get)$")
  (#resolves-to? @proto "ssl.PROTOCOL_SSLv2" "ssl.PROTOCOL_SSLv3" "ssl.PROTOCOL_TLSv1" "ssl.PROTOCOL_TLSv1_1" "OpenSSL.SSL.SSLv2_METHOD" "OpenSSL.SSL.SSLv3_METHOD" "OpenSSL.SSL.TLSv1_METHOD" "OpenSSL.SSL.TLSv1_1_METHOD" "OpenSSL.SSL.SSL3_VERSION" "OpenSSL.SSL.TLS1_VERSION" "OpenSSL.SSL.TLS1_1_VERSION" "ssl.TLSVersion.SSLv3" "ssl.TLSVersion.TLSv1" "ssl.TLSVersion.TLSv1_1")) @finding

; wrap_socket(sock, ssl_version=ssl.PROTOCOL_SSLv3), PoolManager(ssl_minimum_version=ssl.TLSVersion.TLSv1)
(keyword_argument
  value: [(attribute) (identifier)] @proto
  (#resolves-to? @proto "ssl.PROTOCOL_SSLv2" "ssl.PROTOCOL_SSLv3" "ssl.PROTOCOL_TLSv1" "ssl.PROTOCOL_TLSv1_1" "OpenSSL.SSL.SSLv2_METHOD" "OpenSSL.SSL.SSLv3_METHOD" "OpenSSL.SSL.TLSv1_METHOD" "OpenSSL.SSL.TLSv1_1_METHOD" "OpenSSL.SSL.SSL3_VERSION" "OpenSSL.SSL.TLS1_VERSION" "OpenSSL.SSL.TLS1_1_VERSION" "ssl.TLSVersion.SSLv3" "ssl.TLSVersion.TLSv1" "ssl.TLSVersion.TLSv1_1")) @finding

; urllib3 also takes the version by name: PoolManager(ssl_version="TLSv1")
(keyword_argument
  name: (identifier) @_k
  value: (string (string_content) @proto)
  (#eq? @_k "ssl_version")
  (#match? @proto "^(PROTOCOL_)?(SSLv2|SSLv3|TLSv1|TLSv1_1)$")) @finding

; def connect(host, version=ssl.PROTOCOL_SSLv2): a bad default (bandit B503)
([(default_parameter value: [(attribute) (identifier)] @proto)
  (typed_default_parameter value: [(attribute) (identifier)] @proto)]
  (#resolves-to? @proto "ssl.PROTOCOL_SSLv2" "ssl.PROTOCOL_SSLv3" "ssl.PROTOCOL_TLSv1" "ssl.PROTOCOL_TLSv1_1" "OpenSSL.SSL.SSLv2_METHOD" "OpenSSL.SSL.SSLv3_METHOD" "OpenSSL.SSL.TLSv1_METHOD" "OpenSSL.SSL.TLSv1_1_METHOD" "OpenSSL.SSL.SSL3_VERSION" "OpenSSL.SSL.TLS1_VERSION" "OpenSSL.SSL.TLS1_1_VERSION" "ssl.TLSVersion.SSLv3" "ssl.TLSVersion.TLSv1" "ssl.TLSVersion.TLSv1_1")) @finding

; {"ssl_version": ssl.PROTOCOL_TLSv1} (Celery broker_use_ssl, Tornado ssl_options, ...)
; (a string key: `{ssl.PROTOCOL_TLSv1: SSL.TLSv1_METHOD}` is a translation table, not a choice)
(pair
  key: (string)
  value: [(attribute) (identifier)] @proto
  (#resolves-to? @proto "ssl.PROTOCOL_SSLv2" "ssl.PROTOCOL_SSLv3" "ssl.PROTOCOL_TLSv1" "ssl.PROTOCOL_TLSv1_1" "OpenSSL.SSL.SSLv2_METHOD" "OpenSSL.SSL.SSLv3_METHOD" "OpenSSL.SSL.TLSv1_METHOD" "OpenSSL.SSL.TLSv1_1_METHOD" "OpenSSL.SSL.SSL3_VERSION" "OpenSSL.SSL.TLS1_VERSION" "OpenSSL.SSL.TLS1_1_VERSION" "ssl.TLSVersion.SSLv3" "ssl.TLSVersion.TLSv1" "ssl.TLSVersion.TLSv1_1")) @finding

; ctx.minimum_version = ssl.TLSVersion.TLSv1
(assignment
  left: (attribute attribute: (identifier) @_attr)
  right: (_) @proto
  (#any-of? @_attr "minimum_version" "maximum_version")
  (#resolves-to? @proto "ssl.TLSVersion.SSLv3" "ssl.TLSVersion.TLSv1" "ssl.TLSVersion.TLSv1_1")) @finding

; ctx.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED: whatever the OpenSSL build still allows
(assignment
  left: (attribute attribute: (identifier) @_attr)
  right: (_) @proto
  (#eq? @_attr "minimum_version")
  (#resolves-to? @proto "ssl.TLSVersion.MINIMUM_SUPPORTED")) @finding

; ctx.options &= ~ssl.OP_NO_SSLv3: turns an old version back on
(augmented_assignment
  left: (attribute attribute: (identifier) @_attr)
  right: (unary_operator argument: (_) @proto)
  (#eq? @_attr "options")
  (#resolves-to? @proto "ssl.OP_NO_SSLv2" "ssl.OP_NO_SSLv3" "ssl.OP_NO_TLSv1" "ssl.OP_NO_TLSv1_1")) @finding

; pyOpenSSL: ctx.clear_options(SSL.OP_NO_TLSv1)
(call
  function: (attribute attribute: (identifier) @_m)
  arguments: (argument_list . (_) @proto .)
  (#eq? @_m "clear_options")
  (#resolves-to? @proto "OpenSSL.SSL.OP_NO_SSLv2" "OpenSSL.SSL.OP_NO_SSLv3" "OpenSSL.SSL.OP_NO_TLSv1" "OpenSSL.SSL.OP_NO_TLSv1_1")) @finding
