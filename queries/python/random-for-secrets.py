import random
import random as rnd
import secrets
import string
from random import choices as pick


def make(user):
    # ruleid: py.random-for-secrets
    token = random.getrandbits(128)
    # ruleid: py.random-for-secrets
    password = "".join(random.choice(string.ascii_letters) for _ in range(12))
    # ruleid: py.random-for-secrets
    user.reset_code = rnd.randint(100000, 999999)
    # ruleid: py.random-for-secrets
    api_key = "".join(pick(string.hexdigits, k=32))
    # ok: py.random-for-secrets
    token = secrets.token_urlsafe(32)
    # ok: py.random-for-secrets
    delay = random.uniform(0.1, 0.5)  # jitter, not a secret
    # ok: py.random-for-secrets
    password = "".join(secrets.choice(string.ascii_letters) for _ in range(12))
    # ok: py.random-for-secrets
    salt = random.SystemRandom().randbytes(16)
    # ok: py.random-for-secrets
    token_count = len(tokens)
