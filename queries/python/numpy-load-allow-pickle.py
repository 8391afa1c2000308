import numpy as np
import numpy
from numpy import load as load_arrays


def read(path):
    # ruleid: py.numpy-load-allow-pickle
    np.load(path, allow_pickle=True)
    # ruleid: py.numpy-load-allow-pickle
    numpy.load(path, mmap_mode="r", allow_pickle=True)
    # ruleid: py.numpy-load-allow-pickle
    load_arrays(path, allow_pickle=True)
    # ok: py.numpy-load-allow-pickle
    np.load(path)
    # ok: py.numpy-load-allow-pickle
    np.load(path, allow_pickle=False)
    # ok: py.numpy-load-allow-pickle
    np.save(path, arr, allow_pickle=True)  # writing is not the risk
