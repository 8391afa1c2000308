#!/usr/bin/env python3
"""Scores a redflag JSON report against tests/secrets-eval labels: recall per format
(found = a finding of the expected rule starting on the planted line) and false positives
(any finding in the negatives). Usage: score.py LABELS.json REPORT.json"""
import collections
import json
import sys


def main():
    labels = json.load(open(sys.argv[1]))
    report = json.load(open(sys.argv[2]))
    found = collections.defaultdict(set)  # (file, line) -> rule ids
    negatives = []
    for f in report["findings"]:
        path = f["path"]
        if "/neg/" in "/" + path or path.startswith("neg/"):
            negatives.append(f)
        key = path[path.index("pos/"):] if "pos/" in path else path
        found[(key, f["start"]["line"])].add(f["rule_id"])
    per_rule = collections.defaultdict(lambda: [0, 0, 0])  # planted, by rule, by any rule
    for p in labels["positives"]:
        hits = found.get((p["file"], p["line"]), set())
        counts = per_rule[p["rule"]]
        counts[0] += 1
        counts[1] += p["rule"] in hits
        counts[2] += bool(hits)
    planted = sum(c[0] for c in per_rule.values())
    by_rule = sum(c[1] for c in per_rule.values())
    by_any = sum(c[2] for c in per_rule.values())
    print("eval set: %d formats x %d values = %d planted, %d negatives"
          % (labels["formats"], labels["per_format"], planted, labels["negatives"]))
    print("recall (expected rule): %d/%d = %.1f%%" % (by_rule, planted, 100.0 * by_rule / max(planted, 1)))
    print("recall (any secret rule on the line): %d/%d = %.1f%%" % (by_any, planted, 100.0 * by_any / max(planted, 1)))
    print("false positives on negatives: %d" % len(negatives))
    for rule, (n, hit, anyhit) in sorted(per_rule.items()):
        if hit < n:
            print("  missed %s: %d/%d found (%d by another rule)" % (rule, hit, n, anyhit - hit))
    for f in negatives:
        print("  FP %s:%d %s %s" % (f["path"], f["start"]["line"], f["rule_id"], f["excerpt"][:100]))


if __name__ == "__main__":
    main()
