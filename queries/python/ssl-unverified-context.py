import ssl
import ssl as s
import urllib.request
from ssl import _create_unverified_context as insecure


def fetch(url):
    # ruleid: py.ssl-unverified-context
    ctx = ssl._create_unverified_context()
    # ruleid: py.ssl-unverified-context
    # ruleid: py.urlopen-non-literal
    urllib.request.urlopen(url, context=s._create_unverified_context())
    # ruleid: py.ssl-unverified-context
    insecure()
    # ruleid: py.ssl-unverified-context
    ssl._create_default_https_context = ssl._create_unverified_context
    # ok: py.ssl-unverified-context
    ctx = ssl.create_default_context()
    # ok: py.ssl-unverified-context
    ctx = ssl.create_default_context(cafile="ca.pem")
    # ok: py.ssl-unverified-context
    _create_unverified_context()  # a local helper, not the ssl one
