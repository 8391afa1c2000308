import tempfile


def paths(name):
    # ruleid: py.hardcoded-tmp-path
    open("/tmp/report.csv", "w")
    # ruleid: py.hardcoded-tmp-path
    LOCK = "/var/tmp/app.lock"
    # ruleid: py.hardcoded-tmp-path
    path = f"/dev/shm/{name}"
    # ok: py.hardcoded-tmp-path
    tempfile.mkstemp()
    # ok: py.hardcoded-tmp-path
    path = "/var/lib/app/tmp/cache"
    # ok: py.hardcoded-tmp-path
    url = "https://example.com/tmp/file"
