from flask import render_template_string as render
from jinja2 import Environment, Template


def page(name, env: Environment):
    # ruleid: py.template-from-built-string
    a = render(f"<p>Hello {name}</p>")
    # ruleid: py.template-from-built-string
    b = Template("<p>Hello %s</p>" % name)
    # ruleid: py.template-from-built-string
    c = env.from_string("<h1>" + name + "</h1>")
    # ok: py.template-from-built-string
    d = render("<p>Hello {{ name }}</p>", name=name)
    # ok: py.template-from-built-string
    e = Template("<p>{{ name }}</p>").render(name=name)
    # ok: py.template-from-built-string
    f = string_template(f"<p>{name}</p>")
    return a, b, c, d, e, f


def string_template(text):
    return text
