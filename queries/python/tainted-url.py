import urllib.request

import httpx
import requests
from flask import request


def proxy():
    url = request.args["url"]
    # ruleid: py.tainted-url
    return requests.get(url, timeout=5).text


def fetch_host(request):
    host = request.GET["host"]
    # ruleid: py.tainted-url
    requests.get(f"https://{host}/status", timeout=5)
    # ruleid: py.tainted-url
    urllib.request.urlopen("http://" + host + "/metrics")
    target = {"url": request.POST.get("callback")}
    # ruleid: py.tainted-url
    httpx.post(target["url"], json={})
    # ruleid: py.tainted-url
    requests.request("POST", url=target["url"], timeout=5)
    # ok: py.tainted-url
    requests.get(f"https://api.example.com/items/{host}", timeout=5)
    # ok: py.tainted-url
    requests.get("https://api.example.com/search", params={"q": host}, timeout=5)
    # ok: py.tainted-url
    requests.get("https://api.example.com/health", timeout=5)


def not_a_view(url):
    # ok: py.tainted-url
    return requests.get(url, timeout=5)
