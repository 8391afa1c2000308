#!/usr/bin/env bash
# Start-up cost: `redflag scan` of one small file (Python, Rust, plain text), side by side in
# one hyperfine run with the same scan without rules (--no-builtin: process start, config
# discovery, reading the file) and, with BASELINE, an older binary. Target: under 10 ms for a
# one-file scan. Rule loading dominates: `perf record --call-graph dwarf redflag scan f.py`
# shows where (see docs/hook.md, "Speed").
#
#   scripts/bench-start.sh                     # builds the release binary if needed
#   RUNS=50 REDFLAG=/path/to/redflag BASELINE=/path/to/older/redflag scripts/bench-start.sh
#
# Measured 2026-12-08 on the shared 2-core machine (load average 5-9 from other builds):
#   RUNS=30 BASELINE=<main's build> scripts/bench-start.sh
#   app.py 51.3 ms (CPU 41.7) | main.rs 97.8 ms | notes.txt 55.5 ms | --no-builtin 6.3 ms
#   | main's app.py 102.0 ms (CPU 84.4). Target 10 ms: not met (docs/hook.md, "Speed").
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install -y hyperfine)" >&2; exit 2; }
if [[ -z "${REDFLAG:-}" ]]; then
  cargo build --release --quiet -p redflag
  REDFLAG="${CARGO_TARGET_DIR:-$root/target}/release/redflag"
fi
runs=${RUNS:-30}
work=$(mktemp -d "${TMPDIR:-/tmp}/redflag-start.XXXXXX")
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1
printf 'import os\n\n\ndef handler(request):\n    return os.environ.get("TOKEN")\n' > "$work/app.py"
printf 'fn main() {\n    let token = std::env::var("TOKEN");\n    println!("{token:?}");\n}\n' > "$work/main.rs"
printf 'Notes: deploy on Tuesday, ask Sam for the staging host.\n' > "$work/notes.txt"

commands=()
for f in app.py main.rs notes.txt; do
  commands+=(--command-name "redflag scan $f" "$REDFLAG scan --no-progress $work/$f")
done
commands+=(--command-name "redflag scan app.py --no-builtin" "$REDFLAG scan --no-progress --no-builtin $work/app.py")
if [[ -n "${BASELINE:-}" ]]; then
  commands+=(--command-name "baseline scan app.py" "$BASELINE scan --no-progress $work/app.py")
fi
hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/start.json" "${commands[@]}" >&2 || true
python3 - "$work/start.json" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))["results"]
print(f"{'command':<36} | {'wall':>9} | {'CPU':>9}")
for r in runs:
    print(f"{r['command']:<36} | {r['mean'] * 1000:>6.1f} ms | {(r['user'] + r['system']) * 1000:>6.1f} ms")
PY
