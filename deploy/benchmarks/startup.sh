#!/usr/bin/env bash
# The start-up benchmark (README.md here, "Start and stop"); run it as ./deploy/benchmarks/run.sh startup.
# Packages the five services, the launcher, this module and the empty app (offline, tests skipped),
# then StartupBenchmark measures them and the local run. Results also in target/startup/results.txt.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
# shellcheck disable=SC1091
. "$ROOT/.mvn/find-jdk.sh"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
BENCH="$ROOT/deploy/benchmarks/target"

if [ "${SALES_BENCHMARK_SKIP_BUILD:-false}" != true ]; then
  echo "Packaging the services, the launcher, the benchmarks and the empty app (tests skipped)..."
  (cd "$ROOT" && ./mvnw --batch-mode --no-transfer-progress -q -o package -DskipTests -Pstartup-benchmark \
    -pl lead-service,prospect-service,proposal-service,contract-service,fulfillment-service,deploy/infra,deploy/benchmarks,deploy/benchmarks/empty-app -am)
fi
exec "$JAVA" ${SALES_BENCHMARK_JAVA_OPTS:-} -cp "$BENCH/classes:$(cat "$BENCH/benchmarks.classpath")" \
  -Dsales.root="$ROOT" io.salespipeline.benchmarks.StartupBenchmark
