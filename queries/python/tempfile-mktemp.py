import tempfile
import tempfile as tf
from tempfile import mktemp as temp_name


def scratch():
    # ruleid: py.tempfile-mktemp
    path = tempfile.mktemp()
    # ruleid: py.tempfile-mktemp
    tf.mktemp(suffix=".txt")
    # ruleid: py.tempfile-mktemp
    temp_name()
    # ok: py.tempfile-mktemp
    fd, path = tempfile.mkstemp()
    # ok: py.tempfile-mktemp
    tempfile.NamedTemporaryFile()
    # ok: py.tempfile-mktemp
    mktemp()  # a local helper
