import hashlib
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from Crypto.Protocol.KDF import PBKDF2


def derive(password, salt):
    # ruleid: py.weak-key-derivation-iterations
    hashlib.pbkdf2_hmac("sha256", password, salt, 1000)
    # ruleid: py.weak-key-derivation-iterations
    PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=10_000)
    # ruleid: py.weak-key-derivation-iterations
    PBKDF2(password, salt, 32, count=5000)
    # ok: py.weak-key-derivation-iterations
    hashlib.pbkdf2_hmac("sha256", password, salt, 600_000)
    # ok: py.weak-key-derivation-iterations
    PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=600000)
    # ok: py.weak-key-derivation-iterations
    hashlib.pbkdf2_hmac("sha256", password, salt, rounds)
