;; ---
;; id = "toml.hardcoded-secret"
;; title = "Hard-coded secret in a TOML key"
;; severity = "warning"
;; confidence = "medium"
;; category = "secret"
;; cwe = 798
;; message = "`{{name}}` is given a hard-coded secret"
;; report = "value"
;; tags = ["secret", "generic", "config"]
;; references = ["https://cwe.mitre.org/data/definitions/798.html"]
;;
;; [secret]
;; capture = "value"
;; ---
;; ## Why it matters
;; A secret written as a TOML value travels with the file: app settings, deployment and tool configs. Whoever can read the repository, its history or an image built from it can
;; use the credential, and it cannot be rotated without editing every copy. The key's name
;; (`password`, `api_key`, `clientSecret`, `DB_PASSWD`, `spring.datasource.password`, in any
;; naming style) says what the value is; redflag reports it only when the value also looks
;; like a secret (long enough, mixed alphabet, enough entropy) and not like a placeholder
;; (`changeme`, `<your-key>`, `${VAR}`, `{{ var }}`, `****`), a reference to a secret
;; store, a path, a URL without credentials, an identifier or a sentence. In test data the
;; finding is lowered to `info`.
;;
;; ## How to fix
;; Revoke the secret if it was ever committed or shared. Read it from the environment or a secret store at run time; commit the key with an empty value or leave it out.
;;
;; ## Safe example
;; ```toml
;; [database]
;; user = "app"
;; password_env = "DB_PASSWORD"
;; ```

; password = "..."  /  db.api-key = '...'  /  creds = { token = "..." }
(pair
  [(bare_key) (quoted_key) (dotted_key)] @name
  (string) @value
  (#secret-name? @name)
  (#secret-value? @value))
