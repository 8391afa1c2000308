#!/usr/bin/env bash
# Precision, grammar-error share and speed of the pattern rules on real code (issue 4).
# Run from the repository root:  scripts/measure-patterns.sh
#
#   PY_ROOT=...   Python standard library (default: pyenv 3.11.7); site-packages is left out
#   CRATES=...    crate sources (default: ~/.cargo/registry/src)
#   RULES=...     rule folders, space separated (default: every folder of queries/, read from
#                 disk so the figures match the files without rebuilding)
#   RUNS=...      timed runs per command for the speed comparison (default 3)
#   SAMPLE=N      also write N unlabeled findings per rule to $OUT/to-label.tsv
#
# Outputs go to target/measure-patterns/. Precision comes from scripts/patterns/labels.tsv
# (rule, file:line, TP|FP, reason), judged by hand.
set -euo pipefail

PY_ROOT=${PY_ROOT:-/root/.pyenv/versions/3.11.7/lib/python3.11}
CRATES=${CRATES:-$HOME/.cargo/registry/src}
RUNS=${RUNS:-3}
OUT=target/measure-patterns
HERE=scripts/patterns
mkdir -p "$OUT"

if [[ -z "${RULES:-}" ]]; then
  RULES=$(find queries -mindepth 1 -maxdepth 1 -type d | sort | tr '\n' ' ')
fi
RULE_ARGS=(--no-builtin)
for dir in $RULES; do RULE_ARGS+=(--rules "$dir"); done

echo "== building (release)"
cargo build --release -q -p redflag --bin redflag
cargo build --release -q -p redflag-core --example parse_stats
BIN=target/release/redflag
STATS=target/release/examples/parse_stats

# The standard library without third-party packages and bytecode caches.
mapfile -t PY_PATHS < <(find "$PY_ROOT" -mindepth 1 -maxdepth 1 \
  ! -name site-packages ! -name __pycache__ | sort)
TREE=("${PY_PATHS[@]}" "$CRATES")
echo "python files: $(find "${PY_PATHS[@]}" -name '*.py' | wc -l)," \
  "rust files: $(find "$CRATES" -name '*.rs' | wc -l)"

echo "== (a) findings per rule (every severity), judged precision"
"$BIN" scan "${RULE_ARGS[@]}" --no-progress --format json --min-severity info \
  -o "$OUT/findings.json" "${TREE[@]}" || [[ $? -eq 1 ]]
sample_args=()
if [[ -n "${SAMPLE:-}" ]]; then sample_args=(--sample "$SAMPLE" "$OUT/to-label.tsv"); fi

echo "== (b) grammar errors and parse cost (Python stdlib, crate sources)"
"$STATS" "${RULE_ARGS[@]:1}" "${PY_PATHS[@]}" "$CRATES" | tee "$OUT/parse-stats.txt"

echo "== (c) speed: default scan (every rule) vs rg with $(wc -l < "$HERE/token-regexes.txt") token regexes, same files"
# Same file selection on both sides: hidden files searched, .gitignore honoured without a
# git repository, files over 10 MB skipped, binary files skipped (both do that by default).
# Exit status 1 means "found something" for both; anything else (a rule that does not load)
# must fail the benchmark rather than time an early exit.
RG="rg --hidden --no-require-git --max-filesize 10M -n -f $HERE/token-regexes.txt ${TREE[*]} > /dev/null; [ \$? -le 1 ]"
RF="$BIN scan ${RULE_ARGS[*]} --no-progress --format json -o /dev/null ${TREE[*]}; [ \$? -le 1 ]"
hyperfine --warmup 1 --runs "$RUNS" --export-json "$OUT/speed.json" \
  -n rg "$RG" -n redflag "$RF"

echo "== summary"
python3 "$HERE/report.py" "$OUT/findings.json" "$HERE/labels.tsv" "${sample_args[@]}" \
  --speed "$OUT/speed.json" | tee "$OUT/summary.txt"
