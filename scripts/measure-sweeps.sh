#!/usr/bin/env bash
# Times one grid three ways, one after another in this one run: nnlab's local pool, Spark local[2],
# and a loopback standalone cluster (scripts/spark-cluster.sh), checks that all three recorded the
# same numbers, and prints the table docs/sweeps.md shows.
#   scripts/measure-sweeps.sh [GRID]     (default examples/grids/init-activation.json)
# NNLAB_DATA=DIR passes --data DIR (the MNIST files) to every sweep.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
grid="${1:-$root/examples/grids/init-activation.json}"
data=()
[ -n "${NNLAB_DATA:-}" ] && data=(--data "$NNLAB_DATA")
work="$(mktemp -d)"
cluster="$work/cluster"
cleanup() { NNLAB_SPARK_DIR="$cluster" "$root/scripts/spark-cluster.sh" stop >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

echo "measure-sweeps: building nnlab and the Spark module..." >&2
(cd "$root" && ./mvnw -q -Pspark -DskipTests -pl spark -am package >"$work/build.log" 2>&1) || { cat "$work/build.log" >&2; exit 1; }

# runs LABEL [sweep options...]: wall time of the runs from results.json, CPU time of the nnlab process.
declare -A seconds cpu
sweep() {
  local label="$1"; shift
  /usr/bin/time -f "%U %S" -o "$work/$label.time" "$root/nnlab" sweep --grid "$grid" --out "$work/$label" \
    "${data[@]}" "$@" >"$work/$label.out" 2>"$work/$label.log" || { cat "$work/$label.log" >&2; exit 1; }
  seconds[$label]="$(grep -o '"runSeconds" : [0-9.]*' "$work/$label/results.json" | awk '{print $3}')"
  cpu[$label]="$(awk '{printf "%.1f", $1 + $2}' "$work/$label.time")"
}
same_numbers() {
  diff -r <(cd "$work/local/runs" && grep -v '"seconds"' -- *.json) <(cd "$work/$1/runs" && grep -v '"seconds"' -- *.json) \
    >/dev/null && echo yes || echo NO
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
sweep local
sweep local2 --spark 'local[2]'
start=$(date +%s.%N)
master="$(NNLAB_SPARK_DIR="$cluster" "$root/scripts/spark-cluster.sh" start 2>/dev/null | tail -1)"
cluster_start=$(echo "$(date +%s.%N) - $start" | bc)
sweep cluster --spark "$master"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
runs=$(ls "$work/local/runs" | grep -c '\.json$')

printf '| executor | runs | the runs (wall, s) | overhead per run vs the local pool (s) | CPU of the nnlab process (s) | same numbers as local |\n'
printf '|---|---:|---:|---:|---:|---|\n'
for label in local local2 cluster; do
  name=$label; [ "$label" = local2 ] && name='`--spark local[2]`'; [ "$label" = local ] && name='local pool (2 threads)'
  [ "$label" = cluster ] && name="loopback standalone cluster (1 worker, $(nproc) cores)"
  overhead=$(echo "scale=2; (${seconds[$label]} - ${seconds[local]}) / $runs" | bc)
  identical=$([ "$label" = local ] && echo – || same_numbers "$label")
  printf '| %s | %d | %.1f | %s | %s | %s |\n' "$name" "$runs" "${seconds[$label]}" "$overhead" "${cpu[$label]}" "$identical"
done
printf '\nCluster start (master + worker registered): %.1f s. Load average before: %s; after: %s (%d cores).\n' \
  "$cluster_start" "$load_before" "$load_after" "$(nproc)"
