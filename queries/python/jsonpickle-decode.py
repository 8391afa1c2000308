import jsonpickle
import jsonpickle as jp
from jsonpickle import decode as restore


def read(payload):
    # ruleid: py.jsonpickle-decode
    jsonpickle.decode(payload)
    # ruleid: py.jsonpickle-decode
    jp.loads(payload)
    # ruleid: py.jsonpickle-decode
    restore(payload)
    # ok: py.jsonpickle-decode
    jsonpickle.encode(obj)
    # ok: py.jsonpickle-decode
    json.loads(payload)
    # ok: py.jsonpickle-decode
    payload.decode("utf-8")
    # ruleid: py.jsonpickle-decode
    obj = jsonpickle.unpickler.Unpickler().restore(state)
