import ssl
import urllib3
from ssl import CERT_NONE
from OpenSSL import SSL


def connect(sock, ctx, host):
    # ruleid: py.ssl-cert-none
    ctx.verify_mode = ssl.CERT_NONE
    # ruleid: py.ssl-cert-none
    # ruleid: py.ssl-wrap-socket
    ssl.wrap_socket(sock, cert_reqs=CERT_NONE)
    # ruleid: py.ssl-cert-none
    urllib3.PoolManager(cert_reqs="CERT_NONE")
    # ruleid: py.ssl-cert-none
    ctx.set_verify(SSL.VERIFY_NONE, callback)
    # ok: py.ssl-cert-none
    ctx.verify_mode = ssl.CERT_REQUIRED
    # ok: py.ssl-cert-none
    urllib3.PoolManager(cert_reqs="CERT_REQUIRED")
    # ok: py.ssl-cert-none
    if ctx.verify_mode == ssl.CERT_NONE:  # reading the mode is fine
        pass
