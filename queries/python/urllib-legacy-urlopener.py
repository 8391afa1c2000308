import urllib.request
from urllib.request import FancyURLopener


def fetch(url):
    # ruleid: py.urllib-legacy-urlopener
    opener = urllib.request.URLopener()
    # ruleid: py.urllib-legacy-urlopener
    opener = FancyURLopener({})
    # ruleid: py.urllib-legacy-urlopener
    urllib.request.URLopener(proxies={"http": "http://proxy:3128"}).retrieve(url, "out.bin")
    # ok: py.urllib-legacy-urlopener
    opener = urllib.request.build_opener()
    # ok: py.urllib-legacy-urlopener
    with urllib.request.urlopen("https://example.org/feed", timeout=10) as response:
        body = response.read()
    # ok: py.urllib-legacy-urlopener
    opener = URLopener()  # not urllib's: nothing imported under that name
