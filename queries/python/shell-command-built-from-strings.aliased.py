from os import system as run_shell

# ruleid: py.shell-command-built-from-strings
run_shell("ls " + folder)
