import subprocess as sp

# ruleid: py.os-system-non-literal
out = sp.getoutput(command)
