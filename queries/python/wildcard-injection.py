import os
import subprocess


def backup(folder, name):
    # ruleid: py.wildcard-injection, py.process-partial-path
    os.system("tar czf backup.tgz *")
    # ruleid: py.wildcard-injection
    os.system("/bin/chown app:app *.log")
    # ruleid: py.wildcard-injection
    subprocess.Popen("/usr/bin/rsync -a * /srv/backup/", shell=True)
    # ruleid: py.wildcard-injection, py.shell-command-built-from-strings
    os.popen("cd %s && /bin/chmod 644 *" % folder)
    # ok: py.wildcard-injection
    os.system("/bin/tar czf backup.tgz -- ./data")
    # ok: py.wildcard-injection
    subprocess.run(["/bin/tar", "czf", "backup.tgz", "*"])  # no shell: `*` is one literal name
    # ok: py.wildcard-injection
    os.system("/bin/ls *.log")
    # ok: py.wildcard-injection, py.process-partial-path
    subprocess.Popen("/bin/chown app:app data.log", shell=True)
    # ok: py.wildcard-injection
    os.system("/usr/bin/star x *")
