from mako.template import Template
from mako import lookup as ml
import mako.template


def render(name, source):
    # ruleid: py.mako-template-no-escape
    a = Template("<p>${name}</p>")
    # ruleid: py.mako-template-no-escape
    b = ml.TemplateLookup(directories=["templates"])
    # ruleid: py.mako-template-no-escape
    c = mako.template.Template(source)
    # ok: py.mako-template-no-escape
    d = Template("<p>${name}</p>", default_filters=["h"])
    # ok: py.mako-template-no-escape
    e = ml.TemplateLookup(directories=["t"], default_filters=["h", "unicode"])
    # ok: py.mako-template-no-escape
    f = string.Template("$name")
    return a, b, c, d, e, f
