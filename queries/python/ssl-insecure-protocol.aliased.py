from ssl import PROTOCOL_TLSv1 as OLD, SSLContext

# ruleid: py.ssl-insecure-protocol
ctx = SSLContext(OLD)
