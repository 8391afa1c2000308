import jwt
import jwt as pyjwt
from jose import jwt as jose_jwt
from jwt import decode as read_token


def claims(token, key):
    # ruleid: py.jwt-signature-not-verified
    a = jwt.decode(token, options={"verify_signature": False})
    # ruleid: py.jwt-signature-not-verified
    b = jose_jwt.decode(token, key, options={"verify_signature": False, "verify_aud": False})
    # ruleid: py.jwt-signature-not-verified
    c = read_token(token, verify=False)
    # ok: py.jwt-signature-not-verified
    d = pyjwt.decode(token, key, algorithms=["RS256"])
    # ok: py.jwt-signature-not-verified
    e = jwt.decode(token, key, algorithms=["HS256"], options={"verify_aud": False})
    # ok: py.jwt-signature-not-verified
    f = jwt.get_unverified_header(token)
    # ok: py.jwt-signature-not-verified
    g = decode(token, verify=False)  # a local function
    return a, b, c, d, e, f, g


def decode(token, verify):
    return token
