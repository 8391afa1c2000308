#!/usr/bin/env bash
# Recall, noise and speed of the secret-format rules (queries/secrets, issue 3).
# Run from the repository root:  scripts/measure-secrets.sh
#
#   PY_ROOT=...  Python install tree (default: pyenv 3.11.7 lib/python3.11, site-packages included
#                and reported separately from the standard library proper)
#   CRATES=...   crate sources (default: ~/.cargo/registry/src)
#   N=...        fake values per format in the labeled evaluation set (default 20)
#   RUNS=...     timed runs per command in the speed comparison (default 5)
#
# Outputs go to target/measure-secrets/. Rules are read from queries/secrets on disk, so the
# figures match the files without rebuilding the embedded set.
set -euo pipefail

PY_ROOT=${PY_ROOT:-/root/.pyenv/versions/3.11.7/lib/python3.11}
CRATES=${CRATES:-$HOME/.cargo/registry/src}
N=${N:-20}
RUNS=${RUNS:-5}
OUT=target/measure-secrets
RULES=(--no-builtin --rules queries/secrets)
mkdir -p "$OUT"

echo "== building (release)"
cargo build --release -q -p redflag --bin redflag
BIN=target/release/redflag

# A scan exits 1 when it finds something; only 2 (usage/config/rule error) is a failure here.
scan() { "$BIN" scan "${RULES[@]}" --no-progress --format json --min-severity info "$@" || [[ $? -eq 1 ]]; }

echo
echo "== (a1) recall on the rule fixtures"
rules=$(grep -h '^id = "secret\.' queries/secrets/*.toml | wc -l)
must_flag=$(grep -h 'ruleid: secret\.' queries/secrets/*.txt | wc -l)
must_not=$(grep -h '# ok: secret\.' queries/secrets/*.txt | wc -l)
echo "rules: $rules; fixture cases: $must_flag must-flag, $must_not must-not-flag"
"$BIN" rules test queries/secrets | tail -n 1

echo
echo "== (a2) recall and false positives on a generated labeled set (tests/secrets-eval)"
EVAL=$(mktemp -d)
trap 'rm -rf "$EVAL"' EXIT
python3 tests/secrets-eval/generate.py "$EVAL" "$N"
scan -o "$OUT/eval.json" "$EVAL"
python3 scripts/secrets/score.py "$EVAL/labels.json" "$OUT/eval.json" | tee "$OUT/eval.txt"

echo
echo "== (b) noise on third-party text (every finding listed)"
mapfile -t STDLIB < <(find "$PY_ROOT" -mindepth 1 -maxdepth 1 ! -name site-packages ! -name __pycache__ | sort)
noise() {
  local name=$1; shift
  scan -o "$OUT/noise-$name.json" "$@"
  python3 - "$name" "$OUT/noise-$name.json" <<'PY'
import json, sys
name, path = sys.argv[1], sys.argv[2]
report = json.load(open(path))
mb = report["summary"]["bytes_scanned"] / 1e6
sev = {"error": 0, "warning": 0, "info": 0}
for f in report["findings"]:
    sev[f["severity"]] += 1
ew = sev["error"] + sev["warning"]
print("%-14s %7.1f MB  %5d files  error %d  warning %d  info %d  ->  %.2f error+warning / 100 MB, %.2f error / 100 MB"
      % (name, mb, report["summary"]["files_scanned"], sev["error"], sev["warning"], sev["info"],
         100 * ew / mb, 100 * sev["error"] / mb))
for f in report["findings"]:
    print("    %-7s %-34s %s:%d  %s" % (f["severity"], f["rule_id"], f["path"][-70:], f["start"]["line"], f["excerpt"][:70]))
PY
}
noise stdlib "${STDLIB[@]}" | tee "$OUT/noise.txt"
noise site-packages "$PY_ROOT/site-packages" | tee -a "$OUT/noise.txt"
noise crates "$CRATES" | tee -a "$OUT/noise.txt"
python3 - "$OUT" <<'PY' | tee -a "$OUT/noise.txt"
import json, sys
mb = e = w = 0
for name in ("stdlib", "site-packages", "crates"):
    r = json.load(open("%s/noise-%s.json" % (sys.argv[1], name)))
    mb += r["summary"]["bytes_scanned"] / 1e6
    e += sum(f["severity"] == "error" for f in r["findings"])
    w += sum(f["severity"] == "warning" for f in r["findings"])
print("total          %7.1f MB  error %d  warning %d  ->  %.2f error+warning / 100 MB, %.2f error / 100 MB"
      % (mb, e, w, 100 * (e + w) / mb, 100 * e / mb))
PY

echo
echo "== (c) speed: redflag (secret rules only) vs rg with 30 of the same regexes, one run"
# The 30 most common formats, taken from the rule files themselves (single-line regexes).
mapfile -t PATTERNS < <(python3 - <<'PY'
import glob, re
ids = """aws-access-key-id gcp-api-key github-pat github-fine-grained-pat gitlab-pat slack-bot-token
slack-webhook-url stripe-secret-key sendgrid-api-key npm-token pypi-token openai-api-key
anthropic-api-key huggingface-token digitalocean-pat shopify-access-token twilio-api-key
mailgun-api-key mailchimp-api-key telegram-bot-token dockerhub-pat databricks-token
vault-service-token terraform-cloud-token postman-api-key linear-api-key sentry-user-token
grafana-service-account-token jwt url-credentials""".split()
regexes = {}
for path in glob.glob("queries/secrets/*.toml"):
    text = open(path).read()
    for m in re.finditer(r"id = \"secret\.([^\"]+)\"\ntitle = \"[^\"]*\"\nregex = '''(.*?)'''\n", text):
        regexes[m.group(1)] = m.group(2)
for rule in ids:
    print(regexes[rule])
PY
)
RG_ARGS=()
for p in "${PATTERNS[@]}"; do RG_ARGS+=(-e "$p"); done
TREE=("$PY_ROOT" "$CRATES")
du -sh --apparent-size "${TREE[@]}"
if command -v hyperfine >/dev/null; then
  hyperfine -i --warmup 1 --runs "$RUNS" --export-markdown "$OUT/speed.md" \
    -n "redflag scan (${rules} secret rules)" \
    "$BIN scan ${RULES[*]} --no-progress --format json -o /dev/null ${TREE[*]}" \
    -n "rg -c (30 regexes)" \
    "rg -c $(printf "%q " "${RG_ARGS[@]}") ${TREE[*]} > /dev/null" \
    -n "rg -c --no-unicode (30 regexes, ASCII classes like redflag)" \
    "rg -c --no-unicode $(printf "%q " "${RG_ARGS[@]}") ${TREE[*]} > /dev/null"
else
  echo "hyperfine missing (apt-get install -y hyperfine): timing with bash"
  time "$BIN" scan "${RULES[@]}" --no-progress --format json -o /dev/null "${TREE[@]}" || true
  time rg -c "${RG_ARGS[@]}" "${TREE[@]}" > /dev/null || true
fi
