#!/usr/bin/env bash
# Speed of the pre-commit hook against its floor, side by side in one hyperfine run:
#   redflag hook pre-commit      vs      git diff --cached --quiet
# in throwaway repositories of 5,000 and 50,000 committed files with 10 staged modified
# files each (git diff --quiet exits 1 when there are staged changes: hyperfine -i). Target: at
# most 3x the floor, and not growing with the number of unchanged files. A third column runs the
# hook with no rules (--no-builtin) to separate the git side from rule compilation.
#
#   scripts/bench-hook.sh                   # builds target/release/redflag if needed
#   SIZES="50000" RUNS=30 scripts/bench-hook.sh
#   REDFLAG=/path/to/redflag scripts/bench-hook.sh
#   BASELINE=/path/to/older/redflag scripts/bench-hook.sh   # adds the older binary's hook
#
# Measured 2026-12-08 on the shared 2-core machine (load average 5-9 from other builds, so
# read the ratios, not the milliseconds), 40,000 files, 10 staged, one hyperfine run:
#   SIZES=40000 RUNS=15 BASELINE=<main's build> scripts/bench-hook.sh
#   git diff --cached --quiet 14.1 ms | hook 91.1 ms = 6.4x (CPU 7.6x) | --no-builtin 1.7x
#   | main's hook 141.6 ms = 10.0x (CPU 12.2x); after merging main: 7.9x (CPU 7.5x) against
#   main's 9.4x (CPU 12.2x). Target 2x: not met (rule loading, docs/hook.md).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install -y hyperfine)" >&2; exit 2; }
if [[ -z "${REDFLAG:-}" ]]; then
  cargo build --release --quiet -p redflag
  REDFLAG="${CARGO_TARGET_DIR:-$root/target}/release/redflag"
fi

sizes=${SIZES:-"5000 50000"}
runs=${RUNS:-20}
work=$(mktemp -d "${TMPDIR:-/tmp}/redflag-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null NO_COLOR=1
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.invalid
export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.invalid

make_repo() { # $1 = folder, $2 = number of files (100 per folder, Python sources)
  git init -q -b main "$1"
  python3 - "$1" "$2" <<'PY'
import os, sys
top, count = sys.argv[1], int(sys.argv[2])
for i in range(count):
    folder = os.path.join(top, f"pkg{i // 100:04d}")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, f"mod{i:05d}.py"), "w") as f:
        f.write(f"import os\n\n\ndef handler_{i}(request):\n"
                f"    value = request.args.get('v{i}')\n    return value * {i}\n")
PY
  git -C "$1" add -A
  git -C "$1" commit -q -m "$2 files"
  # Ten staged modifications spread over the tree (unstaged worktree noise on top).
  for k in $(seq 0 9); do
    i=$(( (k * $2) / 10 ))
    f="$1/pkg$(printf %04d $((i / 100)))/mod$(printf %05d "$i").py"
    printf 'def added_%d():\n    return os.environ.get("TOKEN")\n' "$k" >> "$f"
    git -C "$1" add "$f"
  done
}

results=()
for n in $sizes; do
  repo="$work/repo-$n"
  echo "building a repository of $n files..." >&2
  make_repo "$repo" "$n"
  # Sanity: the hook judged the 10 staged files and passed.
  (cd "$repo" && "$REDFLAG" hook pre-commit | tail -1) >&2
  json="$work/bench-$n.json"
  baseline=()
  if [[ -n "${BASELINE:-}" ]]; then
    baseline=(--command-name "baseline hook pre-commit ($n files)" "$BASELINE hook pre-commit")
  fi
  (cd "$repo" && hyperfine -N -i --warmup 3 --runs "$runs" --export-json "$json" \
    --command-name "git diff --cached --quiet ($n files)" "git diff --cached --quiet" \
    --command-name "redflag hook pre-commit ($n files)" "$REDFLAG hook pre-commit" \
    --command-name "redflag hook pre-commit --no-builtin ($n files)" "$REDFLAG hook pre-commit --no-builtin" \
    "${baseline[@]}" >&2) || true
  results+=("$json")
done

python3 - "${results[@]}" <<'PY'
import json, sys
# "git side only": the same hook with no rules loaded, i.e. opening the repository, the
# index/HEAD diff and reading the staged blobs; the rest of the full run is rule compilation
# and analysis in redflag-core, a fixed cost per run. Wall time is the mean; CPU is user+system
# (steadier than wall time on a loaded machine).
print(f"{'files':>6} | {'command':<42} | {'wall':>9} | {'CPU':>9} | {'wall/floor':>10} | {'CPU/floor':>9}")
for path in sys.argv[1:]:
    runs = json.load(open(path))["results"]
    floor_wall = runs[0]["mean"]
    floor_cpu = runs[0]["user"] + runs[0]["system"]
    for r in runs:
        name, files = r["command"].rsplit(" (", 1)
        cpu = r["user"] + r["system"]
        print(f"{files.split()[0]:>6} | {name:<42} | {r['mean'] * 1000:>6.1f} ms | {cpu * 1000:>6.1f} ms"
              f" | {r['mean'] / floor_wall:>9.1f}x | {cpu / floor_cpu:>8.1f}x")
PY
