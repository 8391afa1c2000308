from os import chmod as set_mode

# ruleid: py.chmod-world-writable
set_mode(path,
         0o777)
