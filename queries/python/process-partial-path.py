import os
import subprocess
from subprocess import check_output as run_capture


def tools(cmd, folder):
    # ruleid: py.process-partial-path
    subprocess.run(["git", "status"], check=True)
    # ruleid: py.process-partial-path
    subprocess.Popen("ls -l", shell=True)
    # ruleid: py.process-partial-path
    os.system("tar czf backup.tgz data")
    # ruleid: py.process-partial-path
    run_capture(("uname", "-a"))
    # ruleid: py.process-partial-path
    os.spawnlp(os.P_WAIT, "cp", "cp", "a", "b")
    # ruleid: py.process-partial-path
    os.execvp("python3", ["python3", "-V"])
    # ok: py.process-partial-path
    subprocess.run(["/usr/bin/git", "status"], check=True)
    # ok: py.process-partial-path
    os.system("/bin/ls -l")
    # ok: py.process-partial-path
    subprocess.call(["./configure", "--prefix=/usr"])
    # ok: py.process-partial-path
    subprocess.run([cmd, folder])
    # ok: py.process-partial-path
    subprocess.run("C:\\Windows\\System32\\ipconfig.exe")
    # ok: py.process-partial-path
    os.spawnl(os.P_WAIT, "/bin/cp", "cp", "a", "b")
    # ok: py.process-partial-path
    # ruleid: py.shell-command-built-from-strings
    subprocess.run(f"{folder}/bin/tool --check", shell=True)
    # ok: py.process-partial-path
    run(["git", "status"])  # not subprocess's
    # ok: py.process-partial-path
    status = os.popen("exit 42").close()  # a shell built-in
