;; ---
;; id = "py.sax-external-entities"
;; title = "SAX parser with external entities turned on"
;; severity = "error"
;; confidence = "high"
;; cwe = 611
;; message = "turning on `{{feature}}` lets an XML document read local files or URLs (XXE)"
;; tags = ["xml", "xxe"]
;; references = ["https://docs.python.org/3/library/xml.sax.handler.html#xml.sax.handler.feature_external_ges"]
;;
;; [fix]
;; title = "Keep external entities off"
;; capture = "value"
;; replace = "False"
;; ---
;; ## Why it matters
;; Python's SAX parsers (and `xml.dom.pulldom`, which uses them) do not load external entities
;; by default. Turning `feature_external_ges` or `feature_external_pes` on makes
;; `<!ENTITY x SYSTEM "file:///etc/passwd">` pull the file into the document (XXE) or fetch
;; URLs from the server's network (SSRF).
;;
;; ## How to fix
;; Leave the features off, or parse untrusted documents with `defusedxml.sax`.
;;
;; ## Safe example
;; ```python
;; parser = xml.sax.make_parser()
;; parser.setFeature(feature_external_ges, False)
;; ```

(call
  function: (attribute attribute: (identifier) @_m)
  arguments: (argument_list . (_) @feature . (true) @value)
  (#eq? @_m "setFeature")
  (#match? @feature "feature_external_[gp]es|external-(general|parameter)-entities")) @finding

(call
  function: (attribute attribute: (identifier) @_m)
  arguments: (argument_list . (identifier) @feature . (true) @value)
  (#eq? @_m "setFeature")
  (#resolves-to? @feature "xml.sax.handler.feature_external_ges" "xml.sax.handler.feature_external_pes")) @finding
