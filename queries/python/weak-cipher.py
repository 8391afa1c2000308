from Crypto.Cipher import DES, AES
from Cryptodome.Cipher import ARC4 as RC4
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
import pyDes


def encrypt(key, data, iv):
    # ruleid: py.weak-cipher
    DES.new(key, DES.MODE_CBC, iv)
    # ruleid: py.weak-cipher
    RC4.new(key).encrypt(data)
    # ruleid: py.weak-cipher
    Cipher(algorithms.TripleDES(key), modes.CBC(iv))
    # ruleid: py.weak-cipher
    pyDes.des(key)
    # ok: py.weak-cipher
    AES.new(key, AES.MODE_GCM)
    # ok: py.weak-cipher
    Cipher(algorithms.AES(key), modes.GCM(iv))
    # ok: py.weak-cipher
    DESIGN.new(key)
