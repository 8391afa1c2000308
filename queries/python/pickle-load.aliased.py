from pickle import loads as restore

# ruleid: py.pickle-load
obj = restore(blob)
