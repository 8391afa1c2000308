# A module that happens to have a DEBUG flag is not Django settings.
# ok: py.django-debug-true
DEBUG = True
VERBOSE = False
