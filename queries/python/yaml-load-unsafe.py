import yaml
import yaml as y
from yaml import Loader, load_all


def read(f, text):
    # ruleid: py.yaml-load-unsafe
    yaml.load(f)
    # ruleid: py.yaml-load-unsafe
    y.load(text, Loader=y.Loader)
    # ruleid: py.yaml-load-unsafe
    yaml.load(f, Loader)
    # ruleid: py.yaml-load-unsafe
    load_all(f)
    # ruleid: py.yaml-load-unsafe
    yaml.unsafe_load(text)
    # ok: py.yaml-load-unsafe
    yaml.safe_load(f)
    # ok: py.yaml-load-unsafe
    yaml.load(f, Loader=yaml.SafeLoader)
    # ok: py.yaml-load-unsafe
    y.load(text, y.CSafeLoader)
    # ok: py.yaml-load-unsafe
    json.load(f)
