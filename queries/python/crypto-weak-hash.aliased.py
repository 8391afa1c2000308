from Crypto.Hash.MD5 import new as md5_new

# ruleid: py.crypto-weak-hash
h = md5_new(data)
