import os as operating_system
from os import chmod as set_mode
from os import umask as set_umask

# ruleid: py.chmod-world-writable
set_mode(path,
         0o777)
# ruleid: py.chmod-world-writable
operating_system.chmod(path, 0o666)
# ruleid: py.chmod-world-writable
set_umask(0)
# ok: py.chmod-world-writable
set_umask(0o027)
# ok: py.chmod-world-writable
operating_system.chmod(path, 0o600)
# ok: py.chmod-world-writable
umask(0)  # not os.umask: nothing imported under that name
