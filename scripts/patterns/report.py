#!/usr/bin/env python3
"""Per-rule counts and judged precision for scripts/measure-patterns.sh.

usage: report.py FINDINGS_JSON LABELS_TSV [--sample N SAMPLE_TSV] [--speed HYPERFINE_JSON]

Findings are keyed as `py/<path under lib/python3.x>` or `crates/<crate>/<path>` plus the
line, so labels stay valid whoever runs the scan. A label counts only while its finding is
still reported: labels of findings a rule change removed are listed as stale.
"""

import csv
import json
import random
import re
import sys
from collections import Counter, defaultdict

PATTERN_PREFIXES = ("py.", "rs.")
# Test code uses dangerous APIs on purpose (the stdlib's test_ssl turns verification off):
# counted apart so the non-test column shows what a project's own code would see.
TEST_PATH = re.compile(r"(^|/)(tests?|testing|idle_test|benches|examples)/|(^|/)test_[^/]*\.py$|_tests?\.(py|rs)$")


def key_of(path):
    m = re.search(r"lib/python3\.\d+/(.*)$", path)
    if m:
        return "py/" + m.group(1)
    m = re.search(r"registry/src/[^/]+/(.*)$", path)
    if m:
        return "crates/" + m.group(1)
    return path


def load_findings(path):
    with open(path) as f:
        doc = json.load(f)
    out = []
    for f in doc["findings"]:
        rule = f["rule_id"]
        if not rule.startswith(PATTERN_PREFIXES) or f["category"] != "insecure-pattern":
            continue
        out.append(
            {
                "rule": rule,
                "severity": f["severity"],
                "loc": f"{key_of(f['path'])}:{f['start']['line']}",
                "excerpt": f["excerpt"].strip().replace("\t", " ")[:120],
                "test": bool(TEST_PATH.search(key_of(f["path"]))),
            }
        )
    return out, doc["summary"]


def load_labels(path):
    labels = {}
    try:
        with open(path) as f:
            for row in csv.reader(f, delimiter="\t"):
                if not row or row[0].startswith("#") or len(row) < 3:
                    continue
                labels[(row[0], row[1])] = (row[2].upper(), row[3] if len(row) > 3 else "")
    except FileNotFoundError:
        pass
    return labels


def main(argv):
    findings, summary = load_findings(argv[1])
    labels = load_labels(argv[2])
    per_rule = Counter(f["rule"] for f in findings)
    severity = {f["rule"]: f["severity"] for f in findings}
    found = {(f["rule"], f["loc"]) for f in findings}

    print(f"files scanned {summary['files_scanned']}, parsed {summary['files_parsed']}")
    non_test = Counter(f["rule"] for f in findings if not f["test"])
    print(f"{'rule':45} {'sev':8} {'count':>6} {'non-test':>8} {'TP':>4} {'FP':>4}")
    judged = defaultdict(Counter)
    for (rule, loc), (verdict, _) in labels.items():
        if (rule, loc) in found:
            judged[rule][verdict] += 1
    for rule, n in sorted(per_rule.items(), key=lambda kv: (-kv[1], kv[0])):
        j = judged[rule]
        print(f"{rule:45} {severity[rule]:8} {n:6} {non_test[rule]:8} {j['TP']:4} {j['FP']:4}")
    total = Counter()
    by_sev = defaultdict(Counter)
    for rule, j in judged.items():
        total.update(j)
        by_sev[severity.get(rule, "?")].update(j)
    n = total["TP"] + total["FP"]
    print(f"\npattern findings: {len(findings)} in {len(per_rule)} rules")
    if n:
        print(f"judged sample: {n} findings, {total['TP']} TP, {total['FP']} FP, precision {100 * total['TP'] / n:.1f}%")
        for sev, j in sorted(by_sev.items()):
            m = j["TP"] + j["FP"]
            print(f"  {sev}: {m} judged, precision {100 * j['TP'] / m:.1f}%")
    stale = [k for k in labels if k not in found]
    if stale:
        print(f"stale labels (finding no longer reported, e.g. a fixed false positive): {len(stale)}")

    if "--sample" in argv:
        i = argv.index("--sample")
        size, target = int(argv[i + 1]), argv[i + 2]
        rng = random.Random(4)
        by_rule = defaultdict(list)
        for f in findings:
            if (f["rule"], f["loc"]) not in labels:
                by_rule[f["rule"]].append(f)
        with open(target, "w") as out:
            for rule, items in sorted(by_rule.items()):
                for f in rng.sample(items, min(size, len(items))):
                    out.write(f"{rule}\t{f['loc']}\t?\t{f['excerpt']}\n")
        print(f"unlabeled sample written to {target}")

    if "--speed" in argv:
        with open(argv[argv.index("--speed") + 1]) as f:
            runs = json.load(f)["results"]
        # Commands are named `rg` and `redflag` by the script (hyperfine -n).
        means = {r["command"].split()[0].rsplit("/", 1)[-1]: r["mean"] for r in runs}
        for r in runs:
            print(f"speed: {r['command'][:60]} mean {r['mean']:.2f}s ± {r['stddev'] or 0:.2f}s wall, {r['user'] + r['system']:.2f}s CPU")
        # CPU time (user + system) as well: on a shared, loaded machine wall time mostly
        # measures the other processes.
        cpu = {r["command"].split()[0].rsplit("/", 1)[-1]: r["user"] + r["system"] for r in runs}
        if "rg" in means and "redflag" in means:
            print(f"speed: redflag / rg = {means['redflag'] / means['rg']:.1f}x wall, {cpu['redflag'] / cpu['rg']:.1f}x CPU (target <= 12x)")


if __name__ == "__main__":
    main(sys.argv)
