import subprocess as sp
from subprocess import run as run_it

# ok: py.shell-true-in-wrapper
# ruleid: py.subprocess-shell-true
sp.call(cmd, shell=True)
# ok: py.shell-true-in-wrapper
# ruleid: py.subprocess-shell-true
run_it(cmd, shell=True)
# ruleid: py.shell-true-in-wrapper
run(cmd, shell=True)  # not subprocess.run: nothing imported under that name
