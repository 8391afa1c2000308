from cryptography.hazmat.primitives.ciphers.modes import ECB as Electronic

# ruleid: py.cipher-ecb-mode
mode = Electronic()
