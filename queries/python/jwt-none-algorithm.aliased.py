from jwt import encode as sign

# ruleid: py.jwt-none-algorithm
t = sign(claims, None, algorithm="none")
