import os
import stat
from os import chmod as set_mode
from pathlib import Path


def fix_permissions(path, mode):
    # ruleid: py.chmod-world-writable
    os.chmod(path, 0o777)
    # ruleid: py.chmod-world-writable
    set_mode(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IWOTH)
    # ruleid: py.chmod-world-writable
    Path(path).chmod(0o666)
    # ok: py.chmod-world-writable
    os.chmod(path, 0o755)
    # ok: py.chmod-world-writable
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    # ok: py.chmod-world-writable
    os.chmod(path, mode)
    # ok: py.chmod-world-writable
    chmod(path, 0o777)  # a local helper that masks the mode


def chmod(path, mode):
    return os.chmod(path, mode & 0o755)
