from lxml import etree
import lxml.etree as LET
from lxml.etree import XMLParser as Parser


def make(body):
    # ruleid: py.lxml-external-entities
    p = etree.XMLParser(resolve_entities=True)
    # ruleid: py.lxml-external-entities
    LET.XMLParser(load_dtd=True, no_network=False)
    # ruleid: py.lxml-external-entities
    Parser(resolve_entities=True, huge_tree=True)
    # ok: py.lxml-external-entities
    etree.XMLParser(resolve_entities=False, no_network=True)
    # ok: py.lxml-external-entities
    etree.XMLParser()
    # ok: py.lxml-external-entities
    XMLParser(resolve_entities=True)  # a local class, not lxml


class XMLParser:
    def __init__(self, **options):
        self.options = options
