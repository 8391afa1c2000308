;; ---
;; id = "py.lxml-default-parser"
;; title = "lxml parses a document with its default parser (entities resolved before lxml 5)"
;; severity = "info"
;; confidence = "low"
;; cwe = 611
;; message = "`{func}` parses `{source}` with lxml's default parser: before lxml 5.0 it expands entities, including local files (XXE)"
;; tags = ["xml", "xxe", "bandit:B320", "bandit:B410"]
;; references = ["https://lxml.de/FAQ.html#how-do-i-use-lxml-safely-as-a-web-service-endpoint", "https://lxml.de/5.0/changes-5.0.0.html", "https://bandit.readthedocs.io/en/latest/blacklists/blacklist_calls.html#b313-b320-xml-bad-celementtree", "https://cwe.mitre.org/data/definitions/611.html"]
;; ---
;; ## Why it matters
;; Up to lxml 4.9, the default parser behind `etree.fromstring`, `etree.parse`, `etree.XML`
;; and `iterparse` has `resolve_entities=True`: a document declaring
;; `<!ENTITY x SYSTEM "file:///etc/passwd">` gets the file's content inserted (XXE), and
;; entity expansion can exhaust memory. lxml 5.0 only expands internal entities by default,
;; so this is informational: it marks where a document that may come from outside is parsed
;; without an explicit parser. Constant documents and calls that pass a `parser` (positional
;; or `parser=`) or `resolve_entities=` are not reported; parsers created with unsafe options
;; are `py.lxml-external-entities`.
;;
;; ## How to fix
;; Parse untrusted input with an explicit parser, or require lxml 5 or later.
;;
;; ## Safe example
;; ```python
;; from lxml import etree
;; SAFE = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
;; root = etree.fromstring(body, SAFE)
;; ```

; etree.fromstring(body)
(call
  function: (_) @func
  arguments: (argument_list . (_) @source .)
  (#not-literal? @source)
  (#not-match? @source "=")
  (#resolves-to? @func
    "lxml.etree.parse" "lxml.etree.fromstring" "lxml.etree.XML" "lxml.etree.iterparse" "lxml.etree.fromstringlist"
    "lxml.etree.XMLID" "lxml.etree.XMLDTDID" "lxml.objectify.parse" "lxml.objectify.fromstring" "lxml.objectify.XML")) @finding

; etree.parse(path, base_url=...) without parser= / resolve_entities=
(call
  function: (_) @func
  arguments: (argument_list . (_) @source . (keyword_argument)) @_args
  (#not-literal? @source)
  (#not-match? @source "=")
  (#not-has-kwarg? @_args "parser" "resolve_entities")
  (#resolves-to? @func
    "lxml.etree.parse" "lxml.etree.fromstring" "lxml.etree.XML" "lxml.etree.iterparse" "lxml.etree.fromstringlist"
    "lxml.etree.XMLID" "lxml.etree.XMLDTDID" "lxml.objectify.parse" "lxml.objectify.fromstring" "lxml.objectify.XML")) @finding
