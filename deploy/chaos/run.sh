#!/usr/bin/env bash
# The fault-injection harness (see README.md here): packages the five services and this module,
# then starts a durable PostgreSQL, a Kafka broker and two replicas of every service, all on
# free ports, drives deals through them while killing replicas, the broker and the database on a
# printed schedule, checks that nothing was lost or duplicated, prints the figures and the
# summary line, and stops everything. Exits 1 when an invariant is broken.
#
#   ./deploy/chaos/run.sh [--deals 500] [--clients 12] [--seed S] [--kills 24] [--kill-every 7]
#                         [--db-down 20] [--short]
#
# The report is also written to deploy/chaos/target/chaos-results.txt; the services' logs (one
# per start of a replica) and the broker's are under deploy/chaos/target/run.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
# shellcheck disable=SC1091
. "$ROOT/.mvn/find-jdk.sh"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
SERVICES="lead-service prospect-service proposal-service contract-service fulfillment-service"

if [ "${SALES_CHAOS_SKIP_BUILD:-false}" != true ]; then
  echo "Packaging the services and the harness (tests skipped)..."
  (cd "$ROOT" && ./mvnw --batch-mode --no-transfer-progress -q -o package -DskipTests \
    -pl "$(echo $SERVICES | tr ' ' ','),deploy/chaos" -am)
fi

CHAOS="$ROOT/deploy/chaos/target"
# The services run from their own copies, so a build in the work tree cannot pull jars from under them.
rm -rf "$CHAOS/apps"
mkdir -p "$CHAOS/apps"
for service in $SERVICES; do
  cp -a "$ROOT/$service/target/quarkus-app" "$CHAOS/apps/$service"
done
exec "$JAVA" -Xmx512m ${SALES_CHAOS_JAVA_OPTS:-} -cp "$CHAOS/classes:$(cat "$CHAOS/chaos.classpath")" \
  -Dsales.root="$ROOT" -Dchaos.apps="$CHAOS/apps" io.salespipeline.chaos.Chaos "$@"
