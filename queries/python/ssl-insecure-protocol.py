import ssl
from ssl import PROTOCOL_TLSv1_1
from OpenSSL import SSL
import urllib3


def contexts(sock):
    # ruleid: py.ssl-insecure-protocol
    ssl.SSLContext(ssl.PROTOCOL_SSLv3)
    # ruleid: py.ssl-insecure-protocol, py.ssl-wrap-socket
    ssl.wrap_socket(sock, ssl_version=PROTOCOL_TLSv1_1)
    # ruleid: py.ssl-insecure-protocol
    SSL.Context(SSL.TLSv1_METHOD)
    ctx = ssl.create_default_context()
    # ruleid: py.ssl-insecure-protocol
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    # ruleid: py.ssl-insecure-protocol
    ctx.maximum_version = ssl.TLSVersion.TLSv1_1
    # ruleid: py.ssl-insecure-protocol
    ctx.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED
    # ruleid: py.ssl-insecure-protocol
    ctx.options &= ~ssl.OP_NO_SSLv3
    octx = SSL.Context(SSL.TLS_METHOD)
    # ruleid: py.ssl-insecure-protocol
    octx.set_min_proto_version(SSL.TLS1_VERSION)
    # ruleid: py.ssl-insecure-protocol
    octx.clear_options(SSL.OP_NO_TLSv1_1)
    # ruleid: py.ssl-insecure-protocol
    http = urllib3.PoolManager(ssl_version="TLSv1")
    # ruleid: py.ssl-insecure-protocol
    http = urllib3.PoolManager(ssl_minimum_version=ssl.TLSVersion.TLSv1)
    # ruleid: py.ssl-insecure-protocol
    broker_use_ssl = {"ssl_version": ssl.PROTOCOL_TLSv1, "cert_reqs": ssl.CERT_REQUIRED}
    # ok: py.ssl-insecure-protocol
    ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # ok: py.ssl-insecure-protocol
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    # ok: py.ssl-insecure-protocol
    ctx.maximum_version = ssl.TLSVersion.MAXIMUM_SUPPORTED
    # ok: py.ssl-insecure-protocol
    ctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1
    # ok: py.ssl-insecure-protocol
    octx.set_min_proto_version(SSL.TLS1_2_VERSION)
    # ok: py.ssl-insecure-protocol
    SSL.Context(SSL.TLS_METHOD)
    # ok: py.ssl-insecure-protocol
    http = urllib3.PoolManager(ssl_version="TLSv1_2")
    # ok: py.ssl-insecure-protocol
    if hasattr(ssl, "PROTOCOL_TLSv1"):
        pass
    # ok: py.ssl-insecure-protocol
    if ctx.protocol == ssl.PROTOCOL_TLSv1:
        raise ValueError("TLS 1.0 is not allowed")


# ruleid: py.ssl-insecure-protocol
def open_tls(host, port, version=ssl.PROTOCOL_SSLv2):
    return ssl.SSLContext(version)


# ruleid: py.ssl-insecure-protocol
def open_pyopenssl(host, method: int = SSL.SSLv3_METHOD):
    return SSL.Context(method)


# ok: py.ssl-insecure-protocol
def open_modern(host, version=ssl.PROTOCOL_TLS_CLIENT):
    return ssl.SSLContext(version)


# ok: py.ssl-insecure-protocol
_openssl_versions = {ssl.PROTOCOL_TLSv1: SSL.TLSv1_METHOD, ssl.PROTOCOL_TLS: SSL.SSLv23_METHOD}
# ok: py.ssl-insecure-protocol
if has_tls_protocol(ssl.PROTOCOL_TLSv1_1):
    # ok: py.ssl-insecure-protocol
    self.assertEqual(ctx.protocol, ssl.PROTOCOL_TLSv1)
