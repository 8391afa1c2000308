#!/usr/bin/env bash
# Noise of the secret checks on real code: secret findings at warning and above per 100 MB
# scanned, each listed (test code marked), over the pyenv Python 3.11 library with
# site-packages and the cargo registry sources. Issue 12's target: at most 5 per 100 MB.
#
#   scripts/measure-noise.sh                 # release build of this checkout
#   REDFLAG=/path/to/redflag scripts/measure-noise.sh DIR...
set -euo pipefail
cd "$(dirname "$0")/.."
tree=("$@")
((${#tree[@]})) || tree=(/root/.pyenv/versions/3.11.7/lib/python3.11 "$HOME/.cargo/registry/src")
if [[ -z "${REDFLAG:-}" ]]; then
  cargo build --release --locked --quiet -p redflag
  REDFLAG="$PWD/target/release/redflag"
fi
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
"$REDFLAG" scan --format json --no-progress "${tree[@]}" >"$out" 2>/dev/null || true
python3 - "$out" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
mb = max(1, report["summary"]["bytes_scanned"] // 1_000_000)
found = [f for f in report["findings"]
         if f.get("category") == "secret" and f.get("severity") in ("warning", "error")]
print(f"{mb} MB scanned, {len(found)} secret findings at warning and above, "
      f"{len(found) * 100 / mb:.1f} per 100 MB")
for f in found:
    test = " (test code)" if f.get("in_test") else ""
    print(f"  {f['severity']:7} {f['rule_id']:40} {f['path']}:{f['start']['line']}{test}")
PY
