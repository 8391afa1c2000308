;; ---
;; id = "py.tls-weak-ciphers"
;; title = "TLS cipher list that enables broken suites (RC4, DES/3DES, NULL, EXPORT, anonymous, MD5)"
;; severity = "error"
;; confidence = "high"
;; cwe = 327
;; message = "cipher string `{ciphers}` turns on broken TLS cipher suites"
;; report = "ciphers"
;; tags = ["tls", "crypto"]
;; references = ["https://docs.python.org/3/library/ssl.html#ssl.SSLContext.set_ciphers", "https://www.pyopenssl.org/en/stable/api/ssl.html#OpenSSL.SSL.Context.set_cipher_list", "https://docs.openssl.org/master/man1/openssl-ciphers/", "https://www.rfc-editor.org/rfc/rfc7465", "https://cwe.mitre.org/data/definitions/327.html"]
;; ---
;; ## Why it matters
;; An OpenSSL cipher string decides which suites the connection may use. Naming RC4 (RFC 7465
;; forbids it), DES or 3DES (Sweet32), IDEA, RC2, `EXPORT` / `EXP` (FREAK, Logjam), `NULL` /
;; `eNULL` (no encryption), `aNULL` / `ADH` / `AECDH` (no authentication: any man in the
;; middle), MD5-based suites, `LOW`, or lowering `@SECLEVEL=0` lets a peer or an attacker
;; who downgrades the handshake pick a suite that can be broken or read.
;;
;; Only suites the string *adds* count: `!RC4`, `-3DES` and `!aNULL` remove them and are
;; the right thing to write. Reported for `SSLContext.set_ciphers`, pyOpenSSL's
;; `set_cipher_list`, Twisted's `fromOpenSSLCipherString`, any `ciphers=` / `ssl_ciphers=`
;; keyword (`ssl.wrap_socket`, urllib3's `create_urllib3_context`, requests adapters), a
;; `"ciphers"` dictionary entry (Tornado's `ssl_options`), and assignments to
;; `DEFAULT_CIPHERS` (urllib3's module default).
;;
;; ## How to fix
;; Keep the library's default list (`ssl.create_default_context()` already excludes all of
;; these), or name only AEAD suites and exclude the rest explicitly.
;;
;; ## Safe example
;; ```python
;; ctx = ssl.create_default_context()
;; ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!eNULL:!MD5:!RC4:!3DES")
;; ```

; ctx.set_ciphers("RC4-SHA") / ctx.set_cipher_list(b"DES-CBC3-SHA")
(call
  function: (attribute attribute: (identifier) @_m)
  arguments: (argument_list . (string (string_content) @ciphers))
  (#any-of? @_m "set_ciphers" "set_cipher_list" "fromOpenSSLCipherString")
  (#match? @ciphers "(^|[:, ])\\+?([A-Za-z0-9_][A-Za-z0-9_+\\-]*)?(RC4|RC2|DES|NULL|EXP|MD5|ADH|AECDH|IDEA)|(^|[:, ])\\+?LOW([:, ]|$)|@SECLEVEL=0")) @finding

; ssl.wrap_socket(sock, ciphers="ALL:eNULL") / create_urllib3_context(ciphers=...)
(keyword_argument
  name: (identifier) @_k
  value: (string (string_content) @ciphers)
  (#any-of? @_k "ciphers" "ssl_ciphers" "cipher_list")
  (#match? @ciphers "(^|[:, ])\\+?([A-Za-z0-9_][A-Za-z0-9_+\\-]*)?(RC4|RC2|DES|NULL|EXP|MD5|ADH|AECDH|IDEA)|(^|[:, ])\\+?LOW([:, ]|$)|@SECLEVEL=0")) @finding

; ssl_options = {"ciphers": "RC4:HIGH"}
(pair
  key: (string (string_content) @_k)
  value: (string (string_content) @ciphers)
  (#any-of? @_k "ciphers" "ssl_ciphers")
  (#match? @ciphers "(^|[:, ])\\+?([A-Za-z0-9_][A-Za-z0-9_+\\-]*)?(RC4|RC2|DES|NULL|EXP|MD5|ADH|AECDH|IDEA)|(^|[:, ])\\+?LOW([:, ]|$)|@SECLEVEL=0")) @finding

; urllib3.util.ssl_.DEFAULT_CIPHERS = "...:RC4"  /  DEFAULT_CIPHERS += ":3DES"
([(assignment left: [(identifier) @_n (attribute attribute: (identifier) @_n)] right: (string (string_content) @ciphers))
  (augmented_assignment left: [(identifier) @_n (attribute attribute: (identifier) @_n)] right: (string (string_content) @ciphers))]
  (#any-of? @_n "DEFAULT_CIPHERS" "CIPHERS" "ciphers" "SSL_CIPHERS")
  (#match? @ciphers "(^|[:, ])\\+?([A-Za-z0-9_][A-Za-z0-9_+\\-]*)?(RC4|RC2|DES|NULL|EXP|MD5|ADH|AECDH|IDEA)|(^|[:, ])\\+?LOW([:, ]|$)|@SECLEVEL=0")) @finding
