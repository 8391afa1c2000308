;; ---
;; id = "sh.hardcoded-secret"
;; title = "Hard-coded secret assigned to a shell variable"
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
;; A secret assigned or exported in a shell script is readable by everyone with the script, and exported it is also visible to every child process. Whoever can read the repository, its history or an image built from it can
;; use the credential, and it cannot be rotated without editing every copy. The key's name
;; (`password`, `api_key`, `clientSecret`, `DB_PASSWD`, `spring.datasource.password`, in any
;; naming style) says what the value is; redflag reports it only when the value also looks
;; like a secret (long enough, mixed alphabet, enough entropy) and not like a placeholder
;; (`changeme`, `<your-key>`, `${VAR}`, `{{ var }}`, `****`), a reference to a secret
;; store, a path, a URL without credentials, an identifier or a sentence. In test data the
;; finding is lowered to `info`.
;;
;; ## How to fix
;; Revoke the secret if it was ever committed or shared. Read it from the environment the script is run with, a file outside the repository, or a secret manager CLI.
;;
;; ## Safe example
;; ```sh
;; : "${API_TOKEN:?set API_TOKEN}"
;; export DB_PASSWORD="$(pass show db/password)"
;; ```

; export API_TOKEN="..."  /  DB_PASSWORD=...
(variable_assignment
  name: (variable_name) @name
  value: [(word) (string) (raw_string)] @value
  (#not-match? @value "[$`][{(A-Za-z_]?")
  (#secret-name? @name)
  (#secret-value? @value))
