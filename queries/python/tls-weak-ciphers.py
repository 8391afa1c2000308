import ssl
import requests.packages.urllib3.util.ssl_ as ssl_
from OpenSSL import SSL
from urllib3.util.ssl_ import create_urllib3_context


def contexts(sock):
    ctx = ssl.create_default_context()
    # ruleid: py.tls-weak-ciphers
    ctx.set_ciphers("RC4-SHA:AES128-SHA")
    # ruleid: py.tls-weak-ciphers
    ctx.set_ciphers("DEFAULT:@SECLEVEL=0")
    octx = SSL.Context(SSL.TLS_METHOD)
    # ruleid: py.tls-weak-ciphers
    octx.set_cipher_list(b"DES-CBC3-SHA")
    # ruleid: py.tls-weak-ciphers
    context = create_urllib3_context(ciphers="HIGH:EXP:!MD5")
    # ruleid: py.tls-weak-ciphers
    ctx.set_ciphers("ALL:aNULL")
    # ruleid: py.tls-weak-ciphers
    ssl_.DEFAULT_CIPHERS += ":3DES"
    # ruleid: py.tls-weak-ciphers
    options = {"certfile": "server.pem", "ciphers": "NULL-SHA256:AES256-SHA"}
    # ruleid: py.tls-weak-ciphers
    ctx.set_ciphers("HIGH:+RC4")
    # ok: py.tls-weak-ciphers
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!eNULL:!MD5:!RC4:!3DES")
    # ok: py.tls-weak-ciphers
    ctx.set_ciphers("HIGH:!aNULL:!kRSA:-DES:!EXPORT")
    # ok: py.tls-weak-ciphers
    octx.set_cipher_list(b"ECDHE-RSA-AES128-GCM-SHA256")
    # ok: py.tls-weak-ciphers
    context = create_urllib3_context(ciphers="ECDHE-ECDSA-AES256-GCM-SHA384,ECDHE-RSA-CHACHA20-POLY1305")
    # ok: py.tls-weak-ciphers
    ctx.set_ciphers(cipher_list)
    # ok: py.tls-weak-ciphers
    name = "RC4 is broken"
