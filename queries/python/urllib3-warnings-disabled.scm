;; ---
;; id = "py.urllib3-warnings-disabled"
;; title = "urllib3 insecure-request warnings silenced"
;; severity = "info"
;; confidence = "medium"
;; cwe = 295
;; message = "`{{func}}` hides the warning urllib3 prints for unverified HTTPS requests"
;; tags = ["tls"]
;; ---
;; ## Why it matters
;; Silencing `InsecureRequestWarning` almost always accompanies `verify=False` somewhere: the
;; program makes HTTPS requests without checking certificates, and nobody is told.
;;
;; ## How to fix
;; Fix the certificate problem (point `verify=` at the right CA bundle) and remove the call.
;;
;; ## Safe example
;; ```python
;; requests.get(url, verify="/etc/ssl/certs/internal-ca.pem", timeout=10)
;; ```

(call
  function: (_) @func
  (#resolves-to? @func "urllib3.disable_warnings" "requests.packages.urllib3.disable_warnings")) @finding
