#!/usr/bin/env bash
# Dev only: prints a bearer token for the local run (./deploy/run-local.sh), signed with the key
# pair the local run keeps in its data directory ($SALES_DATA_DIR/jwt, default deploy/.data/jwt;
# the directory and the private key are readable by their owner only), for the audience the
# services expect (aud "sales-pipeline"). Production tokens come from the OIDC issuer; the
# services only ever hold a public key.
#
#   ./deploy/token.sh <seller|sales-manager|support|admin> [subject]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DATA_DIR="${SALES_DATA_DIR:-$ROOT/deploy/.data}"
# shellcheck disable=SC1091
. "$ROOT/.mvn/find-jdk.sh" >/dev/null
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if [ ! -f "$ROOT/deploy/infra/target/infra.classpath" ]; then
  echo "Build first: ./deploy/run-local.sh (or ./mvnw install -DskipTests)" >&2
  exit 1
fi
exec "$JAVA" -cp "$ROOT/deploy/infra/target/classes:$(cat "$ROOT/deploy/infra/target/infra.classpath")" \
  io.salespipeline.infra.DevToken --data-dir "$DATA_DIR" "$@"
