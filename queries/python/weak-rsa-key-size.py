from cryptography.hazmat.primitives.asymmetric import rsa
from Crypto.PublicKey import RSA
import rsa as pyrsa


def keys():
    # ruleid: py.weak-rsa-key-size
    rsa.generate_private_key(public_exponent=65537, key_size=1024)
    # ruleid: py.weak-rsa-key-size
    RSA.generate(512)
    # ruleid: py.weak-rsa-key-size
    RSA.generate(bits=1024)
    # ok: py.weak-rsa-key-size
    rsa.generate_private_key(public_exponent=65537, key_size=3072)
    # ok: py.weak-rsa-key-size
    RSA.generate(2048)
    # ok: py.weak-rsa-key-size
    generate(1024)  # not a key generator we know
