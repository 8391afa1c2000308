from xml.etree import ElementTree as Tree
from xml.sax import parseString as sax_parse
import xmlrpc.server as rpc

# ruleid: py.xml-stdlib-parser
root = Tree.fromstring(body)
# ruleid: py.xml-stdlib-parser
sax_parse(body, handler)
# ruleid: py.xml-stdlib-parser
handler = rpc.CGIXMLRPCRequestHandler()
# ok: py.xml-stdlib-parser
root = Tree.fromstring("<config/>")
