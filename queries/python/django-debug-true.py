import os

# ruleid: py.django-debug-true
DEBUG = True

ALLOWED_HOSTS = ["example.com"]

INSTALLED_APPS = ["django.contrib.admin"]

# ok: py.django-debug-true
TEMPLATE_DEBUG = True

# ok: py.django-debug-true
DEBUG_TOOLBAR = True


def configure(settings):
    # ok: py.django-debug-true
    DEBUG = True  # a local variable, not a module setting
    return DEBUG
