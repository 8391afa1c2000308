from hashlib import sha256 as digest

# ruleid: py.fast-hash-for-password
stored = digest(
    password.encode())
