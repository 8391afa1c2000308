;; ---
;; id = "py.xml-stdlib-parser"
;; title = "XML parsed with the standard library instead of defusedxml"
;; severity = "info"
;; confidence = "low"
;; cwe = 776
;; message = "`{{func}}` parses XML without the defusedxml protections: keep it to trusted documents"
;; keywords = ["ElementTree", "minidom", "pulldom", "sax", "expatbuilder"]
;; tags = ["xml", "xxe"]
;; references = ["https://docs.python.org/3/library/xml.html#xml-vulnerabilities", "https://pypi.org/project/defusedxml/"]
;; ---
;; ## Why it matters
;; The standard library XML parsers (`xml.etree`, `xml.dom.minidom`, `xml.dom.pulldom`,
;; `xml.sax`, `xml.dom.expatbuilder`) expand entities declared in the document. With an old
;; libexpat that is the "billion laughs" and quadratic-blowup denial of service, and `xml.sax`
;; or `pulldom` with external entities turned on read local files (XXE). Recent Python builds
;; are much safer, so this is informational: it marks where untrusted XML enters.
;;
;; ## How to fix
;; For documents from outside, use `defusedxml` (same API: `defusedxml.ElementTree.fromstring`,
;; `defusedxml.minidom.parseString`, ...), which refuses entity declarations and DTD tricks.
;;
;; ## Safe example
;; ```python
;; import defusedxml.ElementTree as ET
;; root = ET.fromstring(body)
;; ```

; A constant document (`parseString("<doc/>")`) is trusted: only other arguments count.
(call
  function: (_) @func
  arguments: (argument_list . (_) @_src)
  (#not-literal? @_src)
  (#resolves-to? @func
    "xml.etree.ElementTree.parse" "xml.etree.ElementTree.fromstring" "xml.etree.ElementTree.XML"
    "xml.etree.ElementTree.iterparse" "xml.etree.ElementTree.XMLParser" "xml.etree.ElementTree.fromstringlist"
    "xml.etree.cElementTree.parse" "xml.etree.cElementTree.fromstring" "xml.etree.cElementTree.XML"
    "xml.etree.cElementTree.iterparse" "xml.etree.cElementTree.XMLParser"
    "xml.dom.minidom.parse" "xml.dom.minidom.parseString"
    "xml.dom.pulldom.parse" "xml.dom.pulldom.parseString"
    "xml.sax.parse" "xml.sax.parseString"
    "xml.dom.expatbuilder.parseString" "xml.dom.expatbuilder.parse")) @finding
