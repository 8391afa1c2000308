from django.utils.safestring import mark_safe
from django.utils import safestring as ss
from django.utils.html import format_html
from markupsafe import Markup as M


def render(name, comment, url):
    # ruleid: py.mark-safe-non-literal
    a = mark_safe(f"<b>{name}</b>")
    # ruleid: py.mark-safe-non-literal
    b = ss.SafeString(comment)
    # ruleid: py.mark-safe-non-literal
    c = M("<a href='%s'>" % url)
    # ok: py.mark-safe-non-literal
    d = mark_safe("<br>")
    # ok: py.mark-safe-non-literal
    e = mark_safe(format_html("<b>{}</b>", name))
    # ok: py.mark-safe-non-literal
    f = M("<b>{}</b>").format(name)  # Markup.format escapes its arguments
    return a, b, c, d, e, f


def Markup(text):
    return text


# ok: py.mark-safe-non-literal
Markup(user_text)  # a local function
