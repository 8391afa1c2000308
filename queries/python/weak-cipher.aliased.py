from Crypto.Cipher.DES import new as des_new

# ruleid: py.weak-cipher
c = des_new(key, mode)
