import os
import commands
import subprocess
from os import popen as open_pipe


def run(cmd, options, argv):
    # ruleid: py.os-system-non-literal
    os.system(cmd)
    # ruleid: py.os-system-non-literal
    open_pipe(options.command).read()
    # ruleid: py.os-system-non-literal
    commands.getoutput(argv[1])
    # ruleid: py.os-system-non-literal
    subprocess.getstatusoutput(" ".join(argv))
    # ok: py.os-system-non-literal
    # ruleid: py.process-partial-path
    os.system("clear")
    # ok: py.os-system-non-literal
    # ruleid: py.process-partial-path
    subprocess.run(["ls", argv[1]])
    # ok: py.os-system-non-literal
    platform.system()
    # ok: py.os-system-non-literal
    self.system(cmd)  # a method on some object, not os.system
