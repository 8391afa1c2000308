from cryptography.hazmat.primitives.asymmetric.ec import SECP192R1 as SmallCurve, generate_private_key
import cryptography.hazmat.primitives.asymmetric.ec as curves
from Cryptodome.PublicKey import ECC as E

# ruleid: py.weak-ec-curve
key = generate_private_key(SmallCurve())
# ruleid: py.weak-ec-curve
key = curves.generate_private_key(curves.SECT163K1())
# ruleid: py.weak-ec-curve
key = E.generate(curve="secp192r1")
# ok: py.weak-ec-curve
key = curves.generate_private_key(curves.SECP521R1())
# ok: py.weak-ec-curve
key = E.generate(curve="Ed25519")
