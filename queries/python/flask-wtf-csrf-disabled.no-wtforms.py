import marshmallow


class Schema(marshmallow.Schema):
    class Meta:
        # ok: py.flask-wtf-csrf-disabled
        csrf = False  # not a WTForms form: this file imports neither flask_wtf nor wtforms
