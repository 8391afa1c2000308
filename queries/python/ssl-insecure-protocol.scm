;; ---
;; id = "py.ssl-insecure-protocol"
;; title = "SSLv2, SSLv3, TLS 1.0 or TLS 1.1 selected"
;; severity = "error"
;; confidence = "high"
;; cwe = 327
;; message = "`{{proto}}` selects a broken protocol version (POODLE, BEAST, weak ciphers)"
;; report = "proto"
;; keywords = ["SSLv2", "SSLv3", "TLSv1", "SSLv23_METHOD", "TLSv1_METHOD"]
;; # a resolved name's module is in an import (`M as`, `M import`) or at the use (`M.`)
;; # and its last name is a word of the file
;; requires = [
;;   '''\b(?:ssl|OpenSSL)(?:\s*\.|[\s\\]+(?:as|import)\b)''',
;;   '''\b(?:PROTOCOL_(?:SSLv2|SSLv3|TLSv1|TLSv1_1)|(?:SSLv2|SSLv3|TLSv1|TLSv1_1)_METHOD|SSLv3|TLSv1|TLSv1_1)\b''',
;; ]
;; tags = ["tls", "crypto"]
;; ---
;; ## Why it matters
;; SSL 2 and 3 are broken (DROWN, POODLE); TLS 1.0 and 1.1 were deprecated by RFC 8996 and
;; lack modern cipher suites. Forcing one of them lets an attacker downgrade or decrypt.
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

(call
  arguments: (argument_list [(attribute) (identifier)] @proto)
  (#resolves-to? @proto "ssl.PROTOCOL_SSLv2" "ssl.PROTOCOL_SSLv3" "ssl.PROTOCOL_TLSv1" "ssl.PROTOCOL_TLSv1_1" "OpenSSL.SSL.SSLv2_METHOD" "OpenSSL.SSL.SSLv3_METHOD" "OpenSSL.SSL.TLSv1_METHOD" "OpenSSL.SSL.TLSv1_1_METHOD")) @finding

(keyword_argument
  value: [(attribute) (identifier)] @proto
  (#resolves-to? @proto "ssl.PROTOCOL_SSLv2" "ssl.PROTOCOL_SSLv3" "ssl.PROTOCOL_TLSv1" "ssl.PROTOCOL_TLSv1_1" "OpenSSL.SSL.SSLv2_METHOD" "OpenSSL.SSL.SSLv3_METHOD" "OpenSSL.SSL.TLSv1_METHOD" "OpenSSL.SSL.TLSv1_1_METHOD")) @finding

(assignment
  left: (attribute attribute: (identifier) @_attr)
  right: (_) @proto
  (#any-of? @_attr "minimum_version" "maximum_version")
  (#resolves-to? @proto "ssl.TLSVersion.SSLv3" "ssl.TLSVersion.TLSv1" "ssl.TLSVersion.TLSv1_1")) @finding
