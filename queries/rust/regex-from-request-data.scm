;; ---
;; id = "rs.regex-from-request-data"
;; title = "Regular expression compiled from request data"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 1333
;; message = "`{{func}}` compiles a pattern taken from `{{pattern}}`: callers choose its cost and meaning"
;; report = "pattern"
;; tags = ["dos", "injection"]
;; references = ["https://docs.rs/regex/latest/regex/#untrusted-input"]
;; ---
;; ## Why it matters
;; A pattern from a request lets the caller decide what matches (`.*` matches everything,
;; which can defeat a filter or an access check) and how much work compiling and matching
;; costs. The `regex` crate runs in linear time but a large pattern can still take a lot of
;; memory and CPU to compile; `fancy-regex` and `pcre2` backtrack and can take exponential
;; time (ReDoS) on a crafted pattern.
;;
;; ## How to fix
;; Match the user's text literally: `regex::escape(&input)`, or plain `str::contains`. If users
;; really supply patterns, set `RegexBuilder::size_limit` / `dfa_size_limit`, use the `regex`
;; crate rather than a backtracking engine, and time-limit the match.
;;
;; ## Safe example
;; ```rust
;; let re = regex::Regex::new(&format!("^{}$", regex::escape(&query.name)))?;
;; ```

(call_expression
  function: [(identifier) (scoped_identifier) (generic_function)] @func
  arguments: (arguments . (_) @pattern .)
  (#resolves-to? @func "regex::Regex::new" "regex::bytes::Regex::new" "regex::RegexBuilder::new"
    "regex::bytes::RegexBuilder::new" "regex::RegexSet::new" "fancy_regex::Regex::new"
    "fancy_regex::RegexBuilder::new" "pcre2::bytes::Regex::new" "pcre2::bytes::RegexBuilder::new"
    "onig::Regex::new")
  (#not-literal? @pattern)
  (#not-match? @pattern "escape\\(")
  (#match? @pattern "(?i)\\b(req|request|query|query_string|params?|body|form|payload|headers?|user_input)\\b")
  (#not-in-test? @func)) @finding
