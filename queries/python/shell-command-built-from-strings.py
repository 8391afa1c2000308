import os
import subprocess as sp
from os import system as sh
import asyncio


async def run(host, path, user):
    # ruleid: py.shell-command-built-from-strings
    os.system(f"ping -c 1 {host}")
    # ruleid: py.shell-command-built-from-strings
    sp.run("ls " + path, shell=True)
    # ruleid: py.shell-command-built-from-strings
    sh("id %s" % user)
    # ruleid: py.shell-command-built-from-strings
    os.popen("cat {}".format(path)).read()
    # ruleid: py.shell-command-built-from-strings
    await asyncio.create_subprocess_shell(f"rm -rf {path}")
    # ok: py.shell-command-built-from-strings
    # ruleid: py.process-partial-path
    os.system("make clean")
    # ok: py.shell-command-built-from-strings
    # ruleid: py.process-partial-path
    sp.run(["ping", "-c", "1", host])
    # ok: py.shell-command-built-from-strings
    sp.run(f"ping -c 1 {host}".split())  # no shell: the list reaches ping verbatim
    # ok: py.shell-command-built-from-strings
    sp.run(f"ping {host}", shell=False)


def system(cmd):
    print(cmd)


# ok: py.shell-command-built-from-strings
system(f"echo {user}")  # local function, not os.system
