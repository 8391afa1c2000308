from hashlib import pbkdf2_hmac as derive

# ruleid: py.weak-key-derivation-iterations
key = derive("sha256", pw, salt, 1000)
