# ruleid: py.django-insecure-cookie-settings
SESSION_COOKIE_SECURE = False
# ruleid: py.django-insecure-cookie-settings
CSRF_COOKIE_SECURE = False
# ruleid: py.django-insecure-cookie-settings
SESSION_COOKIE_HTTPONLY = False
# ok: py.django-insecure-cookie-settings
SESSION_COOKIE_SECURE = True
# ok: py.django-insecure-cookie-settings
CSRF_COOKIE_HTTPONLY = False  # Django's default; the CSRF cookie is meant to be readable
# ok: py.django-insecure-cookie-settings
SESSION_COOKIE_SECURE_FLAG = False


def test_settings(settings):
    # ok: py.django-insecure-cookie-settings
    settings.SESSION_COOKIE_SECURE = False  # a test override
