#!/usr/bin/env bash
# Issue 4's speed check: a default `redflag scan` (every rule) next to `rg` with the ~30
# token regexes of scripts/patterns/token-regexes.txt, side by side in one hyperfine run over
# the same large tree of real Python and Rust, plus the share of files redflag parsed.
#
#   scripts/bench-patterns.sh                      default tree: the pyenv Python 3.11 library
#                                                  (with site-packages) + ~/.cargo/registry/src
#   RUNS=5 scripts/bench-patterns.sh DIR...        other trees, more runs
set -euo pipefail
cd "$(dirname "$0")/.."

tree=("$@")
((${#tree[@]})) || tree=(/root/.pyenv/versions/3.11.7/lib/python3.11 "$HOME/.cargo/registry/src")
runs="${RUNS:-3}"
for tool in rg hyperfine python3; do
  command -v "$tool" >/dev/null || { echo "bench-patterns: $tool is not installed" >&2; exit 2; }
done
cargo build --release --locked --quiet -p redflag
bin="$PWD/target/release/redflag"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

q() { printf '%q ' "$@"; }
# Exit status 1 is "found something" for both tools; hyperfine -i accepts it.
rf_cmd="$(q "$bin" scan --no-progress --format json -o "$work/scan.json" "${tree[@]}")"
rg_cmd="$(q rg -c -f scripts/patterns/token-regexes.txt "${tree[@]}")"
hyperfine -i -N --warmup 1 --runs "$runs" --export-json "$work/speed.json" \
  -n redflag "$rf_cmd" -n rg "$rg_cmd"

python3 - "$work/speed.json" "$work/scan.json" <<'EOF'
import json, sys
runs = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
summary = json.load(open(sys.argv[2]))["summary"]
rf, rg = runs["redflag"], runs["rg"]
print(f"redflag {rf['mean']:.2f} s ± {rf['stddev'] or 0:.2f}, rg {rg['mean']:.2f} s: "
      f"{rf['mean'] / rg['mean']:.1f}x wall, "
      f"{(rf['user'] + rf['system']) / (rg['user'] + rg['system']):.1f}x CPU (target <= 12x)")
print(f"files parsed: {summary['files_parsed']} of {summary['files_scanned']} "
      f"({100 * summary['files_parsed'] / summary['files_scanned']:.1f}%), "
      f"{summary['bytes_scanned'] / 1e6:.0f} MB, {summary['findings']} findings")
EOF
