from hashlib import md5 as fingerprint

# ruleid: py.hashlib-weak-hash
h = fingerprint(data)
