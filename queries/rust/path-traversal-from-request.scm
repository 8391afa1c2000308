;; ---
;; # Rule format: queries/README.md
;; id = "rs.path-traversal-from-request"
;; title = "File path built from a request extractor"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 22
;; message = "`{{path}}` puts request data into a file path: `../` or an absolute path reaches files outside the intended folder"
;; report = "path"
;; tags = ["path-traversal", "web"]
;; references = ["https://docs.rs/axum/latest/axum/extract/struct.Path.html", "https://docs.rs/tower-http/latest/tower_http/services/struct.ServeDir.html", "https://cwe.mitre.org/data/definitions/22.html"]
;; ---
;; ## Why it matters
;; A path segment, query parameter or form field is whatever the client sends. Joined to a
;; base folder (`format!("uploads/{}", path.0)`, `base.join(&query.file)`) and handed to `fs`,
;; a value such as `../../etc/passwd` (URL-encoded `..%2F` survives routing) or `/etc/shadow`
;; (`Path::join` with an absolute path replaces the base) reads, overwrites or deletes files
;; anywhere the server can. Only the shapes where the extractor is used in the same
;; expression (`path.0`, `query.into_inner()`, `query.name`, `req.match_info()`) are reported;
;; flows through variables need a data-flow analysis.
;;
;; ## How to fix
;; Serve static files with `tower_http::services::ServeDir` or `actix_files::Files`, which
;; refuse `..`. Otherwise keep only a plain file name (`Path::new(&name).file_name()`), reject
;; names containing `/`, `\` or `..`, or canonicalize the joined path and check that it still
;; `starts_with` the canonical base folder.
;;
;; ## Safe example
;; ```rust
;; let name = Path::new(&path.0).file_name().ok_or(StatusCode::BAD_REQUEST)?;
;; let bytes = tokio::fs::read(Path::new("uploads").join(name)).await?;
;; ```

; fs::read(format!("{}/{}", base, path.0)), File::open(&query.file), NamedFile::open(req.match_info().query("f"))
(call_expression
  function: [(identifier) (scoped_identifier) (generic_function)] @_func
  arguments: (arguments . (_) @path)
  (#resolves-to? @_func "std::fs::*" "tokio::fs::*" "async_std::fs::*" "actix_files::NamedFile::open"
    "actix_files::NamedFile::open_async" "rocket::fs::NamedFile::open"
    "axum_extra::response::file_stream::FileStream::from_path"
    "tower_http::services::ServeFile::new")
  (#match? @path "\\b((path|params|param|query|form|info|file|filename|name|p|q|payload|json|body|req)\\.(0\\b|into_inner\\(\\))|(req|request)\\.(match_info|param|query_string|uri)\\s*\\(|(query|params|form|payload|body|json)\\.[a-z_][a-z0-9_]*\\b(?:[^(]|$))")
  (#not-match? @path "(?i)sanitiz|file_name\\(\\)|enclosed_name|\\bclean")
  (#imports? "axum" "actix_web" "warp" "rocket" "poem" "tide" "salvo" "ntex")
  (#not-in-test? @_func)) @finding

; base.join(&path.0), PathBuf::from("static").join(query.into_inner().file), dir.push(&form.name)
(call_expression
  function: (field_expression field: (field_identifier) @_join)
  arguments: (arguments . (_) @path .)
  (#any-of? @_join "join" "push")
  (#match? @path "^[&*\\s]*((path|params|param|query|form|info|file|filename|name|p|q|payload|json|body|req)\\.(0\\b|into_inner\\(\\))|(req|request)\\.(match_info|param)\\s*\\(|(query|params|form|payload|body|json)\\.[a-z_][a-z0-9_]*\\s*$)")
  (#not-match? @path "(?i)sanitiz|file_name\\(\\)|enclosed_name|\\bclean")
  (#imports? "axum" "actix_web" "warp" "rocket" "poem" "tide" "salvo" "ntex")
  (#not-in-test? @_join)) @finding
