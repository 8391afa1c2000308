from flask import Flask
from flask_wtf import FlaskForm, CSRFProtect

app = Flask(__name__)
csrf = CSRFProtect(app)
# ruleid: py.flask-wtf-csrf-disabled
app.config["WTF_CSRF_ENABLED"] = False
# ruleid: py.flask-wtf-csrf-disabled
app.config.update(WTF_CSRF_CHECK_DEFAULT=False)
# ruleid: py.flask-wtf-csrf-disabled
app.config.update({"WTF_CSRF_ENABLED": False, "SECRET_KEY_FILE": "key"})


class ProductionConfig:
    DEBUG = False
    # ruleid: py.flask-wtf-csrf-disabled
    WTF_CSRF_ENABLED = False


class TestingConfig:
    # ok: py.flask-wtf-csrf-disabled
    WTF_CSRF_ENABLED = False


class CommentForm(FlaskForm):
    class Meta:
        # ruleid: py.flask-wtf-csrf-disabled
        csrf = False


# ruleid: py.flask-wtf-csrf-disabled
form = CommentForm(meta={"csrf": False})


# ruleid: py.flask-wtf-csrf-disabled
@csrf.exempt
@app.route("/comment", methods=["POST"])
def comment():
    return "ok"


# ok: py.flask-wtf-csrf-disabled
app.config["WTF_CSRF_ENABLED"] = True
# ok: py.flask-wtf-csrf-disabled
app.config["WTF_CSRF_TIME_LIMIT"] = None
# ok: py.flask-wtf-csrf-disabled
form = CommentForm(meta={"locales": ["en"]})
