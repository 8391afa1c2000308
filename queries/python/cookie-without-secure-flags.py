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
    # ruleid: py.set-cookie-missing-flags
    response.set_cookie("theme", "dark")
    # ok: py.cookie-without-secure-flags
    # ruleid: py.set-cookie-missing-flags
    response.set_cookie("session", token, secure=settings.HTTPS)
    # ok: py.cookie-without-secure-flags
    response.delete_cookie("session", secure=False)


def configure(app):
    # ruleid: py.cookie-without-secure-flags
    app.config["SESSION_COOKIE_SECURE"] = False
    # ruleid: py.cookie-without-secure-flags
    app.config.update(SESSION_COOKIE_HTTPONLY=False, PERMANENT_SESSION_LIFETIME=3600)
    # ruleid: py.cookie-without-secure-flags
    app.config.update({"REMEMBER_COOKIE_SECURE": False})
    # ok: py.cookie-without-secure-flags
    app.config["SESSION_COOKIE_SECURE"] = True
    # ok: py.cookie-without-secure-flags
    app.config.update(SESSION_COOKIE_SAMESITE="Lax")
    # ok: py.cookie-without-secure-flags
    default_config = ImmutableDict({"SESSION_COOKIE_SECURE": False, "SESSION_COOKIE_HTTPONLY": True})
