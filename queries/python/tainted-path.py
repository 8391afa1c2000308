import os
import shutil

from django.http import FileResponse
from flask import request, send_file, send_from_directory
from werkzeug.utils import secure_filename

BASE = "/srv/files"


def download():
    name = request.args["name"]
    # ruleid: py.tainted-path
    return open(os.path.join(BASE, name)).read()


def download_built():
    folder, name = request.args.get("folder"), "report.txt"
    path = BASE + "/" + folder + "/" + name
    # ruleid: py.tainted-path
    with open(path) as handle:
        data = handle.read()
    # ok: py.tainted-path
    with open(os.path.join(BASE, name)) as handle:
        data += handle.read()
    # ok: py.tainted-path
    open(os.path.join(BASE, secure_filename(folder)))
    # ok: py.tainted-path
    open(os.path.join(BASE, os.path.basename(folder)))
    # ok: py.tainted-path
    send_from_directory(BASE, folder)
    # ruleid: py.tainted-path
    shutil.rmtree(os.path.abspath(folder))
    # ruleid: py.tainted-path
    return send_file(request.values["file"])


def django_view(request):
    parts = [BASE, request.GET["doc"]]
    # ruleid: py.tainted-path
    return FileResponse(open("/".join(parts), "rb"))


def not_a_view(name):
    # ok: py.tainted-path
    return open(os.path.join(BASE, name))
