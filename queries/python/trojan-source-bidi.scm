;; ---
;; id = "py.trojan-source-bidi"
;; title = "Unicode bidirectional control character in source (Trojan Source)"
;; severity = "warning"
;; confidence = "medium"
;; cwe = 1007
;; message = "a bidirectional control character makes this code display differently from how Python reads it"
;; tags = ["unicode", "supply-chain", "bandit:B613"]
;; references = ["https://bandit.readthedocs.io/en/latest/plugins/b613_trojansource.html", "https://trojansource.codes/", "https://www.unicode.org/reports/tr9/", "https://cwe.mitre.org/data/definitions/1007.html"]
;; ---
;; ## Why it matters
;; The Unicode bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder
;; how text is displayed. Inside a comment or string they can make a reviewer see code that
;; is not there: `return` that looks commented out, an access check that seems to end a
;; string, a string whose visible end is not its real end (CVE-2021-42574). Python only
;; allows them in comments and strings, which is where this rule looks.
;;
;; ## How to fix
;; Remove the characters. If right-to-left text really is needed in a string, write the
;; controls as escapes (`"\u2067"`), which are visible and do not reorder the source.
;;
;; ## Safe example
;; ```python
;; label = "\u2067" + hebrew_name + "\u2069"
;; ```

([(comment) (string_content)] @finding
  (#match? @finding "[\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"))
