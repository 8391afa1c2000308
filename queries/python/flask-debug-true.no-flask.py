import unittest


class Runner:
    def run(self, debug=False):
        return debug


# ok: py.flask-debug-true
Runner().run(debug=True)  # not a Flask app: the file does not import flask
# ok: py.flask-debug-true
unittest.main().debug = True
# ok: py.flask-debug-true
run(debug=True)
