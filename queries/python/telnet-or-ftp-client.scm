;; ---
;; id = "py.telnet-or-ftp-client"
;; title = "Telnet or plain FTP connection"
;; severity = "warning"
;; confidence = "high"
;; cwe = 319
;; message = "`{{func}}` sends credentials and data in clear text"
;; tags = ["cleartext", "network"]
;;
;; [fix]
;; title = "Use FTP over TLS"
;; capture = "name"
;; replace = "FTP_TLS"
;; ---
;; ## Why it matters
;; Telnet and FTP carry the login and every byte in clear text: anyone on the path (shared
;; Wi-Fi, a compromised router) reads the password and can alter the transfer. `telnetlib`
;; was removed from Python 3.13 for this and other reasons.
;;
;; ## How to fix
;; Use SSH (`paramiko`, `asyncssh`) instead of Telnet, and SFTP or `ftplib.FTP_TLS` (then call
;; `prot_p()`) instead of FTP. The quick fix (for `ftplib.FTP` written in full) switches to
;; `ftplib.FTP_TLS`.
;;
;; ## Safe example
;; ```python
;; from ftplib import FTP_TLS
;; ftp = FTP_TLS(host)
;; ftp.login(user, password)
;; ftp.prot_p()
;; ```

(call
  function: [(identifier) (attribute attribute: (identifier) @name)] @func
  (#resolves-to? @func "ftplib.FTP")) @finding

(call
  function: (_) @func
  (#resolves-to? @func "telnetlib.Telnet" "telnetlib3.open_connection")) @finding
