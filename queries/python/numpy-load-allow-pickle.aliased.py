from numpy import load as load_array

# ruleid: py.numpy-load-allow-pickle
arr = load_array(path, allow_pickle=True)
