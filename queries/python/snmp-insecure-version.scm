;; ---
;; id = "py.snmp-insecure-version"
;; title = "SNMP v1 / v2c: community string sent in clear text"
;; severity = "warning"
;; confidence = "high"
;; cwe = 319
;; message = "`{func}` talks SNMPv1/v2c: the community string (the password) and every value cross the network unencrypted"
;; tags = ["snmp", "cleartext", "network", "bandit:B508"]
;; references = ["https://bandit.readthedocs.io/en/latest/plugins/b508_snmp_insecure_version.html", "https://pysnmp.readthedocs.io/en/latest/docs/api-reference.html#security-parameters", "https://cwe.mitre.org/data/definitions/319.html"]
;; ---
;; ## Why it matters
;; pysnmp's `CommunityData` selects SNMPv1 (`mpModel=0`) or v2c (`mpModel=1`, the default).
;; Both authenticate with a community string sent in clear text in every packet: anyone on
;; the path reads it (often `public` / `private`) and can then read, or with a write
;; community change, the device's configuration. There is no integrity protection either.
;;
;; ## How to fix
;; Use SNMPv3 with authentication and privacy: `UsmUserData(user, authKey, privKey,
;; authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol)`.
;;
;; ## Safe example
;; ```python
;; from pysnmp.hlapi import UsmUserData, usmHMACSHAAuthProtocol, usmAesCfb128Protocol
;; auth = UsmUserData("monitor", auth_key, priv_key,
;;                    authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol)
;; ```

(call
  function: (_) @func
  (#resolves-to? @func "pysnmp.hlapi.CommunityData" "pysnmp.hlapi.asyncio.CommunityData" "pysnmp.hlapi.asyncore.CommunityData" "pysnmp.hlapi.twisted.CommunityData" "pysnmp.hlapi.auth.CommunityData" "pysnmp.hlapi.v1arch.CommunityData" "pysnmp.hlapi.v1arch.asyncio.CommunityData" "pysnmp.hlapi.v1arch.asyncore.CommunityData" "pysnmp.hlapi.v3arch.CommunityData" "pysnmp.hlapi.v3arch.asyncio.CommunityData" "pysnmp.hlapi.v3arch.asyncore.CommunityData" "pysnmp.hlapi.v3arch.auth.CommunityData" "pysnmp.entity.rfc3413.oneliner.cmdgen.CommunityData" "pysnmp.entity.rfc3413.oneliner.auth.CommunityData")) @finding

; `from pysnmp.hlapi import *` (the style of pysnmp's documentation) binds no name to resolve.
(call
  function: (identifier) @func
  (#eq? @func "CommunityData")) @finding
