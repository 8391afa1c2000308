from django.http import HttpResponse
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from flask import render_template_string, request
from markupsafe import Markup


def search():
    q = request.args.get("q", "")
    # ruleid: py.tainted-html
    return render_template_string("<h1>Results for " + q + "</h1>")


def greet():
    name = request.args["name"]
    # ruleid: py.tainted-html
    title = Markup(f"<b>{name}</b>")
    # ok: py.tainted-html
    safe = Markup("<b>%s</b>") % name
    # ok: py.tainted-html
    return render_template_string("<h1>{{ name }}</h1>", name=name), title, safe


def django_view(request):
    q = request.GET.get("q")
    # ruleid: py.tainted-html
    label = mark_safe("<em>%s</em>" % q)
    # ok: py.tainted-html
    label = mark_safe("<em>%s</em>" % escape(q))
    # ok: py.tainted-html
    label = format_html("<em>{}</em>", q)
    # ruleid: py.tainted-html
    return HttpResponse("<p>" + q + "</p>" + label)


def constant():
    # ok: py.tainted-html
    return HttpResponse("<p>ok</p>")
