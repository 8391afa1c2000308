import urllib.request
from urllib import request as rq
from urllib.request import urlopen as fetch, Request


def download(url, name):
    # ruleid: py.urlopen-non-literal
    urllib.request.urlopen(url)
    # ruleid: py.urlopen-non-literal
    rq.urlretrieve(url, "out.bin")
    # ruleid: py.urlopen-non-literal
    fetch(base + name)
    # ok: py.urlopen-non-literal
    urllib.request.urlopen("https://example.com/feed")
    # ok: py.urlopen-non-literal
    fetch(f"https://api.example.com/users/{name}")  # the scheme is fixed
    # ok: py.urlopen-non-literal
    urlopen(url)  # a local function
    return Request


def urlopen(url):
    return url
