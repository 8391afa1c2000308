from Crypto.Hash import MD5, SHA256
from Cryptodome.Hash import SHA1
from cryptography.hazmat.primitives import hashes


def digest(data):
    # ruleid: py.crypto-weak-hash
    MD5.new(data)
    # ruleid: py.crypto-weak-hash
    SHA1.new(data)
    # ruleid: py.crypto-weak-hash
    hashes.Hash(hashes.MD5())
    # ruleid: py.crypto-weak-hash
    hashes.Hash(hashes.SHA1())
    # ok: py.crypto-weak-hash
    SHA256.new(data)
    # ok: py.crypto-weak-hash
    hashes.Hash(hashes.SHA256())
    # ok: py.crypto-weak-hash
    MD5_TABLE.new(data)
