from flask import Flask as Web
from werkzeug.serving import run_simple as serve
import os

app = Web(__name__)

# ruleid: py.flask-debug-true
app.debug = True
# ruleid: py.flask-debug-true
# ruleid: py.bind-all-interfaces
serve("0.0.0.0", 5000, app, use_debugger=True)
# ok: py.flask-debug-true
serve("127.0.0.1", 5000, app, use_debugger=False)
# ok: py.flask-debug-true
app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
# ok: py.flask-debug-true
app.run(host="127.0.0.1", debug=False)

if __name__ == "__main__":
    # ruleid: py.flask-debug-true
    # ruleid: py.bind-all-interfaces
    app.run(host="0.0.0.0", debug=True)
