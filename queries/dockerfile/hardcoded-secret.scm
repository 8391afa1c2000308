;; ---
;; id = "dockerfile.hardcoded-secret"
;; title = "Hard-coded secret in a Dockerfile ENV or ARG"
;; severity = "warning"
;; confidence = "medium"
;; category = "secret"
;; cwe = 798
;; message = "hard-coded secret in `{{name}}`, stored in the image layers"
;; report = "value"
;; tags = ["secret", "generic", "config"]
;; references = ["https://cwe.mitre.org/data/definitions/798.html"]
;;
;; [secret]
;; capture = "value"
;; ---
;; ## Why it matters
;; A secret set with `ENV` or as an `ARG` default is stored in the image layers and its history (`docker history`), readable by anyone who can pull the image. Whoever can read the repository, its history or an image built from it can
;; use the credential, and it cannot be rotated without editing every copy. The key's name
;; (`password`, `api_key`, `clientSecret`, `DB_PASSWD`, `spring.datasource.password`, in any
;; naming style) says what the value is; redflag reports it only when the value also looks
;; like a secret (long enough, mixed alphabet, enough entropy) and not like a placeholder
;; (`changeme`, `<your-key>`, `${VAR}`, `{{ var }}`, `****`), a reference to a secret
;; store, a path, a URL without credentials, an identifier or a sentence. In test data the
;; finding is lowered to `info`.
;;
;; ## How to fix
;; Revoke the secret if it was ever committed or shared. Pass it at build time as a BuildKit secret (`RUN --mount=type=secret`), or at run time through the environment or an orchestrator secret.
;;
;; ## Safe example
;; ```dockerfile
;; # syntax=docker/dockerfile:1
;; RUN --mount=type=secret,id=npm_token \\
;;     NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci
;; ```

; ENV API_KEY=...  /  ARG NPM_TOKEN=...
(command
  name: (command_name) @name
  argument: (word) @value
  (#any-of? @name "ENV" "ARG" "env" "arg")
  (#secret-assignment? @value))

; ENV DB_PASSWORD="..."
(command
  name: (command_name) @_cmd
  argument: (concatenation . (word) @name . [(string) (raw_string)] @value .)
  (#any-of? @_cmd "ENV" "ARG" "env" "arg")
  (#match? @name "=$")
  (#not-match? @value "[$][{(A-Za-z_]")
  (#secret-name? @name)
  (#secret-value? @value))

; ENV SECRET_KEY value  (the legacy form without `=`)
(command
  name: (command_name) @_cmd
  .
  argument: (word) @name
  .
  argument: [(word) (string) (raw_string)] @value
  .
  (#any-of? @_cmd "ENV" "env")
  (#not-match? @name "=")
  (#secret-name? @name)
  (#secret-value? @value))
