import os
import stat
from os import chmod as set_mode
from pathlib import Path


def fix_permissions(path, mode, sftp, fd):
    # ruleid: py.chmod-world-writable
    os.chmod(path, 0o777)
    # ruleid: py.chmod-world-writable
    set_mode(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IWOTH)
    # ruleid: py.chmod-world-writable
    Path(path).chmod(0o666)
    # ruleid: py.chmod-world-writable
    os.chmod(path, 511)
    # ruleid: py.chmod-world-writable
    os.chmod(path, 0x1ff)
    # ruleid: py.chmod-world-writable
    os.chmod(path, 0o7_7_6)
    # ruleid: py.chmod-world-writable
    os.chmod(path, 0b111111111)
    # ruleid: py.chmod-world-writable
    os.chmod(path, mode=stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)
    # ruleid: py.chmod-world-writable
    os.fchmod(fd, 438)
    # ruleid: py.chmod-world-writable
    os.lchmod(path, 0o1777)
    # ruleid: py.chmod-world-writable
    Path(path).chmod(mode=0o722)
    # ruleid: py.chmod-world-writable
    sftp.chmod("/srv/app/run.sh", 0o777)
    # ruleid: py.chmod-world-writable
    os.chmod(path, 0o002)
    # ruleid: py.chmod-world-writable
    os.chmod(path, 7)
    # ruleid: py.chmod-world-writable
    os.umask(0)
    # ruleid: py.chmod-world-writable
    os.umask(0o000)
    # ruleid: py.chmod-world-writable
    os.umask(0o020)
    # ok: py.chmod-world-writable
    os.umask(0o022)
    # ok: py.chmod-world-writable
    os.umask(0o077)
    # ok: py.chmod-world-writable
    os.umask(18)
    # ok: py.chmod-world-writable
    os.chmod(path, 0o755)
    # ok: py.chmod-world-writable
    os.chmod(path, 493)
    # ok: py.chmod-world-writable
    os.chmod(path, 420)
    # ok: py.chmod-world-writable
    os.chmod(path, 0x1ed)
    # ok: py.chmod-world-writable
    os.chmod(path, 0o640)
    # ok: py.chmod-world-writable
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    # ok: py.chmod-world-writable
    os.chmod(path, os.stat(path).st_mode & ~stat.S_IWOTH)
    # ok: py.chmod-world-writable
    os.chmod(path, mode)
    # ok: py.chmod-world-writable
    os.chmod(3, 0o600)
    # ok: py.chmod-world-writable
    sftp.chmod("/srv/app/run.sh", 0o750)
    # ok: py.chmod-world-writable
    chmod(path, 0o777)  # a local helper that masks the mode
    # ok: py.chmod-world-writable
    Path(path).chmod(0o700)


def chmod(path, mode):
    return os.chmod(path, mode & 0o755)


def current_umask():
    # ok: py.chmod-world-writable
    mask = os.umask(0)  # reads the mask ...
    os.umask(mask)  # ... and puts it back
    return mask
