from Crypto.Cipher import AES
from Cryptodome.Cipher import AES as AES2
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.modes import ECB


def encrypt(key, iv):
    # ruleid: py.cipher-ecb-mode
    AES.new(key, AES.MODE_ECB)
    # ruleid: py.cipher-ecb-mode
    AES2.new(key, mode=AES2.MODE_ECB)
    # ruleid: py.cipher-ecb-mode
    Cipher(algorithms.AES(key), modes.ECB())
    # ruleid: py.cipher-ecb-mode
    Cipher(algorithms.AES(key), ECB())
    # ok: py.cipher-ecb-mode
    AES.new(key, AES.MODE_GCM)
    # ok: py.cipher-ecb-mode
    Cipher(algorithms.AES(key), modes.CBC(iv))
    # ok: py.cipher-ecb-mode
    self.ECB()  # unrelated method
