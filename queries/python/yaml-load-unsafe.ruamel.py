from ruamel.yaml import YAML

yaml = YAML(typ="safe")


def read(f):
    # ok: py.yaml-load-unsafe
    return yaml.load(f)  # ruamel's YAML object, not PyYAML
