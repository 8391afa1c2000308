import requests
import httpx as hx
from requests import post as send_form


def fetch(url, session, data):
    # ruleid: py.tls-verify-false
    # ruleid: py.requests-without-timeout
    requests.get(url, verify=False)
    # ruleid: py.tls-verify-false
    send_form(url, data=data, verify=False, timeout=5)
    # ruleid: py.tls-verify-false
    client = hx.Client(verify=False)
    # ruleid: py.tls-verify-false
    session.get(url, verify=False, timeout=3)
    # ruleid: py.tls-verify-false
    session.verify = False
    # ok: py.tls-verify-false
    requests.get(url, timeout=5)
    # ok: py.tls-verify-false
    requests.get(url, verify="/etc/ssl/ca.pem", timeout=5)
    # ok: py.tls-verify-false
    requests.get(url, verify=True, timeout=5)
    # ok: py.tls-verify-false
    signer.check(data, verify=False)  # not an HTTP call
