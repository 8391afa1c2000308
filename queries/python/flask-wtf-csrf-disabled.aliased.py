from flask_wtf import FlaskForm as BaseForm
import wtforms as w


class LoginForm(BaseForm):
    class Meta:
        # ruleid: py.flask-wtf-csrf-disabled
        csrf = False


# ruleid: py.flask-wtf-csrf-disabled
form = LoginForm(meta={"csrf": False})
# ok: py.flask-wtf-csrf-disabled
form = LoginForm(meta={"csrf": True})
# ok: py.flask-wtf-csrf-disabled
form = LoginForm()
