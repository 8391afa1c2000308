;; ---
;; id = "py.snmp-v3-without-privacy"
;; title = "SNMPv3 user without encryption (noAuthNoPriv / authNoPriv) or with DES"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 319
;; message = "`{func}` sets up SNMPv3 without (strong) privacy: values, and with noAuth the whole session, travel unprotected"
;; tags = ["snmp", "cleartext", "crypto", "network", "bandit:B509"]
;; references = ["https://bandit.readthedocs.io/en/latest/plugins/b509_snmp_weak_cryptography.html", "https://pysnmp.readthedocs.io/en/latest/docs/api-reference.html#security-parameters", "https://cwe.mitre.org/data/definitions/319.html"]
;; ---
;; ## Why it matters
;; `UsmUserData(user)` is SNMPv3 noAuthNoPriv (no password, no encryption) and
;; `UsmUserData(user, authKey)` is authNoPriv: authenticated, but every value (configuration,
;; and with write access the values set) is readable on the network. `usmDESPrivProtocol`
;; and `usm3DESEDEPrivProtocol` encrypt with 56-bit DES / 64-bit-block 3DES, and
;; `usmNoPrivProtocol` / `usmNoAuthProtocol` switch protection off explicitly.
;;
;; ## How to fix
;; Give both an authentication and a privacy key, with SHA-2 authentication and AES privacy.
;;
;; ## Safe example
;; ```python
;; auth = UsmUserData("monitor", auth_key, priv_key,
;;                    authProtocol=usmHMAC192SHA256AuthProtocol, privProtocol=usmAesCfb256Protocol)
;; ```

; UsmUserData("user") / UsmUserData("user", auth_key): no privacy key
(call
  function: (_) @func
  arguments: (argument_list) @_args
  (#resolves-to? @func "pysnmp.hlapi.UsmUserData" "pysnmp.hlapi.asyncio.UsmUserData" "pysnmp.hlapi.asyncore.UsmUserData" "pysnmp.hlapi.twisted.UsmUserData" "pysnmp.hlapi.auth.UsmUserData" "pysnmp.hlapi.v1arch.UsmUserData" "pysnmp.hlapi.v1arch.asyncio.UsmUserData" "pysnmp.hlapi.v1arch.asyncore.UsmUserData" "pysnmp.hlapi.v3arch.UsmUserData" "pysnmp.hlapi.v3arch.asyncio.UsmUserData" "pysnmp.hlapi.v3arch.asyncore.UsmUserData" "pysnmp.hlapi.v3arch.auth.UsmUserData" "pysnmp.entity.rfc3413.oneliner.cmdgen.UsmUserData" "pysnmp.entity.rfc3413.oneliner.auth.UsmUserData" "UsmUserData")
  (#not-has-kwarg? @_args "privKey")
  ; a third positional argument is the privacy key
  (#not-match? @_args "^\\((\\s*(\\*\\*)?[^=,()]+(\\([^()]*\\))?\\s*,){2}\\s*[^=,\\s)][^=,]*(,|\\))")
  ; `*args` / `**kwargs` may hold the keys
  (#not-match? @_args "\\*")) @finding

; authProtocol=usmNoAuthProtocol / privProtocol=usmDESPrivProtocol
(call
  function: (_) @func
  arguments: (argument_list (keyword_argument name: (identifier) @_k value: (_) @_proto))
  (#resolves-to? @func "pysnmp.hlapi.UsmUserData" "pysnmp.hlapi.asyncio.UsmUserData" "pysnmp.hlapi.asyncore.UsmUserData" "pysnmp.hlapi.twisted.UsmUserData" "pysnmp.hlapi.auth.UsmUserData" "pysnmp.hlapi.v1arch.UsmUserData" "pysnmp.hlapi.v1arch.asyncio.UsmUserData" "pysnmp.hlapi.v1arch.asyncore.UsmUserData" "pysnmp.hlapi.v3arch.UsmUserData" "pysnmp.hlapi.v3arch.asyncio.UsmUserData" "pysnmp.hlapi.v3arch.asyncore.UsmUserData" "pysnmp.hlapi.v3arch.auth.UsmUserData" "pysnmp.entity.rfc3413.oneliner.cmdgen.UsmUserData" "pysnmp.entity.rfc3413.oneliner.auth.UsmUserData" "UsmUserData")
  (#any-of? @_k "authProtocol" "privProtocol")
  (#match? @_proto "(^|\\.)(usmDESPrivProtocol|usm3DESEDEPrivProtocol|usmNoPrivProtocol|usmNoAuthProtocol)$")) @finding
