import hashlib
import hashlib as h
from hashlib import sha1 as fingerprint


def digest(data):
    # ruleid: py.hashlib-weak-hash
    hashlib.md5(data).hexdigest()
    # ruleid: py.hashlib-weak-hash
    h.new("sha1", data)
    # ruleid: py.hashlib-weak-hash
    fingerprint(data)
    # ok: py.hashlib-weak-hash
    hashlib.md5(data, usedforsecurity=False).hexdigest()
    # ok: py.hashlib-weak-hash
    hashlib.sha256(data)
    # ok: py.hashlib-weak-hash
    hashlib.new("sha256", data)
    # ok: py.hashlib-weak-hash
    md5(data)  # not hashlib's


def explicit(data):
    # ruleid: py.hashlib-weak-hash
    hashlib.sha1(data, usedforsecurity=True)
    # ruleid: py.hashlib-weak-hash
    hashlib.new("md5", data, usedforsecurity=True)
    # ruleid: py.hashlib-weak-hash
    hashlib.new(name="sha1", data=data)
    # ok: py.hashlib-weak-hash
    hashlib.new(name="sha1", data=data, usedforsecurity=False)
    # ok: py.hashlib-weak-hash
    hashlib.new(name="sha256", data=data)
