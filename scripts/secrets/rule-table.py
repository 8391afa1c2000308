#!/usr/bin/env python3
"""Prints the Markdown table of the secret rules (docs/secrets.md, "Rules") from
queries/secrets/*.toml. Run from the repository root:  python3 scripts/secrets/rule-table.py"""
import collections
import glob
import os
import tomllib

rows, severities = [], collections.Counter()
for path in sorted(glob.glob("queries/secrets/*.toml")):
    with open(path, "rb") as f:
        data = tomllib.load(f)
    for rule in data.get("rules", []):
        severity = rule.get("severity", "error")
        severities[severity] += 1
        extras = []
        if "check" in rule:
            extras.append(f"built-in check `{rule['check']}`")
        if "checksum" in rule:
            extras.append(f"checksum `{rule['checksum']}`")
        if "entropy" in rule:
            extras.append(f"entropy ≥ {rule['entropy']}")
        if rule.get("allowlists"):
            extras.append("allowlist")
        if rule.get("context"):
            extras.append("context")
        rows.append((rule["id"], rule.get("title", ""), severity, os.path.basename(path), ", ".join(extras)))

print(f"{len(rows)} rules ({severities['error']} error, {severities['warning']} warning, "
      f"{severities['info']} info).\n")
print("| id | format | severity | file | extra checks |")
print("|---|---|---|---|---|")
for row in rows:
    print("| `%s` | %s | %s | %s | %s |" % row)
