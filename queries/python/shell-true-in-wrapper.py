import subprocess
from myproject.utils import execute
from subprocess import Popen


def restart(service, command):
    # ruleid: py.shell-true-in-wrapper
    execute(f"systemctl restart {service}", shell=True)
    # ruleid: py.shell-true-in-wrapper
    self.run_command(command, shell=True, check=True)
    # ruleid: py.shell-true-in-wrapper
    utils.execute(
        command,
        shell=True,
    )
    # ok: py.shell-true-in-wrapper
    execute("systemctl daemon-reload", shell=True)
    # ok: py.shell-true-in-wrapper
    execute(["systemctl", "restart", service])
    # ok: py.shell-true-in-wrapper
    execute(command, shell=False)
    # ok: py.shell-true-in-wrapper
    # ruleid: py.subprocess-shell-true
    subprocess.check_call(command, shell=True)
    # ok: py.shell-true-in-wrapper
    # ruleid: py.subprocess-shell-true
    Popen(command, shell=True)
    # ok: py.shell-true-in-wrapper
    quoted = [compat_shell_quote(a, shell=True) for a in args]
    # ok: py.shell-true-in-wrapper
    expected = dict(cmd=command, shell=True)
