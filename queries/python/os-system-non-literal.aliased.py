from os import system as run_shell

# ruleid: py.os-system-non-literal
run_shell(command)
