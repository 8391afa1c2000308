import pandas as pd
import pandas
from pandas import read_pickle as load_frame


def read(path):
    # ruleid: py.pandas-read-pickle
    pd.read_pickle(path)
    # ruleid: py.pandas-read-pickle
    pandas.read_pickle("s3://bucket/frame.pkl")
    # ruleid: py.pandas-read-pickle
    load_frame(path)
    # ok: py.pandas-read-pickle
    pd.read_parquet(path)
    # ok: py.pandas-read-pickle
    df.to_pickle(path)
    # ok: py.pandas-read-pickle
    read_pickle(path)  # not pandas' function
