;; ---
;; id = "py.hardcoded-secret"
;; title = "Hard-coded secret assigned to a password, token or key"
;; severity = "warning"
;; confidence = "medium"
;; category = "secret"
;; cwe = 798
;; message = "`{{name}}` is given a hard-coded secret"
;; report = "value"
;; tags = ["secret", "generic"]
;; references = ["https://cwe.mitre.org/data/definitions/798.html"]
;;
;; [secret]
;; capture = "value"
;; # Each pattern's name is in the value's statement: files without such a pair skip parsing.
;; named_in_statement = true
;; ---
;; ## Why it matters
;; A password, token or key written in the source is readable by everyone who can read the
;; repository, its forks, its history and every build artifact made from it, and it cannot be
;; rotated without a code change. The name it is given (`password`, `api_key`, `clientSecret`,
;; `DB_PASSWD`, a `"token"` dict key or keyword argument) says what it is; redflag reports it
;; only when the value also looks like a secret (long enough, mixed alphabet, enough entropy)
;; and not like a placeholder (`changeme`, `<your-key>`, `${VAR}`, `%s`), a path, a URL, an
;; identifier or a sentence. In test code the finding is lowered to `info`.
;;
;; ## How to fix
;; Revoke the secret if it ever left your machine, then read it at run time from the
;; environment or a secret store, and keep local values in an untracked `.env` file.
;;
;; ## Safe example
;; ```python
;; import os
;; password = os.environ["DB_PASSWORD"]
;; client = connect(host, password=os.environ["DB_PASSWORD"])
;; ```

; password = "..."  /  self.api_key = "..."  /  token: str = "..."  /  cfg["secret"] = "..."
(assignment
  left: [(identifier) (attribute attribute: (identifier)) (subscript subscript: (string))] @name
  right: (string) @value
  (#literal? @value)
  (#secret-name? @name)
  (#secret-value? @value))

; connect(password="...")
(keyword_argument
  name: (identifier) @name
  value: (string) @value
  (#literal? @value)
  (#secret-name? @name)
  (#secret-value? @value))

; {"api_key": "..."}
(pair
  key: (string) @name
  value: (string) @value
  (#literal? @name)
  (#literal? @value)
  (#secret-name? @name)
  (#secret-value? @value))

; def login(user, password="..."):
([(default_parameter name: (identifier) @name value: (string) @value)
  (typed_default_parameter name: (identifier) @name value: (string) @value)]
  (#literal? @value)
  (#secret-name? @name)
  (#secret-value? @value))

; if password == "...":
(comparison_operator
  [(identifier) (attribute attribute: (identifier))] @name
  (string) @value
  (#literal? @value)
  (#secret-name? @name)
  (#secret-value? @value))

; os.getenv("API_KEY", "...")  /  config.get("password", "...")
(call
  function: (attribute attribute: (identifier) @_get)
  arguments: (argument_list . (string) @name . (string) @value .)
  (#any-of? @_get "getenv" "get" "setdefault" "pop")
  (#literal? @value)
  (#secret-name? @name)
  (#secret-value? @value))

; smtp.login(user, "...")  /  HTTPBasicAuth("user", "...")  /  Credentials("id", "...")
(call
  function: [(identifier) (attribute attribute: (identifier))] @name
  arguments: (argument_list . (_) . (string) @value)
  (#match? @name "(?i)(^|[._])[a-z]*(login|authenticate|auth|credentials?)$")
  (#literal? @value)
  (#secret-value? @value))

; requests.get(url, auth=("user", "..."))
(keyword_argument
  name: (identifier) @name
  value: (tuple . (_) . (string) @value .)
  (#secret-name? @name)
  (#literal? @value)
  (#secret-value? @value))
