;; ---
;; id = "py.xmlrpc-allow-dotted-names"
;; title = "XML-RPC server exposing dotted names"
;; severity = "error"
;; confidence = "high"
;; cwe = 94
;; message = "`allow_dotted_names=True` lets XML-RPC clients walk from the instance to module globals and run code"
;; tags = ["code-execution", "xmlrpc"]
;; references = ["https://docs.python.org/3/library/xmlrpc.server.html#xmlrpc.server.SimpleXMLRPCServer.register_instance"]
;;
;; [fix]
;; title = "Do not resolve dotted names"
;; capture = "option"
;; remove = true
;; ---
;; ## Why it matters
;; With `allow_dotted_names=True`, a client may call `a.b.c`, following attributes from the
;; registered object; that reaches the object's module, its globals and ultimately functions
;; such as `os.system` (the Python docs call it a security hole, CVE-2005-0089).
;;
;; ## How to fix
;; Drop the option and expose each method explicitly with `register_function`.
;;
;; ## Safe example
;; ```python
;; server.register_instance(Api())
;; ```

(call
  function: (attribute attribute: (identifier) @_m)
  arguments: (argument_list
    (keyword_argument name: (identifier) @_k value: (true)) @option)
  (#eq? @_m "register_instance")
  (#eq? @_k "allow_dotted_names")) @finding

(call
  function: (attribute attribute: (identifier) @_m)
  arguments: (argument_list . (_) . (true) @option .)
  (#eq? @_m "register_instance")) @finding
