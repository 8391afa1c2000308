#!/usr/bin/env bash
# Runs the fuzz targets longer than `cargo test` does: N cases per target (default 10000),
# in release mode, one target after the other, and prints how many cases ran.
#
#   scripts/fuzz.sh [N]                 e.g. scripts/fuzz.sh 100000
#   TARGETS="core-bytes lsp-frames" scripts/fuzz.sh 5000
#
# Targets (all property tests that also run, with few cases, in `cargo test`):
#   core-bytes      analyze() on random bytes, as every language
#   core-tokens     analyze() on random soups of the tokens lexers care about
#   core-fixtures   analyze() on mutated rule fixtures, as their language and as others
#   core-configs    the config loader and Project::load on random configs
#   core-values     [ignore] values entries and fake-value templates
#   core-rules      the rule loaders on mutated built-in rule files, then compiled and run
#   lsp-edits       random edit sequences to an open document of any language, analysed
#   lsp-incremental incremental analysis equals from-scratch (Python and Rust)
#   lsp-frames      random JSON-RPC frames to the real server over stdio
# Every analysis case also checks that nothing shown holds a secret value the engine found,
# at every minimum severity. A failure prints the minimal failing input and stops the run.
set -euo pipefail
cd "$(dirname "$0")/.."

cases="${1:-10000}"
all="core-bytes core-tokens core-fixtures core-configs core-values core-rules lsp-edits lsp-incremental lsp-frames"
targets="${TARGETS:-$all}"

command_for() {
  case "$1" in
    core-bytes) echo "--test fuzz -- --exact analyze_random_bytes" ;;
    core-tokens) echo "--test fuzz -- --exact analyze_random_tokens" ;;
    core-fixtures) echo "--test fuzz -- --exact analyze_mutated_fixtures" ;;
    core-configs) echo "--test fuzz -- --exact load_random_configs" ;;
    core-values) echo "--test fuzz -- --exact parse_ignored_values_and_fake_templates" ;;
    core-rules) echo "--test fuzz -- --exact load_mutated_rule_files" ;;
    lsp-edits) echo "--test fuzz -- --exact random_edit_sequences_keep_the_document_sound_and_secrets_hidden" ;;
    lsp-incremental) echo "--lib -- --exact incremental_tests::incremental_diagnostics_equal_from_scratch" ;;
    lsp-frames) echo "--test lsp -- --exact random_json_rpc_frames_never_stop_the_server" ;;
    *) echo "unknown target $1 (known: $all)" >&2; return 1 ;;
  esac
}

# Always the whole workspace, so that every run resolves the same features (the CLI's tests
# turn on redflag-core's `fault-injection`) and nothing is rebuilt between targets; the
# name filters pick the target.
echo "building the fuzz targets (release)…"
cargo test --release --locked --workspace --no-run --quiet

log=$(mktemp)
last=$(mktemp)
trap 'rm -f "$log" "$last"' EXIT
export REDFLAG_FUZZ_LAST="$last"
total=0
for target in $targets; do
  args=$(command_for "$target")
  started=$(date +%s)
  # shellcheck disable=SC2086 # the arguments are words on purpose
  if ! REDFLAG_FUZZ_CASES="$cases" cargo test --release --locked --workspace $args >"$log" 2>&1; then
    grep -v '^test result: ok. 0 passed' "$log" | tail -80
    if [[ -s "$last" ]]; then
      keep="fuzz-last-input.$target"
      cp "$last" "$keep"
      echo "the last input (first line: what it was, then its bytes) is in $keep"
    fi
    echo "$target: FAILED (after $total cases of the other targets)"
    exit 1
  fi
  grep -q '1 passed' "$log" || { cat "$log"; echo "$target: no test ran"; exit 1; }
  total=$((total + cases))
  echo "$target: $cases cases passed in $(($(date +%s) - started)) s"
done
echo "total: $total cases, no failure"
