#!/usr/bin/env bash
# A real Spark standalone cluster on this machine: one master and one worker on 127.0.0.1, run
# from the spark module's own dependency jars (nothing is downloaded beyond the Maven build).
#   scripts/spark-cluster.sh start   # prints the master URL, e.g. spark://127.0.0.1:7077, as its last line
#   scripts/spark-cluster.sh stop
# Environment: NNLAB_SPARK_PORT (default 7077), NNLAB_SPARK_WORKER_CORES (default: every core),
# NNLAB_SPARK_WORKER_MEMORY (default 2g), NNLAB_SPARK_DIR (pid files, logs, work; default spark/target/cluster).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${NNLAB_SPARK_PORT:-7077}"
cores="${NNLAB_SPARK_WORKER_CORES:-$(nproc)}"
memory="${NNLAB_SPARK_WORKER_MEMORY:-2g}"
state="${NNLAB_SPARK_DIR:-$root/spark/target/cluster}"
classpath_file="$root/spark/target/spark-classpath.txt"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

usage() { echo "usage: scripts/spark-cluster.sh start|stop" >&2; exit 2; }

# The worker starts executors from SPARK_HOME/jars, so a SPARK_HOME is laid out with links to the jars.
spark_home() {
  if [ ! -f "$classpath_file" ]; then
    echo "spark-cluster: building the spark module..." >&2
    (cd "$root" && ./mvnw -q -Pspark -DskipTests -pl spark -am package >"$state.build.log" 2>&1) ||
      { cat "$state.build.log" >&2; echo "spark-cluster: the build failed" >&2; exit 1; }
  fi
  local home="$state/spark-home"
  rm -rf "$home" && mkdir -p "$home/jars" "$home/conf"
  tr ':' '\n' <"$classpath_file" | while read -r jar; do ln -s "$jar" "$home/jars/"; done
  # The daemons log at INFO into their own files: that is where they say they are up.
  sed 's/^rootLogger.level = warn/rootLogger.level = info/' "$root/spark/src/main/resources/log4j2.properties" \
    >"$home/conf/log4j2.properties"
  echo "$home"
}

# Waits until LOG says PATTERN, or the process PID dies, or 120 s pass.
await() {
  local log="$1" pattern="$2" pid="$3" what="$4"
  for _ in $(seq 1 1200); do
    grep -q "$pattern" "$log" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || { tail -20 "$log" >&2; echo "spark-cluster: the $what exited; its log is above" >&2; exit 1; }
    sleep 0.1
  done
  tail -20 "$log" >&2; echo "spark-cluster: the $what did not start within 120 s" >&2; exit 1
}

daemon() {
  local name="$1"; shift
  local home="$1"; shift
  # shellcheck disable=SC2046
  # SPARK_SCALA_VERSION: without it the worker looks for a Spark source build to learn the version.
  SPARK_HOME="$home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_WORKER_DIR="$state/work" nohup "$java" \
    $(cat "$root/spark/java17-options") -Xmx512m -Dlog4j.configurationFile="$home/conf/log4j2.properties" \
    -cp "$home/jars/*" "$@" >"$state/$name.log" 2>&1 </dev/null &
  echo $! >"$state/$name.pid"
}

stop() {
  for name in worker master; do
    if [ -f "$state/$name.pid" ]; then
      pid="$(cat "$state/$name.pid")"
      if kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
      fi
      rm -f "$state/$name.pid"
    fi
  done
  echo "spark-cluster: stopped"
}

case "${1:-}" in
  start)
    mkdir -p "$state"
    if [ -f "$state/master.pid" ] && kill -0 "$(cat "$state/master.pid")" 2>/dev/null; then
      echo "spark-cluster: already running (scripts/spark-cluster.sh stop first)" >&2; exit 1
    fi
    home="$(spark_home)"
    mkdir -p "$state/work"
    daemon master "$home" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" --webui-port 0
    await "$state/master.log" "Starting Spark master at spark://" "$(cat "$state/master.pid")" master
    url="spark://127.0.0.1:$port"
    daemon worker "$home" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores "$cores" \
      --memory "$memory" --webui-port 0 --work-dir "$state/work" "$url"
    await "$state/worker.log" "Successfully registered with master" "$(cat "$state/worker.pid")" worker
    echo "spark-cluster: master and 1 worker ($cores cores, $memory) on 127.0.0.1; logs in $state" >&2
    echo "$url"
    ;;
  stop) stop ;;
  *) usage ;;
esac
