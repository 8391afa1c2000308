import ssl
import ssl as tls
from ssl import wrap_socket as secure


def connect(sock, host, ctx):
    # ruleid: py.ssl-wrap-socket
    ssl.wrap_socket(sock)
    # ruleid: py.ssl-wrap-socket
    tls.wrap_socket(sock, keyfile="k.pem", certfile="c.pem")
    # ruleid: py.ssl-wrap-socket
    secure(sock)
    # ok: py.ssl-wrap-socket
    ctx.wrap_socket(sock, server_hostname=host)
    # ok: py.ssl-wrap-socket
    ssl.create_default_context().wrap_socket(sock, server_hostname=host)
    # ok: py.ssl-wrap-socket
    wrap_socket(sock)  # a local helper
