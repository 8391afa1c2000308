;; ---
;; id = "yaml.hardcoded-secret"
;; title = "Hard-coded secret in a YAML key"
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
;; A secret written as a YAML value travels with the file: CI configs, Kubernetes and Compose files, Helm values. Whoever can read the repository, its history or an image built from it can
;; use the credential, and it cannot be rotated without editing every copy. The key's name
;; (`password`, `api_key`, `clientSecret`, `DB_PASSWD`, `spring.datasource.password`, in any
;; naming style) says what the value is; redflag reports it only when the value also looks
;; like a secret (long enough, mixed alphabet, enough entropy) and not like a placeholder
;; (`changeme`, `<your-key>`, `${VAR}`, `{{ var }}`, `****`), a reference to a secret
;; store, a path, a URL without credentials, an identifier or a sentence. In test data the
;; finding is lowered to `info`.
;;
;; ## How to fix
;; Revoke the secret if it was ever committed or shared. Reference it instead: a CI secret (`${{ secrets.API_KEY }}`), an environment variable the tool expands, or a Kubernetes `secretKeyRef`.
;;
;; ## Safe example
;; ```yaml
;; database:
;;   password: ${DB_PASSWORD}
;; env:
;;   - name: API_KEY
;;     valueFrom:
;;       secretKeyRef: {name: api, key: key}
;; ```

; password: s3cr3t  /  "api-key": '...'  /  {token: ...}
([(block_mapping_pair
    key: (flow_node) @name
    value: (flow_node [(plain_scalar) (double_quote_scalar) (single_quote_scalar)]) @value)
  (flow_pair
    key: (flow_node) @name
    value: (flow_node [(plain_scalar) (double_quote_scalar) (single_quote_scalar)]) @value)]
  (#secret-name? @name)
  (#secret-value? @value))

; environment:
;   - POSTGRES_PASSWORD=...   (Compose and Kubernetes-style KEY=value list items)
(block_sequence_item
  (flow_node [(plain_scalar) (double_quote_scalar) (single_quote_scalar)] @value)
  (#secret-assignment? @value)) @name
