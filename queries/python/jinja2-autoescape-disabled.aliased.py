from jinja2 import Environment as Env

# ruleid: py.jinja2-autoescape-disabled
env = Env(loader=loader)
