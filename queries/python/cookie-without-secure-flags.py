def login(response, token, settings):
    # ruleid: py.cookie-without-secure-flags
    response.set_cookie("session", token, secure=False)
    # ruleid: py.cookie-without-secure-flags
    response.set_cookie("remember", token, secure=True, httponly=False)
    # ruleid: py.cookie-without-secure-flags
    response.set_cookie(key="sid", value=token, httponly=False, samesite="Lax")
    # ok: py.cookie-without-secure-flags
    response.set_cookie("session", token, secure=True, httponly=True)
    # ok: py.cookie-without-secure-flags
    response.set_cookie("theme", "dark")
    # ok: py.cookie-without-secure-flags
    response.set_cookie("session", token, secure=settings.HTTPS)
    # ok: py.cookie-without-secure-flags
    response.delete_cookie("session", secure=False)
