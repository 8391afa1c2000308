;; ---
;; id = "json.hardcoded-secret"
;; title = "Hard-coded secret in a JSON key"
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
;; # Each pattern's name is in the value's statement: files without such a pair skip parsing.
;; named_in_statement = true
;; ---
;; ## Why it matters
;; A secret written as a JSON value travels with the file: app settings, service configs, package and tool configs. Whoever can read the repository, its history or an image built from it can
;; use the credential, and it cannot be rotated without editing every copy. The key's name
;; (`password`, `api_key`, `clientSecret`, `DB_PASSWD`, `spring.datasource.password`, in any
;; naming style) says what the value is; redflag reports it only when the value also looks
;; like a secret (long enough, mixed alphabet, enough entropy) and not like a placeholder
;; (`changeme`, `<your-key>`, `${VAR}`, `{{ var }}`, `****`), a reference to a secret
;; store, a path, a URL without credentials, an identifier or a sentence. In test data the
;; finding is lowered to `info`.
;;
;; ## How to fix
;; Revoke the secret if it was ever committed or shared. Keep the file free of secrets and read the value from the environment or a secret store at run time; commit a template with an empty value.
;;
;; ## Safe example
;; ```json
;; {"database": {"user": "app", "password": ""}, "api_key_env": "API_KEY"}
;; ```

; {"password": "...", "apiKey": "..."}
(pair
  key: (string) @name
  value: (string) @value
  (#secret-name? @name)
  (#secret-value? @value))
