#!/usr/bin/env bash
# Negation triplets from the MSRP sentences (the source the 2026 study built its structural negatives from).
# Usage: recipes/negation-msrp.sh [OUT]   (run from the repository root after `make setup`)
set -euo pipefail
data="${SHARED_DATA:-../shared/data}/sentences"
out="${1:-recipes_out/negation-msrp.jsonl}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
grep -h -P '^msrp\t' "$data"/sentences_en.part*.tsv | cut -f2 > "$tmp/msrp.txt"
.venv/bin/negagen generate "$tmp/msrp.txt" --op negation --output "$out" --workers 2
