import xml.sax
from xml.sax import handler as h
from xml.sax.handler import feature_external_ges as EXTERNAL


def make(flag):
    parser = xml.sax.make_parser()
    # ruleid: py.sax-external-entities
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    # ruleid: py.sax-external-entities
    parser.setFeature(h.feature_external_pes, True)
    # ruleid: py.sax-external-entities
    parser.setFeature("http://xml.org/sax/features/external-general-entities", True)
    # ok: py.sax-external-entities
    parser.setFeature(h.feature_external_ges, False)
    # ok: py.sax-external-entities
    parser.setFeature(h.feature_namespaces, True)
    # ruleid: py.sax-external-entities
    parser.setFeature(EXTERNAL, True)
    # ok: py.sax-external-entities
    parser.getFeature(EXTERNAL)
    return parser
