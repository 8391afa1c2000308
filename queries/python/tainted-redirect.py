from django.http import HttpResponseRedirect
from django.shortcuts import redirect as django_redirect
from flask import redirect, request, url_for


def login():
    target = request.args.get("next")
    # ruleid: py.tainted-redirect
    return redirect(target)


def logout():
    # ruleid: py.tainted-redirect
    return redirect(request.form.get("next", "/"))


def profile():
    name = request.args["user"]
    # ok: py.tainted-redirect
    return redirect("/profile/" + name)


def home():
    # ok: py.tainted-redirect
    return redirect(url_for("profile", user=request.args["user"]))


def django_view(request):
    back = request.META.get("HTTP_REFERER")
    if back:
        # ruleid: py.tainted-redirect
        return HttpResponseRedirect(back)
    # ruleid: py.tainted-redirect
    return django_redirect("//" + request.GET["host"])


def fixed():
    # ok: py.tainted-redirect
    return redirect("/")
