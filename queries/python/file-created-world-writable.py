import os
import stat
from pathlib import Path


def create(path, sftp, folder, mode):
    # ruleid: py.file-created-world-writable
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o666)
    # ruleid: py.file-created-world-writable
    os.makedirs(folder, 0o777)
    # ruleid: py.file-created-world-writable
    os.makedirs(folder, mode=0o777, exist_ok=True)
    # ruleid: py.file-created-world-writable
    os.mkdir(folder, 511)
    # ruleid: py.file-created-world-writable
    os.mkfifo(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IWOTH)
    # ruleid: py.file-created-world-writable
    Path(folder).mkdir(0o777, parents=True)
    # ruleid: py.file-created-world-writable
    Path(path).touch(mode=0o666)
    # ruleid: py.file-created-world-writable
    sftp.mkdir("/srv/shared", 0o777)
    # ruleid: py.file-created-world-writable
    fd = os.open(path, os.O_RDWR | os.O_CREAT, mode=0x1b6)
    # ok: py.file-created-world-writable
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    # ok: py.file-created-world-writable
    os.makedirs(folder, mode=0o700, exist_ok=True)
    # ok: py.file-created-world-writable
    os.makedirs(folder, exist_ok=True)
    # ok: py.file-created-world-writable
    Path(folder).mkdir(0o755, parents=True)
    # ok: py.file-created-world-writable
    os.mkdir(folder, mode)
    # ok: py.file-created-world-writable
    fd = os.open(path, os.O_RDONLY)
    # ok: py.file-created-world-writable
    sftp.mkdir("/srv/shared", 0o750)
