;; ---
;; id = "py.urllib-legacy-urlopener"
;; title = "urllib URLopener / FancyURLopener (deprecated, opens file:// and ftp:// URLs)"
;; severity = "info"
;; confidence = "medium"
;; cwe = 939
;; message = "`{{func}}` is the deprecated legacy opener: it follows file://, ftp:// and data: URLs as readily as http(s)://"
;; tags = ["ssrf", "network", "bandit:B310"]
;; references = ["https://bandit.readthedocs.io/en/latest/blacklists/blacklist_calls.html#b310-urllib-urlopen", "https://docs.python.org/3/library/urllib.request.html#legacy-interface", "https://cwe.mitre.org/data/definitions/939.html"]
;; ---
;; ## Why it matters
;; `URLopener` and `FancyURLopener` (deprecated since Python 3.3) open whatever URL their
;; `open()` / `retrieve()` get, local files included: a URL taken from a user, a feed or a
;; configuration file can read `/etc/passwd` or reach internal FTP and HTTP services. They
;; also skip the certificate checks of the modern API on old Pythons. `urlopen` /
;; `urlretrieve` on a variable are `py.urlopen-non-literal`.
;;
;; ## How to fix
;; Use `urllib.request.urlopen` (or `requests` / `httpx`) with a URL whose scheme and host you
;; have checked.
;;
;; ## Safe example
;; ```python
;; if urlparse(url).scheme != "https":
;;     raise ValueError("only https URLs")
;; with urllib.request.urlopen(url, timeout=10) as response:
;;     body = response.read()
;; ```

(call
  function: (_) @func
  (#resolves-to? @func
    "urllib.request.URLopener" "urllib.request.FancyURLopener"
    "urllib.URLopener" "urllib.FancyURLopener"
    "six.moves.urllib.request.URLopener" "six.moves.urllib.request.FancyURLopener")) @finding
