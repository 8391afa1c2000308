import requests
import requests as rq
from requests import post as send


def fetch(url, payload, options):
    # ruleid: py.requests-without-timeout
    requests.get(url)
    # ruleid: py.requests-without-timeout
    rq.request("GET", url, headers={"Accept": "application/json"})
    # ruleid: py.requests-without-timeout
    send(url, json=payload)
    # ok: py.requests-without-timeout
    requests.get(url, timeout=5)
    # ok: py.requests-without-timeout
    send(url, json=payload, timeout=(3, 10))
    # ok: py.requests-without-timeout
    requests.get(url, **options)  # may hold a timeout
    # ruleid: py.requests-without-timeout
    requests.get(
        url,
    )
    # ok: py.requests-without-timeout
    get(url)  # a local function


def get(url):
    return url


def explicit_none(url):
    import httpx

    # ruleid: py.requests-without-timeout
    requests.post(url, data=b"", timeout=None)
    # ruleid: py.requests-without-timeout
    client = httpx.Client(timeout=None)
    # ruleid: py.requests-without-timeout
    httpx.get(url, timeout=None)
    # ok: py.requests-without-timeout
    httpx.get(url)  # httpx defaults to a 5 second timeout
    # ok: py.requests-without-timeout
    client = httpx.AsyncClient(timeout=httpx.Timeout(10.0))
