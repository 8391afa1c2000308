import pickle
import cPickle as cp
import dill
from pickle import loads as decode


def read(blob, f):
    # ruleid: py.pickle-load
    pickle.loads(blob)
    # ruleid: py.pickle-load
    cp.load(f)
    # ruleid: py.pickle-load
    dill.loads(blob)
    # ruleid: py.pickle-load
    decode(blob)
    # ruleid: py.pickle-load
    pickle.Unpickler(f).load()
    # ok: py.pickle-load
    pickle.dumps({"a": 1})
    # ok: py.pickle-load
    json.loads(blob)
    # ok: py.pickle-load
    loads(blob)  # not imported from pickle
