import builtins
import ast as a


def run(user_text, name):
    # ruleid: py.eval-non-literal
    eval(user_text)
    # ruleid: py.eval-non-literal
    exec(f"result = {name}")
    # ruleid: py.eval-non-literal
    builtins.eval("1 + " + user_text)
    # ok: py.eval-non-literal
    eval("1 + 2")
    # ok: py.eval-non-literal
    a.literal_eval(user_text)
    # ok: py.eval-non-literal
    model.eval()
    # ok: py.eval-non-literal
    exec("import this")  # constant code is the author's own
