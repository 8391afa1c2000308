import paramiko


def remote(host, folder, user_cmd):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host)
    # ruleid: py.paramiko-exec-command
    stdin, stdout, stderr = client.exec_command(f"ls -l {folder}")
    # ruleid: py.paramiko-exec-command
    client.exec_command(user_cmd)
    # ruleid: py.paramiko-exec-command
    client.exec_command("tar czf /tmp/out.tgz " + folder, timeout=30)
    channel = client.get_transport().open_session()
    # ruleid: py.paramiko-exec-command
    channel.exec_command("cat %s" % folder)
    # ok: py.paramiko-exec-command
    client.exec_command("uptime")
    # ok: py.paramiko-exec-command
    client.exec_command(shlex.quote(folder))
    # ok: py.paramiko-exec-command
    shell = client.invoke_shell()
