from Crypto.Cipher import AES as Aes

# ruleid: py.cipher-static-iv
c = Aes.new(key, Aes.MODE_CBC, b"0123456789abcdef")
