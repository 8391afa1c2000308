from ssl import PROTOCOL_TLSv1 as OLD, SSLContext
from ssl import TLSVersion as V
import OpenSSL.SSL as ossl

# ruleid: py.ssl-insecure-protocol
ctx = SSLContext(OLD)
# ruleid: py.ssl-insecure-protocol
ctx.minimum_version = V.TLSv1_1
# ruleid: py.ssl-insecure-protocol
c = ossl.Context(ossl.SSLv3_METHOD)
# ok: py.ssl-insecure-protocol
ctx.minimum_version = V.TLSv1_2
# ok: py.ssl-insecure-protocol
c = ossl.Context(ossl.TLS_CLIENT_METHOD)
