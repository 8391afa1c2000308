from Crypto.PublicKey.RSA import generate as make_key

# ruleid: py.weak-rsa-key-size
key = make_key(1024)
