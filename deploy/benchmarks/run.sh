#!/usr/bin/env bash
# Runs the lead-service benchmarks (see README.md here): packages lead-service and the
# benchmark module, then starts an embedded PostgreSQL, a Kafka broker and lead-service as a
# packaged process, all on free ports, measures, prints the figures and stops everything.
#
#   ./deploy/benchmarks/run.sh [intake] [import] [list]     (default: all three)
#   ./deploy/benchmarks/run.sh pipeline                     (complete deals through all five services)
#   ./deploy/benchmarks/run.sh crypto [events per round]    (the cost of encrypting personal fields:
#                                                            in-process, no service, no database)
#   ./deploy/benchmarks/run.sh startup                      (start and stop of the five services against
#                                                            an empty Quarkus app, and of the local run)
#
# Results are also written to deploy/benchmarks/target/results.txt.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
# shellcheck disable=SC1091
. "$ROOT/.mvn/find-jdk.sh"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

BENCH="$ROOT/deploy/benchmarks/target"
case "${1:-}" in
  startup) exec "$ROOT/deploy/benchmarks/startup.sh" ;;
esac
if [ "${1:-}" = crypto ]; then
  shift
  if [ "${SALES_BENCHMARK_SKIP_BUILD:-false}" != true ]; then
    echo "Packaging the benchmarks (tests skipped)..."
    (cd "$ROOT" && ./mvnw --batch-mode --no-transfer-progress -q -o package -DskipTests -pl deploy/benchmarks -am)
  fi
  exec "$JAVA" ${SALES_BENCHMARK_JAVA_OPTS:-} -cp "$BENCH/classes:$(cat "$BENCH/benchmarks.classpath")" \
    io.salespipeline.platform.privacy.SealingCost "$@"
fi

SERVICES=lead-service
if [[ " $* " == *" pipeline "* ]]; then
  SERVICES="lead-service prospect-service proposal-service contract-service fulfillment-service"
fi
if [ "${SALES_BENCHMARK_SKIP_BUILD:-false}" != true ]; then
  echo "Packaging $SERVICES and the benchmarks (tests skipped)..."
  (cd "$ROOT" && ./mvnw --batch-mode --no-transfer-progress -q -o package -DskipTests \
    -pl "$(echo $SERVICES | tr ' ' ','),deploy/benchmarks" -am)
fi

# The services run from their own copies, so a build in the work tree cannot pull jars from under them
# (times kept: the AOT caches of the pipeline benchmark are known by their build's files and times).
for service in $SERVICES; do
  rm -rf "$BENCH/$service-app"
  cp -rp "$ROOT/$service/target/quarkus-app" "$BENCH/$service-app"
done
exec "$JAVA" -Xmx1g ${SALES_BENCHMARK_JAVA_OPTS:-} -cp "$BENCH/classes:$(cat "$BENCH/benchmarks.classpath")" \
  -Dsales.root="$ROOT" io.salespipeline.benchmarks.Benchmarks "$@"
