#!/usr/bin/env bash
# Regenerates the figures of docs/why-rand-fails.md from nnlab itself: the initial-weight
# histograms (sample), the audit transcripts, and a comparison report whose charts are copied to
# docs/figures/. Needs MNIST (fetched into the cache on first use, or pass --data DIR via
# NNLAB_DATA_ARGS). Takes a few minutes on two cores.
#   scripts/make-docs-figures.sh            # 3 epochs, 3 seeds, 50,000 training images
#   EPOCHS=1 SEEDS=1 scripts/make-docs-figures.sh   # quicker
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
figures="$root/docs/figures"
epochs="${EPOCHS:-3}"
seeds="${SEEDS:-3}"
data_args=(${NNLAB_DATA_ARGS:-})
nnlab="$root/nnlab"
mkdir -p "$figures"

for init in rand randn xavier-normal; do
  "$nnlab" sample --init "$init" --fan-in 784 --fan-out 30 --n 100000 --png "$figures/sample-$init.png" >/dev/null
done

"$nnlab" audit "${data_args[@]}" --init rand --bias-init rand > "$figures/audit-rand.txt"
"$nnlab" audit "${data_args[@]}" --init randn --bias-init randn > "$figures/audit-randn.txt"
"$nnlab" audit "${data_args[@]}" --init xavier-normal > "$figures/audit-xavier-normal.txt"
"$nnlab" audit "${data_args[@]}" --sizes 784,100,100,100,100,100,100,100,100,10 --activation relu \
  --bias-init zeros --init xavier-normal > "$figures/audit-deep-relu-xavier.txt"
"$nnlab" audit "${data_args[@]}" --sizes 784,100,100,100,100,100,100,100,100,10 --activation relu \
  --bias-init zeros --init he-normal > "$figures/audit-deep-relu-he.txt"

report="$(mktemp -d)/report"
"$nnlab" compare "${data_args[@]}" --init rand,randn,xavier-normal --epochs "$epochs" --seeds "$seeds" --out "$report"
cp "$report/accuracy.png" "$figures/compare-accuracy.png"
for i in 1 2 3; do
  for chart in weights saturation gradients activations; do
    cp "$report/config-$i-$chart.png" "$figures/compare-config-$i-$chart.png"
  done
done
cp "$report/results.json" "$figures/compare-results.json"
if command -v chromium >/dev/null || command -v chromium-browser >/dev/null; then
  "$root/scripts/check-report.sh" "$report" "$figures/compare-report-screenshot.png"
fi
echo "figures written to $figures (report kept in $report)"
