from tempfile import mktemp as temp_name

# ruleid: py.tempfile-mktemp
path = temp_name()
