#!/usr/bin/env bash
# Throughput of `redflag scan` (all rules, secret rules only) next to `rg` (one regex, and a
# handful of secret regexes) over the same tree of real code, in MB/s, in one run.
#
#   scripts/bench-scan.sh [CORPUS...]     default: ~/.cargo/registry/src
#   RUNS=5 WARMUP=1 scripts/bench-scan.sh /root/.pyenv/versions/3.11.7/lib/python3.11
#
# MB/s = bytes of the text files redflag analysed (its JSON summary: binary files, files over
# the size limit and ignored files excluded) / mean wall time. rg walks the same files
# (`--no-require-git` so it honours .gitignore files like redflag does). MB/CPU-s divides by
# user + system time instead, which a busy shared machine distorts less. Uses hyperfine when
# present (apt-get install -y hyperfine ripgrep), else a plain timing loop.
set -euo pipefail
cd "$(dirname "$0")/.."

corpora=("$@")
((${#corpora[@]})) || corpora=("$HOME/.cargo/registry/src")
runs="${RUNS:-3}"
warmup="${WARMUP:-1}"

command -v rg >/dev/null || { echo "bench-scan: rg is not installed (apt-get install -y ripgrep)" >&2; exit 2; }
cargo build --release --locked --quiet -p redflag
bin="$PWD/target/release/redflag"
secrets="$PWD/queries/secrets"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# An empty config: the corpus' own ancestors must not change what is scanned.
: >"$work/empty.toml"

# One regex for the "rg with one regex" line, and a handful of common token formats.
one_regex='ghp_[A-Za-z0-9]{36}'
rg_many=(-e 'ghp_[A-Za-z0-9]{36}' -e '(A3T[A-Z0-9]|AKIA|ASIA)[A-Z0-9]{16}'
  -e 'xox[baprs]-[0-9A-Za-z-]{10,}' -e 'sk_live_[0-9a-zA-Z]{24,}'
  -e '-----BEGIN [A-Z ]*PRIVATE KEY-----' -e 'AIza[0-9A-Za-z_-]{35}')

q() { printf '%q ' "$@"; }
all_cmd="$(q "$bin" scan --config "$work/empty.toml" --no-progress --format json -o /dev/null "${corpora[@]}")"
sec_cmd="$(q "$bin" scan --config "$work/empty.toml" --no-progress --no-builtin --rules "$secrets" --format json -o /dev/null "${corpora[@]}")"
rg1_cmd="$(q rg --no-require-git -c -e "$one_regex" "${corpora[@]}") >/dev/null"
rgn_cmd="$(q rg --no-require-git -c "${rg_many[@]}" "${corpora[@]}") >/dev/null"
names=("redflag scan (all rules)" "redflag scan (secret rules only)" "rg (1 regex)" "rg ($((${#rg_many[@]} / 2)) regexes)")
cmds=("$all_cmd" "$sec_cmd" "$rg1_cmd" "$rgn_cmd")

# What redflag analyses: the byte count every MB/s figure is divided into.
"$bin" scan --config "$work/empty.toml" --no-progress --format json -o "$work/report.json" \
  --min-severity info "${corpora[@]}" || [[ $? == 1 ]]
read -r bytes files skipped findings < <(python3 -c '
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
print(s["bytes_scanned"], s["files_scanned"], s["skipped_binary"] + s["skipped_large"], s["findings"])
' "$work/report.json")
echo "corpus: ${corpora[*]}"
echo "text analysed: $files files, $(python3 -c "print(f'{$bytes/1e6:.1f}')") MB ($skipped binary or over-size files skipped); $findings findings (all severities)"
echo "machine: $(nproc) cores; runs: $runs (+$warmup warm-up)"
echo

if command -v hyperfine >/dev/null; then
  hyperfine --style basic --ignore-failure --warmup "$warmup" --runs "$runs" \
    --export-json "$work/times.json" \
    -n "${names[0]}" "${cmds[0]}" -n "${names[1]}" "${cmds[1]}" \
    -n "${names[2]}" "${cmds[2]}" -n "${names[3]}" "${cmds[3]}" >&2
  python3 - "$work/times.json" "$bytes" <<'EOF'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
size = int(sys.argv[2]) / 1e6
# MB per CPU-second as well: on a shared machine wall time mostly measures the neighbours.
print(f"{'command':<36} {'mean s':>8} {'± s':>7} {'MB/s':>8} {'CPU s':>7} {'MB/CPU-s':>9}")
for r in results:
    cpu = r["user"] + r["system"]
    print(f"{r['command']:<36} {r['mean']:>8.2f} {r['stddev'] or 0:>7.2f} "
          f"{size / r['mean']:>8.1f} {cpu:>7.2f} {size / cpu:>9.1f}")
EOF
else
  printf '%-36s %8s %8s\n' command 'mean s' 'MB/s'
  for i in "${!cmds[@]}"; do
    for ((w = 0; w < warmup; w++)); do bash -c "${cmds[$i]}" >/dev/null 2>&1 || true; done
    start=$(date +%s.%N)
    for ((r = 0; r < runs; r++)); do bash -c "${cmds[$i]}" >/dev/null 2>&1 || true; done
    end=$(date +%s.%N)
    python3 -c "
t = ($end - $start) / $runs
print(f'{\"${names[$i]}\":<36} {t:>8.2f} {$bytes / 1e6 / t:>8.1f}')"
  done
fi
