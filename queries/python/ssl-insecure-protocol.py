import ssl
from ssl import PROTOCOL_TLSv1_1
from OpenSSL import SSL


def contexts(sock):
    # ruleid: py.ssl-insecure-protocol
    ssl.SSLContext(ssl.PROTOCOL_SSLv3)
    # ruleid: py.ssl-insecure-protocol
    ssl.wrap_socket(sock, ssl_version=PROTOCOL_TLSv1_1)
    # ruleid: py.ssl-insecure-protocol
    SSL.Context(SSL.TLSv1_METHOD)
    ctx = ssl.create_default_context()
    # ruleid: py.ssl-insecure-protocol
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    # ok: py.ssl-insecure-protocol
    ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # ok: py.ssl-insecure-protocol
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    # ok: py.ssl-insecure-protocol
    SSL.Context(SSL.TLS_METHOD)
    # ok: py.ssl-insecure-protocol
    if hasattr(ssl, "PROTOCOL_TLSv1"):
        pass
