#!/bin/sh
# Builds the release binary and runs the language-server benchmark (see bench-lsp.py).
set -eu
cd "$(dirname "$0")/.."
cargo build --release -q -p redflag
exec python3 scripts/bench-lsp.py --binary target/release/redflag "$@"
