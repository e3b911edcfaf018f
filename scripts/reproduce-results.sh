#!/usr/bin/env bash
# Regenerates docs/results.md and its figures from real `nnlab reproduce` runs (about 3 CPU-hours;
# the chapter runs and the papers' run are separate records, merged into one page at the end).
# Chapter 6 trains the book's 60 epochs with one seed (1.3 CPU-hours here, 2026-12-03), as Nielsen
# ran each net once; the margin of its verdict is stated on the page.
# Usage: scripts/reproduce-results.sh [MNIST_DIR]   (without it the data come from the cache)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
data=()
[ $# -ge 1 ] && data=(--data "$1")
out=docs/figures/reproduce
./nnlab reproduce ch1-network ch1-rand ch3-regularized ch3-overfitting ch5-gradient-norms --seeds 5 "${data[@]}" \
  --out "$out" --json "$out/chapters-a.json" || true
./nnlab reproduce ch1-hidden100 --seeds 8 "${data[@]}" --out "$out" --json "$out/chapters-b.json" || true
./nnlab reproduce ch3-init-30 ch3-init-100 --seeds 3 "${data[@]}" --out "$out" --json "$out/chapters-c.json" || true
./nnlab reproduce he-deep-relu glorot-bengio --seeds 3 "${data[@]}" --out "$out" --json "$out/papers.json" || true
./nnlab reproduce ch6-conv --seeds 1 --threads 1 "${data[@]}" --out "$out" --json "$out/chapter-6.json" || true
# A FAIL above is a result, not an error: the page records it.
./nnlab reproduce --markdown docs/results.md --from "$out/chapters-a.json" --from "$out/chapters-b.json" \
  --from "$out/chapters-c.json" --from "$out/papers.json" --from "$out/chapter-6.json"
