;; ---
;; id = "py.tainted-path"
;; title = "Request data reaches a file path"
;; kind = "flow"
;; severity = "error"
;; confidence = "medium"
;; cwe = 22
;; message = "`{{sink}}` is a file path from request data: `{{tainted}}` comes from `{{source}}` on line {{source_line}}"
;; tags = ["path-traversal", "flow"]
;; ---
;; ## Why it matters
;; A value from an HTTP request is followed to a file path: `open()`, `os.path.join`,
;; `flask.send_file`, file removal and copying. `../` in it (or an absolute path, which
;; `os.path.join` lets replace the base) reads or overwrites files outside the folder the
;; code meant: configuration, keys, other users' uploads.
;;
;; The value is followed inside one function (or the module's own code).
;; `os.path.basename`, `werkzeug.utils.secure_filename` and `safe_join` stop the flow;
;; `flask.send_from_directory` is not a sink for its file name (it joins safely).
;;
;; ## How to fix
;; Reduce the name to its last component (`secure_filename`), or join with `safe_join` and
;; refuse `None`; or resolve the path and check it stays under the base folder.
;;
;; ## Safe example
;; ```python
;; from werkzeug.utils import secure_filename
;; path = os.path.join(UPLOADS, secure_filename(request.args["name"]))
;; ```

;; Sources: Flask / Quart request data.
((attribute
   object: (_) @_request
   attribute: (identifier) @_field) @source
  (#resolves-to? @_request "flask.request" "quart.request")
  (#any-of? @_field "args" "form" "values" "json" "cookies" "headers" "files" "data"))

((call
   function: (attribute
     object: (_) @_request
     attribute: (identifier) @_method)) @source
  (#resolves-to? @_request "flask.request" "quart.request")
  (#any-of? @_method "get_json" "get_data"))

;; Sources: a Django view's `request` (or `self.request` in a class-based view).
((attribute
   object: [(identifier) (attribute)] @_request
   attribute: (identifier) @_field) @source
  (#match? @_request "^(self\\.)?request$")
  (#any-of? @_field "GET" "POST" "COOKIES" "META" "FILES" "body"))


;; Sinks: the path of a file that is opened, sent, removed or copied.
(call
  function: (identifier) @_open
  arguments: (argument_list . (_) @sink)
  (#eq? @_open "open"))

(call
  function: (_) @_file
  arguments: (argument_list . (_) @sink)
  (#resolves-to? @_file "io.open" "codecs.open" "os.open" "os.remove" "os.unlink" "os.rmdir"
    "shutil.rmtree" "shutil.copy" "shutil.copyfile" "shutil.copy2" "shutil.move"
    "flask.send_file" "django.http.FileResponse"))

;; Sinks: any part of a joined path.
(call
  function: (_) @_join
  arguments: (argument_list (_) @sink)
  (#resolves-to? @_join "os.path.join" "posixpath.join"))

;; Sanitizers: a file name without its folders, or a join that refuses to leave the base.
((call function: (_) @_name) @sanitizer
  (#resolves-to? @_name "os.path.basename" "posixpath.basename" "werkzeug.utils.secure_filename"
    "werkzeug.secure_filename" "werkzeug.utils.safe_join" "werkzeug.security.safe_join"
    "flask.safe_join"))
