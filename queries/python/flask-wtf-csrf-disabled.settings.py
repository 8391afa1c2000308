# A Flask settings module loaded with app.config.from_pyfile.
SECRET_KEY_PATH = "/etc/app/secret"
# ruleid: py.flask-wtf-csrf-disabled
WTF_CSRF_ENABLED = False
# ok: py.flask-wtf-csrf-disabled
SESSION_COOKIE_SECURE = True
# ok: py.flask-wtf-csrf-disabled
WTF_CSRF_SSL_STRICT = True
