from os import makedirs as ensure_dir
from os import open as os_open
import os as o

# ruleid: py.file-created-world-writable
ensure_dir(folder, 0o777)
# ruleid: py.file-created-world-writable
fd = os_open(path, o.O_CREAT | o.O_WRONLY, 0o666)
# ruleid: py.file-created-world-writable
o.mkdir(folder, mode=0o777)
# ok: py.file-created-world-writable
ensure_dir(folder, 0o700)
# ok: py.file-created-world-writable
f = open(path, "w", 0o666)  # builtins.open: the third argument is buffering
# ok: py.file-created-world-writable
makedirs(folder, 0o777)  # not os.makedirs: nothing imported under that name
