#!/usr/bin/env bash
# Speed of `redflag scan --history` on a repository of N commits (default 3000) made from this
# repository's own sources (scripts/history/synthetic-repo.py: 20 fake AWS key ids planted and
# deleted again), and on this repository's real history; `gitleaks git` on the same
# repositories when gitleaks is installed (it is not a dependency: it is said when missing).
#
#   scripts/bench-history.sh                 # builds target/release/redflag if needed
#   COMMITS=10000 scripts/bench-history.sh
#   REDFLAG=/path/to/redflag scripts/bench-history.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
if [[ -z "${REDFLAG:-}" ]]; then
  cargo build --release --quiet -p redflag
  REDFLAG="${CARGO_TARGET_DIR:-$root/target}/release/redflag"
fi
commits=${COMMITS:-3000}
work=$(mktemp -d "${TMPDIR:-/tmp}/redflag-history.XXXXXX")
trap 'rm -rf "$work"' EXIT
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null NO_COLOR=1

git init -q -b main "$work/synthetic"
python3 scripts/history/synthetic-repo.py "$commits" 2>/dev/null | git -C "$work/synthetic" fast-import --quiet
git -C "$work/synthetic" reset -q --hard main

measure() { # $1 = label, $2 = repository
  local start end
  start=$(date +%s.%N)
  (cd "$2" && "$REDFLAG" scan --history --no-progress --format json -o "$work/out.json") || true
  end=$(date +%s.%N)
  python3 - "$1" "$start" "$end" "$work/out.json" <<'PY'
import json, sys, collections
label, start, end, path = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
d = json.load(open(path))
s = d["summary"]
rules = collections.Counter(f["rule_id"] for f in d["findings"])
print(f"redflag  {label}: {s['commits_scanned']} commits, {s['files_scanned']} changed files "
      f"({s['bytes_scanned']/1e6:.1f} MB) in {end-start:.1f} s: {len(d['findings'])} findings {dict(rules)}")
PY
  if command -v gitleaks >/dev/null; then
    start=$(date +%s.%N)
    gitleaks git "$2" --no-banner --report-format json --report-path "$work/gl.json" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    echo "gitleaks $label: $(python3 -c "import json;print(len(json.load(open('$work/gl.json'))))") findings in $(python3 -c "print(f'{$end-$start:.1f}')") s"
  fi
}
measure "synthetic ($commits commits)" "$work/synthetic"
measure "this repository" "$root"
command -v gitleaks >/dev/null || echo "gitleaks is not installed: no side-by-side figure"
