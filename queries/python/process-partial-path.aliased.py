import subprocess as sp
import os as o
from os import popen as shell_out

# ruleid: py.process-partial-path
sp.check_call(["make", "install"])
# ruleid: py.process-partial-path
o.system("whoami")
# ruleid: py.process-partial-path
shell_out("hostname")
# ok: py.process-partial-path
sp.check_call(["/usr/bin/make", "install"])
# ok: py.process-partial-path
o.system("~/bin/sync")
# ok: py.process-partial-path
system("whoami")  # not os.system: nothing imported under that name
