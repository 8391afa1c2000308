# Part of this file does not parse (a Python 2 print statement and an unclosed bracket):
# tree-sitter wraps those parts in ERROR nodes and rules still fire in the parts that parse.
import subprocess as sp

print "legacy"

values = [1, 2,


def run(cmd):
    # ruleid: py.subprocess-shell-true
    sp.call(cmd, shell=True)
    # ok: py.subprocess-shell-true
    sp.call(["ls", cmd])
    # ok: py.subprocess-shell-true
    sp.call("ls", shell=True)


class Job:
    def start(self, command):
        # ruleid: py.subprocess-shell-true
        return sp.Popen(command, shell=True)

    def other(self, command):
        # ok: py.subprocess-shell-true
        # ruleid: py.shell-true-in-wrapper
        return call(command, shell=True)


# ruleid: py.subprocess-shell-true
sp.run(CMD, shell=True)
