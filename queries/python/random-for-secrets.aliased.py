from random import getrandbits as bits


def make(user):
    # ruleid: py.random-for-secrets
    token: int = bits(128)
