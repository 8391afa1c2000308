;; ---
;; id = "ini.hardcoded-secret"
;; title = "Hard-coded secret in an INI or properties file"
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
;; A secret written in an INI, `.cfg` or `.conf` file travels with the file. Whoever can read the repository, its history or an image built from it can
;; use the credential, and it cannot be rotated without editing every copy. The key's name
;; (`password`, `api_key`, `clientSecret`, `DB_PASSWD`, `spring.datasource.password`, in any
;; naming style) says what the value is; redflag reports it only when the value also looks
;; like a secret (long enough, mixed alphabet, enough entropy) and not like a placeholder
;; (`changeme`, `<your-key>`, `${VAR}`, `{{ var }}`, `****`), a reference to a secret
;; store, a path, a URL without credentials, an identifier or a sentence. In test data the
;; finding is lowered to `info`.
;;
;; ## How to fix
;; Revoke the secret if it was ever committed or shared. Use a placeholder the application expands from the environment (`${DB_PASSWORD}`), or keep the real file out of the repository and commit a template.
;;
;; ## Safe example
;; ```properties
;; spring.datasource.username=app
;; spring.datasource.password=${DB_PASSWORD}
;; ```

; password = ...  /  spring.datasource.password=...
(setting
  (setting_name) @name
  (setting_value) @value
  (#secret-name? @name)
  (#secret-value? @value))
