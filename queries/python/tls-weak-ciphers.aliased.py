from ssl import create_default_context as make_context
from urllib3.util.ssl_ import create_urllib3_context as ctx_for_adapter

ctx = make_context()
# ruleid: py.tls-weak-ciphers
ctx.set_ciphers("EXP-RC4-MD5")
# ruleid: py.tls-weak-ciphers
adapter_ctx = ctx_for_adapter(ciphers="ADH-AES256-SHA")
# ok: py.tls-weak-ciphers
adapter_ctx = ctx_for_adapter(ciphers="ECDHE+AESGCM:!ADH")
# ok: py.tls-weak-ciphers
ctx.set_ciphers("AESGCM:!RC4:!DES")
