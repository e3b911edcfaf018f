#!/usr/bin/env bash
# Runs the JMH benchmarks of the network module (test scope; the build never runs them).
#   bench/jmh.sh                                  every benchmark, default parameters
#   bench/jmh.sh FastEngineBenchmark -prof gc     allocation per mini-batch (expect ~0 B/op)
# Any arguments are passed to JMH (org.openjdk.jmh.Main); -h lists them.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./mvnw -q -pl network -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
cp="network/target/test-classes:network/target/classes:$(cat network/target/test-classpath.txt)"
exec java --add-modules jdk.incubator.vector -cp "$cp" org.openjdk.jmh.Main "$@"
