import shelve
import shelve as sh
from shelve import open as open_shelf


def store(path):
    # ruleid: py.shelve-open
    db = shelve.open(path)
    # ruleid: py.shelve-open
    sh.open(path, flag="r")
    # ruleid: py.shelve-open
    open_shelf(path)
    # ok: py.shelve-open
    open(path)
    # ok: py.shelve-open
    dbm.open(path, "c")
    # ok: py.shelve-open
    db.close()
