from lxml import etree
from lxml import objectify

SAFE = etree.XMLParser(resolve_entities=False, no_network=True)


def load(body, path):
    # ruleid: py.lxml-default-parser
    root = etree.fromstring(body)
    # ruleid: py.lxml-default-parser
    tree = etree.parse(path)
    # ruleid: py.lxml-default-parser
    root = etree.XML(body, base_url="https://example.org/")
    # ruleid: py.lxml-default-parser
    obj = objectify.fromstring(body)
    # ruleid: py.lxml-default-parser
    for event, element in etree.iterparse(path, events=("end",)):
        pass
    # ok: py.lxml-default-parser
    root = etree.fromstring(body, SAFE)
    # ok: py.lxml-default-parser
    tree = etree.parse(path, parser=SAFE)
    # ok: py.lxml-default-parser
    root = etree.fromstring("<config/>")
    # ok: py.lxml-default-parser
    events = etree.iterparse(path, resolve_entities=False)
    # ok: py.lxml-default-parser
    text = etree.tostring(root)
