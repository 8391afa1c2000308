import os
from os import execvp as replace_with


def run(cmd, job):
    # ruleid: py.os-exec-shell-c
    os.execl("/bin/sh", "sh", "-c", cmd)
    # ruleid: py.os-exec-shell-c
    # ruleid: py.process-partial-path
    os.spawnlp(os.P_WAIT, "bash", "bash", "-c", job.script)
    # ruleid: py.os-exec-shell-c
    # ruleid: py.process-partial-path
    replace_with("sh", ["sh", "-c", cmd])
    # ok: py.os-exec-shell-c
    os.execl("/bin/sh", "sh", "-c", "make all")
    # ok: py.os-exec-shell-c
    # ruleid: py.process-partial-path
    os.execvp("convert", ["convert", cmd, "out.png"])
    # ok: py.os-exec-shell-c
    os.execl("/usr/bin/python3", "python3", "-c", "print(1)")
