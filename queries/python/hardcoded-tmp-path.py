import logging
import os
import tempfile
from pathlib import Path


def paths(name, conn, module):
    # ruleid: py.hardcoded-tmp-path
    open("/tmp/report.csv", "w")
    # ruleid: py.hardcoded-tmp-path
    LOCK_FILE = "/var/tmp/app.lock"
    # ruleid: py.hardcoded-tmp-path
    path = f"/dev/shm/{name}"
    # ruleid: py.hardcoded-tmp-path
    logging.basicConfig(filename="/tmp/app.log")
    # ruleid: py.hardcoded-tmp-path
    Path("/tmp/cache/data.json").write_text("{}")
    # ok: py.hardcoded-tmp-path
    tempfile.mkstemp()
    # ok: py.hardcoded-tmp-path
    path = "/var/lib/app/tmp/cache"
    # ok: py.hardcoded-tmp-path
    url = "https://example.com/tmp/file"
    # ok: py.hardcoded-tmp-path
    expected = ("file", "", "/tmp/junk.txt", "", "")  # test data, not a path in use
    # ok: py.hardcoded-tmp-path
    conn.select("/tmp/mailbox")  # an IMAP folder name
    # ok: py.hardcoded-tmp-path
    os.makedirs(tempfile.gettempdir())
    # ok: py.hardcoded-tmp-path
    module.__file__ = "/tmp/foo.py"
