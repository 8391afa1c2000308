from cryptography.hazmat.primitives.asymmetric import ec
from Crypto.PublicKey import ECC


def keys(value):
    # ruleid: py.weak-ec-curve
    key = ec.generate_private_key(ec.SECP192R1())
    # ruleid: py.weak-ec-curve
    key = ec.derive_private_key(value, ec.SECT163K1())
    # ruleid: py.weak-ec-curve
    key = ec.generate_private_key(curve=ec.SECT163R2())
    # ruleid: py.weak-ec-curve
    key = ECC.generate(curve="P-192")
    # ok: py.weak-ec-curve
    key = ec.generate_private_key(ec.SECP256R1())
    # ok: py.weak-ec-curve
    key = ec.generate_private_key(ec.SECP384R1())
    # ok: py.weak-ec-curve
    key = ECC.generate(curve="P-256")
    # ok: py.weak-ec-curve
    key = SECP192R1()  # not cryptography's: nothing imported under that name
