import os
from Crypto.Cipher import AES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt(key, data):
    # ruleid: py.cipher-static-iv
    AES.new(key, AES.MODE_CBC, b"0123456789abcdef")
    # ruleid: py.cipher-static-iv
    AES.new(key, AES.MODE_GCM, nonce=b"\x00" * 12)
    # ruleid: py.cipher-static-iv
    Cipher(algorithms.AES(key), modes.CBC(b"fixedfixedfixed!"))
    # ok: py.cipher-static-iv
    AES.new(key, AES.MODE_CBC, os.urandom(16))
    # ok: py.cipher-static-iv
    Cipher(algorithms.AES(key), modes.GCM(nonce))
    # ok: py.cipher-static-iv
    AES.new(key, AES.MODE_GCM)
