import jwt
from jose import jwt as jose_jwt
from jwt import encode as sign


def tokens(claims, token, key):
    # ruleid: py.jwt-none-algorithm
    a = jwt.encode(claims, None, algorithm="none")
    # ruleid: py.jwt-none-algorithm
    b = jwt.decode(token, key, algorithms=["HS256", "none"])
    # ruleid: py.jwt-none-algorithm
    c = sign(claims, "", algorithm="None")
    # ok: py.jwt-none-algorithm
    d = jose_jwt.encode(claims, key, algorithm="HS256")
    # ok: py.jwt-none-algorithm
    e = jwt.decode(token, key, algorithms=["RS256"])
    # ok: py.jwt-none-algorithm
    f = compress(claims, algorithm="none")  # not a JWT library
    return a, b, c, d, e, f


def compress(data, algorithm):
    return data
