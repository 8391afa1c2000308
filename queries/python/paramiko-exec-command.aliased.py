from paramiko import SSHClient as Ssh

client = Ssh()
# ruleid: py.paramiko-exec-command
client.exec_command("rm -rf " + path)
# ok: py.paramiko-exec-command
client.exec_command("df -h")
