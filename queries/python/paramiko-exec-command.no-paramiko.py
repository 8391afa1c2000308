import asyncssh

# ok: py.paramiko-exec-command
runner.exec_command(command)  # not paramiko: this file does not import it
# ok: py.paramiko-exec-command
await conn.run(command)
# ok: py.paramiko-exec-command
executor.exec_command(job.cmd)
