import xml.etree.ElementTree as ET
from xml.dom import minidom
from xml.dom.minidom import parseString as parse_xml
import xml.sax
import defusedxml.ElementTree as SafeET


def load(body, path, handler, tree):
    # ruleid: py.xml-stdlib-parser
    root = ET.fromstring(body)
    # ruleid: py.xml-stdlib-parser
    doc = minidom.parse(path)
    # ruleid: py.xml-stdlib-parser
    parse_xml(body)
    # ruleid: py.xml-stdlib-parser
    xml.sax.parse(path, handler)
    # ok: py.xml-stdlib-parser
    SafeET.fromstring(body)
    # ok: py.xml-stdlib-parser
    ET.tostring(root)
    # ok: py.xml-stdlib-parser
    minidom.parseString("<doc/>")  # a constant document
    # ok: py.xml-stdlib-parser
    tree.parse(path)  # unknown object, not the stdlib module
    # ok: py.xml-stdlib-parser
    fromstring(body)  # a local helper


def fromstring(text):
    return text


def rpc(payload):
    from xmlrpc.server import SimpleXMLRPCServer
    import xmlrpc.client

    # ruleid: py.xml-stdlib-parser
    server = SimpleXMLRPCServer(("localhost", 8000))
    # ruleid: py.xml-stdlib-parser
    params, method = xmlrpc.client.loads(payload)
    # ok: py.xml-stdlib-parser
    proxy = xmlrpc.client.ServerProxy("https://rpc.example.org/")
    # ok: py.xml-stdlib-parser
    body = xmlrpc.client.dumps((1, 2))
