import jinja2
from jinja2 import Environment as Env, select_autoescape, FileSystemLoader


def make(path):
    # ruleid: py.jinja2-autoescape-disabled
    a = jinja2.Environment(loader=FileSystemLoader(path))
    # ruleid: py.jinja2-autoescape-disabled
    b = Env(autoescape=False)
    # ruleid: py.jinja2-autoescape-disabled
    c = jinja2.Template("<p>{{ name }}</p>", autoescape=False)
    # ok: py.jinja2-autoescape-disabled
    d = Env(loader=FileSystemLoader(path), autoescape=select_autoescape())
    # ok: py.jinja2-autoescape-disabled
    e = jinja2.Environment(autoescape=True)
    # ok: py.jinja2-autoescape-disabled
    f = jinja2.Environment(**options)  # may set autoescape
    # ok: py.jinja2-autoescape-disabled
    g = Environment(loader=None)  # a local class
    return a, b, c, d, e, f, g


class Environment:
    def __init__(self, loader):
        self.loader = loader
