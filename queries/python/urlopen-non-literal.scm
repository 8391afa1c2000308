;; ---
;; id = "py.urlopen-non-literal"
;; title = "urllib opens a URL that is not a constant (file:// and other schemes allowed)"
;; severity = "info"
;; confidence = "low"
;; cwe = 939
;; message = "`{{func}}` follows any scheme in `{{url}}`, including file://: check the scheme if the URL comes from outside"
;; tags = ["ssrf", "network", "bandit:B310"]
;; references = ["https://bandit.readthedocs.io/en/latest/blacklists/blacklist_calls.html#b310-urllib-urlopen", "https://docs.python.org/3/library/urllib.request.html#urllib.request.urlopen", "https://cwe.mitre.org/data/definitions/939.html"]
;; ---
;; ## Why it matters
;; `urllib.request.urlopen` and `urlretrieve` accept `file://`, `ftp://` and `data:` URLs as
;; well as `http(s)://`. A URL taken from a user, a config file or a web page can make the
;; server read `/etc/passwd`, or reach internal hosts (SSRF). Most calls are legitimate, so
;; this is informational. (The legacy `URLopener` classes are `py.urllib-legacy-urlopener`.)
;;
;; ## How to fix
;; Parse the URL and allow only `https` (and the hosts you expect) before opening it, or use an
;; HTTP client that only speaks HTTP(S) such as `requests` or `httpx`.
;;
;; ## Safe example
;; ```python
;; from urllib.parse import urlparse
;; if urlparse(url).scheme != "https":
;;     raise ValueError("only https URLs")
;; with urllib.request.urlopen(url, timeout=10) as response:
;;     body = response.read()
;; ```

(call
  function: (_) @func
  arguments: (argument_list . (_) @url)
  (#resolves-to? @func
    "urllib.request.urlopen" "urllib.request.urlretrieve"
    "urllib.urlopen" "urllib.urlretrieve" "urllib2.urlopen"
    "six.moves.urllib.request.urlopen" "six.moves.urllib.request.urlretrieve")
  (#not-literal? @url)
  (#not-match? @url "^(f?['\"]https?://|Request\\(|urllib\\.request\\.Request\\()")) @finding
