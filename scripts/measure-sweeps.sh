#!/usr/bin/env bash
# Times one grid three ways — nnlab's local pool, Spark local[2], and a loopback standalone cluster
# (scripts/spark-cluster.sh) — checks that every sweep recorded the same numbers, and prints the
# table docs/sweeps.md shows.
#   scripts/measure-sweeps.sh [GRID]     (default examples/grids/init-activation.json)
# NNLAB_DATA=DIR passes --data DIR (the MNIST files) to every sweep; NNLAB_MEASURE_ROUNDS (default 3)
# sets how many rounds. On a shared machine the load drifts: the three executors take turns within
# each round, and the table gives each one's median over the rounds, so a drift hits all of them.
# Every executor gets the same two task slots: 2 threads, local[2], and a worker with 2 cores.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
grid="${1:-$root/examples/grids/init-activation.json}"
rounds="${NNLAB_MEASURE_ROUNDS:-3}"
slots=2
data=()
[ -n "${NNLAB_DATA:-}" ] && data=(--data "$NNLAB_DATA")
work="$(mktemp -d)"
cluster="$work/cluster"
cleanup() { NNLAB_SPARK_DIR="$cluster" "$root/scripts/spark-cluster.sh" stop >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

echo "measure-sweeps: building nnlab and the Spark module..." >&2
(cd "$root" && ./mvnw -q -Pspark -DskipTests -pl spark -am package >"$work/build.log" 2>&1) || { cat "$work/build.log" >&2; exit 1; }

# sweep LABEL ROUND [sweep options...]: one sweep into a fresh directory; appends to LABEL.times
# "command wall, runs wall, mean time inside one run" (seconds).
sweep() {
  local label="$1" round="$2"; shift 2
  local out="$work/$label-$round"
  /usr/bin/time -f "%e" -o "$out.time" "$root/nnlab" sweep --grid "$grid" --out "$out" \
    "${data[@]}" "$@" >"$out.out" 2>"$out.log" || { cat "$out.log" >&2; exit 1; }
  python3 - "$out" "$(cat "$out.time")" >>"$work/$label.times" <<'EOF'
import json, pathlib, statistics, sys
out, command = pathlib.Path(sys.argv[1]), float(sys.argv[2])
runs = [json.loads(f.read_text()) for f in sorted((out / "runs").glob("*.json")) if not f.name.endswith(".failed.json")]
inside = statistics.mean(run["result"]["seconds"] for run in runs)
print(command, json.loads((out / "results.json").read_text())["runSeconds"], inside, len(runs))
EOF
  echo "measure-sweeps: round $round, $label: $(tail -1 "$work/$label.times")" >&2
}

# same_numbers DIR: the runs recorded in DIR are those of the first local sweep, wall times aside.
same_numbers() {
  diff -r <(cd "$work/local-1/runs" && grep -v '"seconds"' -- *.json) <(cd "$1/runs" && grep -v '"seconds"' -- *.json) >/dev/null
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s.%N)
master="$(NNLAB_SPARK_DIR="$cluster" NNLAB_SPARK_WORKER_CORES=$slots "$root/scripts/spark-cluster.sh" start 2>/dev/null | tail -1)"
cluster_start=$(echo "$(date +%s.%N) - $start" | bc)
for round in $(seq 1 "$rounds"); do
  sweep local "$round" --parallel "$slots"
  sweep local2 "$round" --spark "local[$slots]"
  sweep cluster "$round" --spark "$master"
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

identical=yes
for out in "$work"/*-[0-9]*/; do same_numbers "$out" || identical="NO (${out%/})"; done

printf '| executor (%d task slots) | runs | whole command (s) | the runs (wall, s) | one run, inside (mean, s) | overhead per run (s) | vs the local pool |\n' "$slots"
printf '|---|---:|---:|---:|---:|---:|---:|\n'
python3 - "$work" "$slots" <<'EOF'
import pathlib, statistics, sys
work, slots = pathlib.Path(sys.argv[1]), int(sys.argv[2])
names = {"local": "local pool (`--parallel 2`)", "local2": "`--spark local[2]`",
         "cluster": "loopback standalone cluster (1 worker, 2 cores)"}
medians = {}
for label in names:
    rows = [list(map(float, line.split())) for line in (work / f"{label}.times").read_text().split("\n") if line]
    medians[label] = [statistics.median(column) for column in zip(*rows)]
for label, name in names.items():
    command, runs_wall, inside, count = medians[label]
    # What a run costs a task slot beyond its own work: scheduling, shipping the task and its result.
    overhead = runs_wall * slots / count - inside
    ratio = runs_wall / medians["local"][1]
    print(f"| {name} | {int(count)} | {command:.1f} | {runs_wall:.1f} | {inside:.2f} | {overhead:.2f} | {ratio:.2f}× |")
EOF
printf '\nMedians of %d rounds. Same numbers in every sweep as in the first local one (wall times aside): %s.\n' "$rounds" "$identical"
printf 'Cluster start (master + worker registered): %.1f s. Load average before: %s; after: %s (%d cores).\n' \
  "$cluster_start" "$load_before" "$load_after" "$(nproc)"
