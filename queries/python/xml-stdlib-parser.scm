;; ---
;; id = "py.xml-stdlib-parser"
;; title = "XML parsed with the standard library instead of defusedxml"
;; severity = "info"
;; confidence = "low"
;; cwe = 776
;; message = "`{{func}}` parses XML without the defusedxml protections: keep it to trusted documents"
;; tags = ["xml", "xxe", "bandit:B313", "bandit:B314", "bandit:B315", "bandit:B316", "bandit:B317", "bandit:B318", "bandit:B319", "bandit:B405", "bandit:B406", "bandit:B407", "bandit:B408", "bandit:B409", "bandit:B411"]
;; references = ["https://docs.python.org/3/library/xml.html#xml-vulnerabilities", "https://pypi.org/project/defusedxml/", "https://bandit.readthedocs.io/en/latest/blacklists/blacklist_calls.html#b313-b320-xml-bad-celementtree", "https://bandit.readthedocs.io/en/latest/blacklists/blacklist_imports.html#b411-import-xmlrpclib", "https://cwe.mitre.org/data/definitions/776.html"]
;; ---
;; ## Why it matters
;; The standard library XML parsers (`xml.etree`, `xml.dom.minidom`, `xml.dom.pulldom`,
;; `xml.sax`, `xml.dom.expatbuilder`) expand entities declared in the document. With an old
;; libexpat that is the "billion laughs" and quadratic-blowup denial of service, and `xml.sax`
;; or `pulldom` with external entities turned on read local files (XXE). Recent Python builds
;; are much safer, so this is informational: it marks where untrusted XML enters.
;;
;; XML-RPC servers (`xmlrpc.server.SimpleXMLRPCServer`, `DocXMLRPCServer`,
;; `CGIXMLRPCRequestHandler`) and `xmlrpc.client.loads` parse with the same expat parser,
;; on data from any client that can connect. `xml.sax.make_parser()` and
;; `xml.sax.expatreader.create_parser()` alone parse nothing; the document later given to
;; the parser is what counts.
;;
;; ## How to fix
;; For documents from outside, use `defusedxml` (same API: `defusedxml.ElementTree.fromstring`,
;; `defusedxml.minidom.parseString`, ...), which refuses entity declarations and DTD tricks;
;; for XML-RPC call `defusedxml.xmlrpc.monkey_patch()` at start-up.
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
    "xml.dom.expatbuilder.parseString" "xml.dom.expatbuilder.parse"
    "xmlrpc.client.loads" "xmlrpclib.loads")) @finding

; XML-RPC servers parse every request body they receive.
(call
  function: (_) @func
  (#resolves-to? @func
    "xmlrpc.server.SimpleXMLRPCServer" "xmlrpc.server.DocXMLRPCServer" "xmlrpc.server.MultiPathXMLRPCServer"
    "xmlrpc.server.CGIXMLRPCRequestHandler" "xmlrpc.server.DocCGIXMLRPCRequestHandler"
    "SimpleXMLRPCServer.SimpleXMLRPCServer" "SimpleXMLRPCServer.CGIXMLRPCRequestHandler"
    "DocXMLRPCServer.DocXMLRPCServer")) @finding
