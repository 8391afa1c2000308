;; ---
;; id = "py.random-for-secrets"
;; title = "random module used to make a token, password, key or nonce"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 338
;; message = "`{{name}}` comes from `{{func}}`, a predictable generator: use the secrets module"
;; report = "finding"
;; tags = ["crypto", "randomness"]
;; ---
;; ## Why it matters
;; `random` is a Mersenne Twister: after 624 outputs its whole future (and past) can be
;; computed, and seeds from time are guessable. Tokens, passwords, reset codes, keys, salts or
;; nonces made with it can be predicted by someone who sees a few others.
;;
;; ## How to fix
;; Use `secrets` (`token_urlsafe`, `token_hex`, `choice`, `randbelow`) or
;; `random.SystemRandom()`.
;;
;; ## Safe example
;; ```python
;; import secrets, string
;; token = secrets.token_urlsafe(32)
;; password = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(16))
;; ```

; token = random.choice(...)  /  self.reset_code = random.randint(...)
(assignment
  left: [(identifier) @name (attribute attribute: (identifier) @name)]
  right: (call function: (_) @func)
  (#match? @name "(?i)(token|passw(or)?d|passwd|secret|api_?key|private_?key|secret_?key|nonce|salt|otp|one_?time|reset_?code|verification_?code|session_?id|csrf|auth_?code)")
  (#resolves-to? @func "random.*")
  (#not-resolves-to? @func "random.SystemRandom*")) @finding

; password = "".join(random.choice(chars) for _ in range(12))
(assignment
  left: [(identifier) @name (attribute attribute: (identifier) @name)]
  right: (call
    function: (attribute object: (string) attribute: (identifier) @_join)
    arguments: [
      (generator_expression body: (call function: (_) @func))
      (argument_list [
        (list_comprehension body: (call function: (_) @func))
        (call function: (_) @func)
      ])
    ])
  (#eq? @_join "join")
  (#match? @name "(?i)(token|passw(or)?d|passwd|secret|api_?key|private_?key|secret_?key|nonce|salt|otp|one_?time|reset_?code|verification_?code|session_?id|csrf|auth_?code)")
  (#resolves-to? @func "random.*")
  (#not-resolves-to? @func "random.SystemRandom*")) @finding
