from jwt import decode as read_token

# ruleid: py.jwt-signature-not-verified
claims = read_token(token, key, options={"verify_signature": False})
