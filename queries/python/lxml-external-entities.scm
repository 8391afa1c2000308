;; ---
;; id = "py.lxml-external-entities"
;; title = "lxml parser that resolves entities or reaches the network"
;; severity = "error"
;; confidence = "high"
;; cwe = 611
;; message = "`{{option}}` lets an XML document read local files or URLs through entities (XXE)"
;; tags = ["xml", "xxe"]
;; references = ["https://lxml.de/FAQ.html#how-do-i-use-lxml-safely-as-a-web-service-endpoint"]
;;
;; [fix]
;; title = "Use lxml's safe default"
;; capture = "option"
;; remove = true
;; ---
;; ## Why it matters
;; With `resolve_entities=True`, an `<!ENTITY x SYSTEM "file:///etc/passwd">` declaration in
;; the document is replaced by the file's content (XXE); `no_network=False` also lets it fetch
;; URLs, which reaches internal services (SSRF).
;;
;; ## How to fix
;; Drop the option: lxml 5 only expands internal entities by default and never uses the
;; network. For older lxml, pass `resolve_entities=False` explicitly.
;;
;; ## Safe example
;; ```python
;; from lxml import etree
;; parser = etree.XMLParser(resolve_entities=False, no_network=True)
;; root = etree.fromstring(body, parser)
;; ```

(call
  function: (_) @func
  arguments: (argument_list
    (keyword_argument name: (identifier) @_k value: (true)) @option)
  (#eq? @_k "resolve_entities")
  (#resolves-to? @func "lxml.etree.XMLParser" "lxml.etree.XMLPullParser" "lxml.etree.iterparse" "lxml.etree.ETCompatXMLParser")) @finding

(call
  function: (_) @func
  arguments: (argument_list
    (keyword_argument name: (identifier) @_k value: (false)) @option)
  (#eq? @_k "no_network")
  (#resolves-to? @func "lxml.etree.XMLParser" "lxml.etree.XMLPullParser" "lxml.etree.iterparse" "lxml.etree.ETCompatXMLParser" "lxml.etree.HTMLParser")) @finding
