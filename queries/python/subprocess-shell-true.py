import subprocess
import subprocess as sp
from subprocess import Popen as Launch, call as run_it


def run(cmd, args, host, settings):
    # ruleid: py.subprocess-shell-true
    subprocess.call(cmd, shell=True)
    # ruleid: py.subprocess-shell-true
    sp.check_output(settings.command, shell=True, text=True)
    # ruleid: py.subprocess-shell-true
    Launch(args[0], shell=True)
    # ruleid: py.subprocess-shell-true
    run_it(" ".join(args), shell=True)
    # ok: py.subprocess-shell-true
    # ruleid: py.process-partial-path
    subprocess.call("ls -l /", shell=True)  # constant command: no outside input
    # ok: py.subprocess-shell-true
    # ruleid: py.process-partial-path
    subprocess.run(["ping", "-c", "1", host])  # list, no shell
    # ok: py.subprocess-shell-true
    subprocess.run(cmd, shell=False)
    # ok: py.subprocess-shell-true
    f"ping {host}"  # formatted commands are py.shell-command-built-from-strings
    # ok: py.subprocess-shell-true
    # ruleid: py.shell-command-built-from-strings
    subprocess.run("ping " + host, shell=True)


def call(cmd, shell):
    return cmd


# ok: py.subprocess-shell-true
# ruleid: py.shell-true-in-wrapper
call(user_cmd, shell=True)  # a local function named `call`, not subprocess
