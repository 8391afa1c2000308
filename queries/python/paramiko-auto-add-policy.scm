;; ---
;; id = "py.paramiko-auto-add-policy"
;; title = "SSH client trusts unknown host keys (AutoAddPolicy / WarningPolicy)"
;; severity = "error"
;; confidence = "high"
;; cwe = 322
;; message = "`{{policy}}` accepts any host key: the first connection can go to an impostor"
;; report = "finding"
;; tags = ["ssh"]
;;
;; [fix]
;; title = "Reject unknown host keys"
;; capture = "name"
;; replace = "RejectPolicy"
;; ---
;; ## Why it matters
;; The host key is how an SSH client knows it reached the right server. Accepting unknown keys
;; (and remembering them) means a man in the middle is trusted on first contact, and receives
;; the password or agent-forwarded credentials.
;;
;; ## How to fix
;; Load known hosts and keep the default `RejectPolicy`; distribute host keys out of band.
;;
;; ## Safe example
;; ```python
;; client = paramiko.SSHClient()
;; client.load_system_host_keys()
;; client.set_missing_host_key_policy(paramiko.RejectPolicy())
;; ```

(call
  function: (attribute attribute: (identifier) @_m)
  arguments: (argument_list . [
    (call function: [(attribute attribute: (identifier) @name) (identifier) @name] @policy)
    [(attribute attribute: (identifier) @name) (identifier) @name] @policy
  ])
  (#eq? @_m "set_missing_host_key_policy")
  (#resolves-to? @policy "paramiko.AutoAddPolicy" "paramiko.WarningPolicy" "paramiko.client.AutoAddPolicy" "paramiko.client.WarningPolicy")) @finding
