;; ---
;; id = "rs.hardcoded-secret"
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
;; A password, token or key written in the source ships in every binary built from it
;; (`strings` finds it) and is readable by everyone with the repository or its history; it
;; cannot be rotated without a release. The name it is given (`let api_key`,
;; `const DB_PASSWORD`, a `password:` field, `.bearer_auth(..)`, an `("Authorization", ..)`
;; header) says what it is; redflag reports it only when the value also looks like a secret
;; (long enough, mixed alphabet, enough entropy) and not like a placeholder, a path, a URL, an
;; identifier or a sentence. In test code the finding is lowered to `info`.
;;
;; ## How to fix
;; Revoke the secret if it ever left your machine, then read it at run time from the
;; environment, a config file outside the repository or a secret store.
;;
;; ## Safe example
;; ```rust
;; let api_key = std::env::var("API_KEY")?;
;; let client = reqwest::Client::new().get(url).bearer_auth(&api_key);
;; ```

; let api_key = "...";  (also "...".to_string(), .into(), .to_owned(), String::from("..."))
(let_declaration
  pattern: (identifier) @name
  value: [
    [(string_literal) (raw_string_literal)] @value
    (call_expression
      function: (field_expression
        value: [(string_literal) (raw_string_literal)] @value
        field: (field_identifier) @_conv))
    (call_expression
      function: (scoped_identifier name: (identifier) @_conv)
      arguments: (arguments . [(string_literal) (raw_string_literal)] @value .))
  ]
  (#any-of? @_conv "to_string" "to_owned" "into" "from" "new")
  (#secret-name? @name)
  (#secret-value? @value))

; const API_TOKEN: &str = "...";  static SECRET: &str = "...";
([(const_item name: (identifier) @name value: [(string_literal) (raw_string_literal)] @value)
  (static_item name: (identifier) @name value: [(string_literal) (raw_string_literal)] @value)]
  (#secret-name? @name)
  (#secret-value? @value))

; Config { password: "...", token: "...".into() }
(field_initializer
  field: (field_identifier) @name
  value: [
    [(string_literal) (raw_string_literal)] @value
    (call_expression
      function: (field_expression
        value: [(string_literal) (raw_string_literal)] @value
        field: (field_identifier) @_conv))
    (call_expression
      function: (scoped_identifier name: (identifier) @_conv)
      arguments: (arguments . [(string_literal) (raw_string_literal)] @value .))
  ]
  (#any-of? @_conv "to_string" "to_owned" "into" "from" "new")
  (#secret-name? @name)
  (#secret-value? @value))

; self.password = "...";
(assignment_expression
  left: [(identifier) (field_expression field: (field_identifier))] @name
  right: [(string_literal) (raw_string_literal)] @value
  (#secret-name? @name)
  (#secret-value? @value))

; builder.password("...")  /  .bearer_auth("...")
(call_expression
  function: (field_expression field: (field_identifier) @name)
  arguments: (arguments . [(string_literal) (raw_string_literal)] @value .)
  (#secret-name? @name)
  (#secret-value? @value))

; .header("Authorization", "Bearer ...")  /  map.insert("api_key", "...")
(call_expression
  arguments: (arguments . (string_literal) @name . [(string_literal) (raw_string_literal)] @value .)
  (#secret-name? @name)
  (#secret-value? @value))

; [("Authorization", "Bearer ...")]
(tuple_expression
  . (string_literal) @name
  . [(string_literal) (raw_string_literal)] @value .
  (#secret-name? @name)
  (#secret-value? @value))

; if token == "..."
(binary_expression
  left: [(identifier) (field_expression field: (field_identifier))] @name
  operator: "=="
  right: [(string_literal) (raw_string_literal)] @value
  (#secret-name? @name)
  (#secret-value? @value))

; Credentials::new("id", "...")  /  BasicAuth::new("user", "...")
(call_expression
  function: (scoped_identifier path: (_) @name name: (identifier) @_new)
  arguments: (arguments . (_) . [(string_literal) (raw_string_literal)] @value)
  (#match? @name "(?i)(credentials?|auth|login)$")
  (#any-of? @_new "new" "from" "with_password")
  (#secret-value? @value))

; .basic_auth("user", Some("..."))
(call_expression
  function: (field_expression field: (field_identifier) @name)
  arguments: (arguments
    . (_)
    . (call_expression
        function: (identifier) @_some
        arguments: (arguments . [(string_literal) (raw_string_literal)] @value .)) .)
  (#eq? @_some "Some")
  (#secret-name? @name)
  (#secret-value? @value))
