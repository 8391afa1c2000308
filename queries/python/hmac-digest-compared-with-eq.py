import hmac
import hashlib


def check(key, body, signature, request):
    expected = hmac.new(key, body, hashlib.sha256).hexdigest()
    # ruleid: py.hmac-digest-compared-with-eq
    if hmac.new(key, body, hashlib.sha256).hexdigest() == signature:
        pass
    # ruleid: py.hmac-digest-compared-with-eq
    if request.headers.signature != hmac.digest(key, body, "sha256"):
        pass
    expected_sig = sign(body)
    # ruleid: py.hmac-digest-compared-with-eq
    if expected_sig == signature:
        pass
    # ok: py.hmac-digest-compared-with-eq
    if hmac.compare_digest(expected, signature):
        pass
    # ok: py.hmac-digest-compared-with-eq
    if signature == "":
        pass
    # ok: py.hmac-digest-compared-with-eq
    if signature is None:
        pass
    # ok: py.hmac-digest-compared-with-eq
    if digest_size == 32:
        pass


def same_usage(self, other):
    # ok: py.hmac-digest-compared-with-eq
    return self.digital_signature == other.digital_signature  # a boolean flag, not a MAC
