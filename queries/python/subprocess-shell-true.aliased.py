from subprocess import run as sh

# ruleid: py.subprocess-shell-true
sh(cmd, shell = True)
