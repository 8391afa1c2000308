import marshal
import marshal as m
from marshal import loads as unpack


def read(blob, f):
    # ruleid: py.marshal-load
    marshal.loads(blob)
    # ruleid: py.marshal-load
    m.load(f)
    # ruleid: py.marshal-load
    unpack(blob)
    # ok: py.marshal-load
    marshal.dumps(code)
    # ok: py.marshal-load
    json.load(f)
    # ok: py.marshal-load
    self.marshal.loads(blob)
