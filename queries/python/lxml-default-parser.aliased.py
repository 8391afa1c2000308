import lxml.etree as ET
from lxml.etree import fromstring as parse_xml

# ruleid: py.lxml-default-parser
root = ET.fromstring(body)
# ruleid: py.lxml-default-parser
root = parse_xml(request.data)
# ok: py.lxml-default-parser
root = parse_xml(request.data, ET.XMLParser(resolve_entities=False))
# ok: py.lxml-default-parser
root = fromstring(body)  # not lxml's: nothing imported under that name
