import asyncio
import asyncio as aio
from asyncio import create_subprocess_shell as shell


async def main(cmd, job, argv):
    # ruleid: py.asyncio-create-subprocess-shell
    await asyncio.create_subprocess_shell(cmd)
    # ruleid: py.asyncio-create-subprocess-shell
    await aio.create_subprocess_shell(job.command, stdout=asyncio.subprocess.PIPE)
    # ruleid: py.asyncio-create-subprocess-shell
    await shell(argv[1])
    # ok: py.asyncio-create-subprocess-shell
    # ruleid: py.process-partial-path
    await asyncio.create_subprocess_shell("ls -l")
    # ok: py.asyncio-create-subprocess-shell
    # ruleid: py.process-partial-path
    await asyncio.create_subprocess_exec("ls", argv[1])
    # ok: py.asyncio-create-subprocess-shell
    await loop.subprocess_exec(factory, "ls")
