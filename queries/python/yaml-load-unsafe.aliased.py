from yaml import unsafe_load as parse

# ruleid: py.yaml-load-unsafe
data = parse(stream)
