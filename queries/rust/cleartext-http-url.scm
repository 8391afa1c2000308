;; ---
;; # Rule format: queries/README.md
;; id = "rs.cleartext-http-url"
;; title = "HTTP request to a remote host over plain http://"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 319
;; message = "`{{url}}` is requested over plain HTTP: anyone on the network path can read and change the request and the response"
;; report = "url"
;; tags = ["network", "tls"]
;; references = ["https://docs.rs/reqwest/latest/reqwest/struct.ClientBuilder.html#method.https_only", "https://docs.rs/ureq/latest/ureq/", "https://cwe.mitre.org/data/definitions/319.html"]
;; ---
;; ## Why it matters
;; Without TLS, the request and the answer cross every network between the program and the
;; server in the clear: headers (cookies, `Authorization`, API keys), bodies and the data that
;; comes back can be read and changed by anyone on the path (public Wi-Fi, a compromised
;; router, an ISP). A changed answer can be a malicious download or forged data. Requests to
;; `localhost`, `127.0.0.1`, `[::1]`, `0.0.0.0` and `*.local` / reserved test domains are not
;; reported.
;;
;; ## How to fix
;; Use `https://`. With reqwest, `ClientBuilder::https_only(true)` makes the client refuse
;; plain-HTTP URLs (redirects included). For WebSockets use `wss://`.
;;
;; ## Safe example
;; ```rust
;; let client = reqwest::Client::builder().https_only(true).build()?;
;; let body = client.get("https://api.example.com/v1/items").send().await?.text().await?;
;; ```

; reqwest::get("http://..."), ureq::post(..), surf::get(..), isahc::get(..), Request::get(..), connect_async("ws://..")
(call_expression
  function: [(identifier) (scoped_identifier) (generic_function)] @_func
  arguments: (arguments . [(string_literal) @url
     (raw_string_literal) @url
     (reference_expression value: [(string_literal) (raw_string_literal)] @url)
     (call_expression
       function: (field_expression value: [(string_literal) (raw_string_literal)] @url field: (field_identifier) @_conv))
     (try_expression
       (call_expression
         function: (field_expression value: [(string_literal) (raw_string_literal)] @url field: (field_identifier) @_conv)))
     (call_expression
       function: (field_expression
         value: (call_expression
           function: (field_expression value: [(string_literal) (raw_string_literal)] @url field: (field_identifier) @_conv))
         field: (field_identifier) @_unwrap))
     (macro_invocation macro: (identifier) @_fmt (token_tree . [(string_literal) (raw_string_literal)] @url))
     (reference_expression
       value: (macro_invocation macro: (identifier) @_fmt (token_tree . [(string_literal) (raw_string_literal)] @url)))
     (call_expression
       function: (scoped_identifier) @_ctor
       arguments: (arguments . [(string_literal) (raw_string_literal)] @url .))
     (try_expression
       (call_expression
         function: (scoped_identifier) @_ctor
         arguments: (arguments . [(string_literal) (raw_string_literal)] @url .)))
     (call_expression
       function: (field_expression
         value: (call_expression
           function: (scoped_identifier) @_ctor
           arguments: (arguments . [(string_literal) (raw_string_literal)] @url .))
         field: (field_identifier) @_unwrap))])
  (#resolves-to? @_func "reqwest::get" "reqwest::blocking::get" "ureq::get" "ureq::post" "ureq::put"
    "ureq::delete" "ureq::patch" "ureq::head" "surf::get" "surf::post" "surf::put" "surf::delete"
    "surf::patch" "surf::head" "isahc::get" "isahc::post" "isahc::put" "isahc::delete" "isahc::head"
    "isahc::get_async" "isahc::post_async" "isahc::put_async" "isahc::delete_async" "isahc::head_async"
    "isahc::Request::get" "isahc::Request::post" "attohttpc::get" "attohttpc::post" "attohttpc::put"
    "attohttpc::delete" "attohttpc::patch" "attohttpc::head" "minreq::get" "minreq::post" "minreq::put"
    "minreq::delete" "minreq::patch" "minreq::head" "http::Request::get" "http::Request::post"
    "http::Request::put" "http::Request::delete" "http::Request::patch" "hyper::Request::get"
    "hyper::Request::post" "hyper::Request::put" "hyper::Request::delete" "hyper::Request::patch"
    "tungstenite::connect" "tungstenite::client::connect" "tokio_tungstenite::connect_async"
    "async_tungstenite::tokio::connect_async" "async_tungstenite::async_std::connect_async"
    "http_req::request::get" "http_req::request::post" "ehttp::Request::get" "ehttp::Request::post"
    "gloo_net::http::Request::get" "gloo_net::http::Request::post")
  (#any-of? @_conv "to_string" "to_owned" "into" "parse" "as_str")
  (#any-of? @_unwrap "unwrap" "expect")
  (#eq? @_fmt "format")
  (#match? @_ctor "(^|::)(Uri::from_static|Url::parse|Uri::try_from|Uri::from_str|Url::from_str|String::from)$")
  (#match? @url "^r?#*\"(?:http|ws)://[^\"\\s/]")
  (#not-match? @url "^r?#*\"(?:http|ws)://(?:[^/@\"]*@)?(?:localhost|127(?:\\.[0-9]+){3}|0\\.0\\.0\\.0|\\[(?:0*:)*:?0*1?\\]|[^/:\"\\[]*\\.(?:local|localhost|test|example|invalid|internal|home\\.arpa|lan|localdomain)|(?:[^/:\"\\[]*\\.)?example\\.(?:com|org|net)|(?:www\\.)?(?:w3\\.org|json-schema\\.org|schemas\\.xmlsoap\\.org|purl\\.org|xmlns\\.com|schemas\\.microsoft\\.com|schemas\\.openxmlformats\\.org|ns\\.adobe\\.com|www\\.opengis\\.net|docs\\.oasis-open\\.org|relaxng\\.org|apache\\.org/xml)|[{$<%][^/\"]*)(?:[:/?#\"]|$)")
  (#not-in-test? @_func)) @finding

; ureq::request("GET", "http://..."), client.request(Method::GET, "http://...")
(call_expression
  function: [(identifier) (scoped_identifier) (field_expression field: (field_identifier) @_method)] @_func
  arguments: (arguments . (_) . [(string_literal) @url
     (raw_string_literal) @url
     (reference_expression value: [(string_literal) (raw_string_literal)] @url)
     (call_expression
       function: (field_expression value: [(string_literal) (raw_string_literal)] @url field: (field_identifier) @_conv))
     (try_expression
       (call_expression
         function: (field_expression value: [(string_literal) (raw_string_literal)] @url field: (field_identifier) @_conv)))
     (call_expression
       function: (field_expression
         value: (call_expression
           function: (field_expression value: [(string_literal) (raw_string_literal)] @url field: (field_identifier) @_conv))
         field: (field_identifier) @_unwrap))
     (macro_invocation macro: (identifier) @_fmt (token_tree . [(string_literal) (raw_string_literal)] @url))
     (reference_expression
       value: (macro_invocation macro: (identifier) @_fmt (token_tree . [(string_literal) (raw_string_literal)] @url)))
     (call_expression
       function: (scoped_identifier) @_ctor
       arguments: (arguments . [(string_literal) (raw_string_literal)] @url .))
     (try_expression
       (call_expression
         function: (scoped_identifier) @_ctor
         arguments: (arguments . [(string_literal) (raw_string_literal)] @url .)))
     (call_expression
       function: (field_expression
         value: (call_expression
           function: (scoped_identifier) @_ctor
           arguments: (arguments . [(string_literal) (raw_string_literal)] @url .))
         field: (field_identifier) @_unwrap))] .)
  (#match? @_func "(^|::|\\.)(request|request_url)$")
  (#imports? "reqwest" "ureq" "awc" "surf" "isahc" "attohttpc" "minreq" "actix_web")
  (#any-of? @_conv "to_string" "to_owned" "into" "parse" "as_str")
  (#any-of? @_unwrap "unwrap" "expect")
  (#eq? @_fmt "format")
  (#match? @_ctor "(^|::)(Uri::from_static|Url::parse|Uri::try_from|Uri::from_str|Url::from_str|String::from)$")
  (#match? @url "^r?#*\"(?:http|ws)://[^\"\\s/]")
  (#not-match? @url "^r?#*\"(?:http|ws)://(?:[^/@\"]*@)?(?:localhost|127(?:\\.[0-9]+){3}|0\\.0\\.0\\.0|\\[(?:0*:)*:?0*1?\\]|[^/:\"\\[]*\\.(?:local|localhost|test|example|invalid|internal|home\\.arpa|lan|localdomain)|(?:[^/:\"\\[]*\\.)?example\\.(?:com|org|net)|(?:www\\.)?(?:w3\\.org|json-schema\\.org|schemas\\.xmlsoap\\.org|purl\\.org|xmlns\\.com|schemas\\.microsoft\\.com|schemas\\.openxmlformats\\.org|ns\\.adobe\\.com|www\\.opengis\\.net|docs\\.oasis-open\\.org|relaxng\\.org|apache\\.org/xml)|[{$<%][^/\"]*)(?:[:/?#\"]|$)")
  (#not-in-test? @_func)) @finding

; client.get("http://..."), Client::new().post(..), Request::builder().uri("http://.."), easy.url("http://..")
(call_expression
  function: (field_expression field: (field_identifier) @_method)
  arguments: (arguments . [(string_literal) @url
     (raw_string_literal) @url
     (reference_expression value: [(string_literal) (raw_string_literal)] @url)
     (call_expression
       function: (field_expression value: [(string_literal) (raw_string_literal)] @url field: (field_identifier) @_conv))
     (try_expression
       (call_expression
         function: (field_expression value: [(string_literal) (raw_string_literal)] @url field: (field_identifier) @_conv)))
     (call_expression
       function: (field_expression
         value: (call_expression
           function: (field_expression value: [(string_literal) (raw_string_literal)] @url field: (field_identifier) @_conv))
         field: (field_identifier) @_unwrap))
     (macro_invocation macro: (identifier) @_fmt (token_tree . [(string_literal) (raw_string_literal)] @url))
     (reference_expression
       value: (macro_invocation macro: (identifier) @_fmt (token_tree . [(string_literal) (raw_string_literal)] @url)))
     (call_expression
       function: (scoped_identifier) @_ctor
       arguments: (arguments . [(string_literal) (raw_string_literal)] @url .))
     (try_expression
       (call_expression
         function: (scoped_identifier) @_ctor
         arguments: (arguments . [(string_literal) (raw_string_literal)] @url .)))
     (call_expression
       function: (field_expression
         value: (call_expression
           function: (scoped_identifier) @_ctor
           arguments: (arguments . [(string_literal) (raw_string_literal)] @url .))
         field: (field_identifier) @_unwrap))] .)
  (#any-of? @_method "get" "post" "put" "delete" "patch" "head" "uri" "url" "get_async" "post_async"
    "put_async" "delete_async" "head_async")
  (#imports? "reqwest" "ureq" "hyper" "hyper_util" "http" "surf" "isahc" "awc" "attohttpc" "minreq"
    "curl" "actix_web" "ehttp" "gloo_net" "http_req")
  (#any-of? @_conv "to_string" "to_owned" "into" "parse" "as_str")
  (#any-of? @_unwrap "unwrap" "expect")
  (#eq? @_fmt "format")
  (#match? @_ctor "(^|::)(Uri::from_static|Url::parse|Uri::try_from|Uri::from_str|Url::from_str|String::from)$")
  (#match? @url "^r?#*\"(?:http|ws)://[^\"\\s/]")
  (#not-match? @url "^r?#*\"(?:http|ws)://(?:[^/@\"]*@)?(?:localhost|127(?:\\.[0-9]+){3}|0\\.0\\.0\\.0|\\[(?:0*:)*:?0*1?\\]|[^/:\"\\[]*\\.(?:local|localhost|test|example|invalid|internal|home\\.arpa|lan|localdomain)|(?:[^/:\"\\[]*\\.)?example\\.(?:com|org|net)|(?:www\\.)?(?:w3\\.org|json-schema\\.org|schemas\\.xmlsoap\\.org|purl\\.org|xmlns\\.com|schemas\\.microsoft\\.com|schemas\\.openxmlformats\\.org|ns\\.adobe\\.com|www\\.opengis\\.net|docs\\.oasis-open\\.org|relaxng\\.org|apache\\.org/xml)|[{$<%][^/\"]*)(?:[:/?#\"]|$)")
  (#not-in-test? @_method)) @finding

; let url = "http://api..."; in a function that makes an HTTP request
(function_item
  body: (block
    (let_declaration
      pattern: (identifier) @_name
      value: [(string_literal) @url
     (raw_string_literal) @url
     (reference_expression value: [(string_literal) (raw_string_literal)] @url)
     (call_expression
       function: (field_expression value: [(string_literal) (raw_string_literal)] @url field: (field_identifier) @_conv))
     (try_expression
       (call_expression
         function: (field_expression value: [(string_literal) (raw_string_literal)] @url field: (field_identifier) @_conv)))
     (call_expression
       function: (field_expression
         value: (call_expression
           function: (field_expression value: [(string_literal) (raw_string_literal)] @url field: (field_identifier) @_conv))
         field: (field_identifier) @_unwrap))
     (macro_invocation macro: (identifier) @_fmt (token_tree . [(string_literal) (raw_string_literal)] @url))
     (reference_expression
       value: (macro_invocation macro: (identifier) @_fmt (token_tree . [(string_literal) (raw_string_literal)] @url)))
     (call_expression
       function: (scoped_identifier) @_ctor
       arguments: (arguments . [(string_literal) (raw_string_literal)] @url .))
     (try_expression
       (call_expression
         function: (scoped_identifier) @_ctor
         arguments: (arguments . [(string_literal) (raw_string_literal)] @url .)))
     (call_expression
       function: (field_expression
         value: (call_expression
           function: (scoped_identifier) @_ctor
           arguments: (arguments . [(string_literal) (raw_string_literal)] @url .))
         field: (field_identifier) @_unwrap))])) @_body
  (#match? @_name "(?i)(url|uri|endpoint|api|base|server|target|host|addr|address|link)")
  (#match? @_body "\\b(reqwest|ureq|surf|isahc|attohttpc|minreq)\\s*::|\\.\\s*(get|post|put|delete|patch|head|request|uri|url)\\s*\\(")
  (#imports? "reqwest" "ureq" "hyper" "hyper_util" "surf" "isahc" "awc" "attohttpc" "minreq" "curl"
    "ehttp" "gloo_net" "http_req")
  (#any-of? @_conv "to_string" "to_owned" "into" "parse" "as_str")
  (#any-of? @_unwrap "unwrap" "expect")
  (#eq? @_fmt "format")
  (#match? @_ctor "(^|::)(Uri::from_static|Url::parse|Uri::try_from|Uri::from_str|Url::from_str|String::from)$")
  (#match? @url "^r?#*\"(?:http|ws)://[^\"\\s/]")
  (#not-match? @url "^r?#*\"(?:http|ws)://(?:[^/@\"]*@)?(?:localhost|127(?:\\.[0-9]+){3}|0\\.0\\.0\\.0|\\[(?:0*:)*:?0*1?\\]|[^/:\"\\[]*\\.(?:local|localhost|test|example|invalid|internal|home\\.arpa|lan|localdomain)|(?:[^/:\"\\[]*\\.)?example\\.(?:com|org|net)|(?:www\\.)?(?:w3\\.org|json-schema\\.org|schemas\\.xmlsoap\\.org|purl\\.org|xmlns\\.com|schemas\\.microsoft\\.com|schemas\\.openxmlformats\\.org|ns\\.adobe\\.com|www\\.opengis\\.net|docs\\.oasis-open\\.org|relaxng\\.org|apache\\.org/xml)|[{$<%][^/\"]*)(?:[:/?#\"]|$)")
  (#not-in-test? @_name))

; const API_URL: &str = "http://api...";  in a file that uses an HTTP client
([(const_item name: (identifier) @_name value: [(string_literal) @url
     (raw_string_literal) @url
     (reference_expression value: [(string_literal) (raw_string_literal)] @url)
     (call_expression
       function: (field_expression value: [(string_literal) (raw_string_literal)] @url field: (field_identifier) @_conv))
     (try_expression
       (call_expression
         function: (field_expression value: [(string_literal) (raw_string_literal)] @url field: (field_identifier) @_conv)))
     (call_expression
       function: (field_expression
         value: (call_expression
           function: (field_expression value: [(string_literal) (raw_string_literal)] @url field: (field_identifier) @_conv))
         field: (field_identifier) @_unwrap))
     (macro_invocation macro: (identifier) @_fmt (token_tree . [(string_literal) (raw_string_literal)] @url))
     (reference_expression
       value: (macro_invocation macro: (identifier) @_fmt (token_tree . [(string_literal) (raw_string_literal)] @url)))
     (call_expression
       function: (scoped_identifier) @_ctor
       arguments: (arguments . [(string_literal) (raw_string_literal)] @url .))
     (try_expression
       (call_expression
         function: (scoped_identifier) @_ctor
         arguments: (arguments . [(string_literal) (raw_string_literal)] @url .)))
     (call_expression
       function: (field_expression
         value: (call_expression
           function: (scoped_identifier) @_ctor
           arguments: (arguments . [(string_literal) (raw_string_literal)] @url .))
         field: (field_identifier) @_unwrap))])
  (static_item name: (identifier) @_name value: [(string_literal) @url
     (raw_string_literal) @url
     (reference_expression value: [(string_literal) (raw_string_literal)] @url)
     (call_expression
       function: (field_expression value: [(string_literal) (raw_string_literal)] @url field: (field_identifier) @_conv))
     (try_expression
       (call_expression
         function: (field_expression value: [(string_literal) (raw_string_literal)] @url field: (field_identifier) @_conv)))
     (call_expression
       function: (field_expression
         value: (call_expression
           function: (field_expression value: [(string_literal) (raw_string_literal)] @url field: (field_identifier) @_conv))
         field: (field_identifier) @_unwrap))
     (macro_invocation macro: (identifier) @_fmt (token_tree . [(string_literal) (raw_string_literal)] @url))
     (reference_expression
       value: (macro_invocation macro: (identifier) @_fmt (token_tree . [(string_literal) (raw_string_literal)] @url)))
     (call_expression
       function: (scoped_identifier) @_ctor
       arguments: (arguments . [(string_literal) (raw_string_literal)] @url .))
     (try_expression
       (call_expression
         function: (scoped_identifier) @_ctor
         arguments: (arguments . [(string_literal) (raw_string_literal)] @url .)))
     (call_expression
       function: (field_expression
         value: (call_expression
           function: (scoped_identifier) @_ctor
           arguments: (arguments . [(string_literal) (raw_string_literal)] @url .))
         field: (field_identifier) @_unwrap))])]
  (#match? @_name "(?i)(url|uri|endpoint|api|base|server|target|host|addr|address)")
  (#imports? "reqwest" "ureq" "hyper" "hyper_util" "surf" "isahc" "awc" "attohttpc" "minreq" "curl"
    "ehttp" "gloo_net" "http_req")
  (#any-of? @_conv "to_string" "to_owned" "into" "parse" "as_str")
  (#any-of? @_unwrap "unwrap" "expect")
  (#eq? @_fmt "format")
  (#match? @_ctor "(^|::)(Uri::from_static|Url::parse|Uri::try_from|Uri::from_str|Url::from_str|String::from)$")
  (#match? @url "^r?#*\"(?:http|ws)://[^\"\\s/]")
  (#not-match? @url "^r?#*\"(?:http|ws)://(?:[^/@\"]*@)?(?:localhost|127(?:\\.[0-9]+){3}|0\\.0\\.0\\.0|\\[(?:0*:)*:?0*1?\\]|[^/:\"\\[]*\\.(?:local|localhost|test|example|invalid|internal|home\\.arpa|lan|localdomain)|(?:[^/:\"\\[]*\\.)?example\\.(?:com|org|net)|(?:www\\.)?(?:w3\\.org|json-schema\\.org|schemas\\.xmlsoap\\.org|purl\\.org|xmlns\\.com|schemas\\.microsoft\\.com|schemas\\.openxmlformats\\.org|ns\\.adobe\\.com|www\\.opengis\\.net|docs\\.oasis-open\\.org|relaxng\\.org|apache\\.org/xml)|[{$<%][^/\"]*)(?:[:/?#\"]|$)")
  (#not-in-test? @_name)) @finding
