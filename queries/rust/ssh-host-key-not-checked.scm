;; ---
;; id = "rs.ssh-host-key-not-checked"
;; title = "SSH client accepts any server host key"
;; severity = "error"
;; confidence = "high"
;; cwe = 322
;; message = "`{{name}}` accepts every server key: the SSH connection can be intercepted"
;; report = "name"
;; tags = ["ssh", "tls"]
;; references = ["https://docs.rs/russh/latest/russh/client/trait.Handler.html#method.check_server_key"]
;; ---
;; ## Why it matters
;; The host key is the only thing that tells an SSH client it is talking to the real server.
;; A `check_server_key` that returns `Ok(true)` without looking at the key lets anyone on the
;; network path pose as the server, collect the password or key-based session, and relay or
;; change the commands.
;;
;; ## How to fix
;; Compare the key with a known_hosts entry (`russh::keys::check_known_hosts`) or with a
;; pinned fingerprint, and return `Ok(false)` when it differs.
;;
;; ## Safe example
;; ```rust
;; async fn check_server_key(&mut self, key: &PublicKey) -> Result<bool, Self::Error> {
;;     Ok(russh::keys::check_known_hosts(&self.host, self.port, key)?)
;; }
;; ```

(function_item
  name: (identifier) @name
  body: (block
    [(call_expression
       function: (identifier) @_ok
       arguments: (arguments . (boolean_literal) @_true .))
     (return_expression
       (call_expression
         function: (identifier) @_ok
         arguments: (arguments . (boolean_literal) @_true .)))
     (expression_statement
       (return_expression
         (call_expression
           function: (identifier) @_ok
           arguments: (arguments . (boolean_literal) @_true .))))]
    .) @_body
  (#eq? @name "check_server_key")
  (#eq? @_ok "Ok")
  (#eq? @_true "true")
  (#not-match? @_body "\\bif\\b|\\bmatch\\b|\\?|known_hosts|fingerprint|==")
  (#not-in-test? @name)) @finding
