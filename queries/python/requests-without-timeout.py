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
