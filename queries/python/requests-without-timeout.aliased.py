import httpx as h
from requests import get as fetch

# ruleid: py.requests-without-timeout
fetch("https://api.example.org/status")
# ruleid: py.requests-without-timeout
client = h.AsyncClient(timeout=None)
# ok: py.requests-without-timeout
fetch("https://api.example.org/status", timeout=3)
# ok: py.requests-without-timeout
client = h.AsyncClient()
