import hashlib
from hashlib import sha256


def store(user, password, data):
    # ruleid: py.fast-hash-for-password
    hashlib.sha256(password.encode()).hexdigest()
    # ruleid: py.fast-hash-for-password
    # ruleid: py.hashlib-weak-hash
    hashlib.md5(user.password).hexdigest()
    # ruleid: py.fast-hash-for-password
    sha256(password)
    # ok: py.fast-hash-for-password
    hashlib.sha256(data).hexdigest()
    # ok: py.fast-hash-for-password
    hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    # ok: py.fast-hash-for-password
    hashlib.sha256(password_reset_token_id.encode())
