import os
import shlex
import subprocess
import sys
from flask import Flask, request
from subprocess import Popen as spawn

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host")
    # ruleid: py.tainted-shell-command
    os.system("ping -c 1 " + host)
    # ok: py.tainted-shell-command
    os.system("ping -c 1 " + shlex.quote(host))
    # ok: py.tainted-shell-command
    os.system("ping -c 1 localhost")
    # ok: py.tainted-shell-command
    subprocess.run(["ping", "-c", "1", host])


@app.route("/grep", methods=["POST"])
def grep():
    form = request.form
    pattern, folder = form["pattern"], "/srv"
    cmd = f"grep -r {pattern} {folder}"
    # ruleid: py.tainted-shell-command
    out = subprocess.check_output(cmd, shell=True)
    # ok: py.tainted-shell-command
    subprocess.check_output(f"ls {folder}", shell=True)
    count = int(form["count"])
    # ok: py.tainted-shell-command
    subprocess.check_output("head -n %d /var/log/app.log" % count, shell=True)
    return out


def from_argv():
    parts = []
    for arg in sys.argv[1:]:
        parts.append(arg)
    line = " ".join(parts)
    # ruleid: py.tainted-shell-command
    spawn(line, shell=True)
    name = input("name? ")
    name += ".txt"
    # ruleid: py.tainted-shell-command
    os.popen("cat %s" % name)
    name = "fixed.txt"
    # ok: py.tainted-shell-command
    os.popen("cat %s" % name)


def branches(flag):
    cmd = "uptime"
    if flag:
        cmd = request.values["cmd"]
    # ruleid: py.tainted-shell-command
    subprocess.run(cmd)
    with open(request.args["log"]) as handle:
        # ruleid: py.tainted-shell-command
        subprocess.getoutput("tail " + handle.name)


def other_function(cmd):
    # ok: py.tainted-shell-command
    os.system(cmd)
