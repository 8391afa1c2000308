import os

ROOT_URLCONF = "site.urls"
# ok: py.django-debug-true
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
# ruleid: py.django-debug-true
DEBUG = True
