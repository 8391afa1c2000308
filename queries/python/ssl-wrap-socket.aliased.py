from ssl import wrap_socket as tls

# ruleid: py.ssl-wrap-socket
s = tls(sock)
