;; ---
;; id = "dotenv.hardcoded-secret"
;; title = "Hard-coded secret in a committed .env file"
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
;; A `.env` file is meant to stay on one machine; committed, its secrets are shared with everyone who can read the repository. Whoever can read the repository, its history or an image built from it can
;; use the credential, and it cannot be rotated without editing every copy. The key's name
;; (`password`, `api_key`, `clientSecret`, `DB_PASSWD`, `spring.datasource.password`, in any
;; naming style) says what the value is; redflag reports it only when the value also looks
;; like a secret (long enough, mixed alphabet, enough entropy) and not like a placeholder
;; (`changeme`, `<your-key>`, `${VAR}`, `{{ var }}`, `****`), a reference to a secret
;; store, a path, a URL without credentials, an identifier or a sentence. In test data the
;; finding is lowered to `info`.
;;
;; ## How to fix
;; Revoke the secret if it was ever committed or shared. Add the file to `.gitignore`, remove it from the repository, and commit a `.env.example` with empty or placeholder values.
;;
;; ## Safe example
;; ```sh
;; # .env.example (committed); the real .env is in .gitignore
;; DB_PASSWORD=
;; API_KEY=<your-api-key>
;; ```

; DB_PASSWORD=...  /  export API_KEY="..."
(variable_assignment
  name: (variable_name) @name
  value: [(word) (string) (raw_string)] @value
  (#not-match? @value "[$][{(A-Za-z_]")
  (#secret-name? @name)
  (#secret-value? @value))
