import subprocess as sp

# ruleid: py.shell-command-built-from-strings
out = sp.getoutput("ls " + folder)
