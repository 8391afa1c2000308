from flask import Flask, make_response


def login(response, token, options):
    # ruleid: py.set-cookie-missing-flags
    response.set_cookie("session", token)
    # ruleid: py.set-cookie-missing-flags
    response.set_cookie("session", token, httponly=True, samesite="Lax")
    # ruleid: py.set-cookie-missing-flags
    response.set_cookie("session", token, secure=True)
    # ruleid: py.set-cookie-missing-flags
    response.set_signed_cookie("uid", token, max_age=3600)
    # ok: py.set-cookie-missing-flags
    response.set_cookie("session", token, secure=True, httponly=True, samesite="Lax")
    # ok: py.set-cookie-missing-flags
    response.set_cookie("session", token, **options)
    # ok: py.set-cookie-missing-flags
    # ruleid: py.cookie-without-secure-flags
    response.set_cookie("session", token, secure=False, httponly=True)
    # ok: py.set-cookie-missing-flags
    response.set_cookie("session", token, 3600, None, "/", None, True, True)
    # ok: py.set-cookie-missing-flags
    resp.set_cookie("session", token, secure=True, http_only=True)
    # ok: py.set-cookie-missing-flags
    response.delete_cookie("session")
    # ok: py.set-cookie-missing-flags
    jar.set_cookie(cookie)  # http.cookiejar: a Cookie object
    # ok: py.set-cookie-missing-flags
    self.set_cookie(key, max_age=0, path=path, secure=secure, samesite=samesite)  # a deletion
