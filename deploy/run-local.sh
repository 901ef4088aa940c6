#!/usr/bin/env bash
# Runs the whole sales pipeline on this machine, without Docker: a real PostgreSQL 17 and a real
# Kafka broker (KRaft), then the five services on the ports of shared/API.md. Builds what is
# missing first. Data survives a restart (in deploy/.data, or $SALES_DATA_DIR) unless --reset is given.
#
#   ./deploy/run-local.sh [--reset] [--rebuild]
#
# A launcher (deploy/infra LocalRun) keeps every process running: when one dies (a crash, kill -9)
# it says so and starts it again after 1 s, 2 s, 4 s ... (at most 30 s; back to 1 s once it stayed
# up a minute); the others go on. A restarted service catches up from its outbox and its consumer
# groups. The broker or the database dying is handled the same way: restarted on its data, while the
# services wait for it (readiness DOWN while the database is away; UP, degraded, while the broker is). Ctrl-C or SIGTERM stops everything: the five
# services at once, then the broker and the database, each stop's time printed (about 10 s in all).
#
# Ports: services $SALES_FIRST_PORT.. (8081-8085, the API), their management interfaces 1000 above
# (9081-9085: /q/health, /q/metrics, /q/openapi, Swagger UI, /asyncapi.json); PostgreSQL
# $SALES_POSTGRES_PORT (5432); Kafka $SALES_KAFKA_PORT (9092), its controller $SALES_KAFKA_CONTROLLER_PORT (9093).
# The services listen on $SALES_HTTP_HOST (127.0.0.1: this machine only; 0.0.0.0 to share them).
# Logs: $SALES_DATA_DIR/logs (a service's log keeps its earlier lives' output after a restart).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DATA_DIR="${SALES_DATA_DIR:-$ROOT/deploy/.data}"
POSTGRES_PORT="${SALES_POSTGRES_PORT:-5432}"
KAFKA_PORT="${SALES_KAFKA_PORT:-9092}"
CONTROLLER_PORT="${SALES_KAFKA_CONTROLLER_PORT:-9093}"
FIRST_PORT="${SALES_FIRST_PORT:-8081}"
HTTP_HOST="${SALES_HTTP_HOST:-127.0.0.1}"
SERVICES=(lead prospect proposal contract fulfillment)

RESET=false
REBUILD=false
for arg in "$@"; do
  case "$arg" in
    --reset) RESET=true ;;
    --rebuild) REBUILD=true ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "Unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done

# shellcheck disable=SC1091
. "$ROOT/.mvn/find-jdk.sh"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# A build is needed when a packaged service is missing or any source or pom is newer than the
# oldest of them (e.g. after a git pull), so the stack never runs stale code.
stale_build() {
  [ -f "$ROOT/deploy/infra/target/infra.classpath" ] || return 0
  local jars=()
  for name in "${SERVICES[@]}"; do
    jars+=("$ROOT/$name-service/target/quarkus-app/quarkus-run.jar")
    [ -f "${jars[-1]}" ] || return 0
  done
  local oldest
  oldest=$(ls -t "${jars[@]}" | tail -1)
  [ -n "$(find "$ROOT" -path "$ROOT/deploy/.data" -prune -o \( -path '*/src/main/*' -o -name pom.xml \) \
    -type f -newer "$oldest" -print -quit)" ]
}
if $REBUILD || stale_build; then
  echo "Building (tests skipped; ./mvnw verify runs them)..."
  (cd "$ROOT" && ./mvnw --batch-mode --no-transfer-progress -q install -DskipTests)
fi

LOG_DIR="$DATA_DIR/logs"
mkdir -p "$LOG_DIR"

# Swagger UI is served from each management port and calls the API on the public port: a cross-origin
# call, so the management origins are allowed besides the front end's.
CORS_ORIGINS="${SALES_CORS_ORIGINS:-http://localhost:3000}"
for ((i=0; i<5; i++)); do
  CORS_ORIGINS="$CORS_ORIGINS,http://localhost:$((FIRST_PORT + i + 1000)),http://127.0.0.1:$((FIRST_PORT + i + 1000))"
done

# The launcher (deploy/infra LocalRun) runs the infrastructure and the services and restarts whichever
# dies. It runs in a session of its own, so that Ctrl-C reaches only this script, which turns it into
# one SIGTERM for the launcher: the services then stop before the broker and the database they use.
LAUNCHER_OPTIONS=()
$RESET && LAUNCHER_OPTIONS=(--reset)
[ "${SALES_AOT_CACHE:-true}" = false ] && LAUNCHER_OPTIONS+=(--no-aot-cache)
echo "Starting PostgreSQL (:$POSTGRES_PORT), Kafka (:$KAFKA_PORT) and the services (:$FIRST_PORT-$((FIRST_PORT + 4))); data in $DATA_DIR"
SETSID=()
command -v setsid > /dev/null && SETSID=(setsid)
"${SETSID[@]}" "$JAVA" -cp "$ROOT/deploy/infra/target/classes:$(cat "$ROOT/deploy/infra/target/infra.classpath")" \
  io.salespipeline.infra.LocalRun --root "$ROOT" --data-dir "$DATA_DIR" --postgres-port "$POSTGRES_PORT" \
  --kafka-port "$KAFKA_PORT" --controller-port "$CONTROLLER_PORT" --first-port "$FIRST_PORT" \
  --http-host "$HTTP_HOST" --cors-origins "$CORS_ORIGINS" "${LAUNCHER_OPTIONS[@]}" 2>> "$LOG_DIR/launcher.log" &
LAUNCHER=$!

stop_all() {
  trap - INT TERM HUP EXIT
  kill -TERM "$LAUNCHER" 2>/dev/null || true
  wait "$LAUNCHER" 2>/dev/null || true
}
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'stop_all; exit 129' HUP
trap 'stop_all' EXIT

# A slow or crashing service is the launcher's to restart: wait, and say what is taking long.
started=$(date +%s)
for ((i=0; i<5; i++)); do
  name="${SERVICES[$i]}-service"; port=$((FIRST_PORT + i)); told=false
  until curl -fs "http://localhost:$((port + 1000))/q/health/ready" > /dev/null 2>&1; do
    if ! kill -0 "$LAUNCHER" 2>/dev/null; then
      wait "$LAUNCHER" || true
      echo "The stack did not start; see $LOG_DIR/launcher.log" >&2
      exit 1
    fi
    if ! $told && [ $(( $(date +%s) - started )) -gt 120 ]; then
      echo "$name is not ready after 120 s; still waiting (see $LOG_DIR/$name.log)" >&2
      told=true
    fi
    sleep 0.5
  done
done

cat <<INFO

The sales pipeline is running. The APIs on $FIRST_PORT-$((FIRST_PORT + 4)); Swagger UI of each service (its "Try it out"
calls the API port):
  lead-service         http://localhost:$((FIRST_PORT + 1000))/q/swagger-ui   API http://localhost:$FIRST_PORT/api
  prospect-service     http://localhost:$((FIRST_PORT + 1001))/q/swagger-ui   API http://localhost:$((FIRST_PORT + 1))/api
  proposal-service     http://localhost:$((FIRST_PORT + 1002))/q/swagger-ui   API http://localhost:$((FIRST_PORT + 2))/api
  contract-service     http://localhost:$((FIRST_PORT + 1003))/q/swagger-ui   API http://localhost:$((FIRST_PORT + 3))/api
  fulfillment-service  http://localhost:$((FIRST_PORT + 1004))/q/swagger-ui   API http://localhost:$((FIRST_PORT + 4))/api
The management ports $((FIRST_PORT + 1000))-$((FIRST_PORT + 1004)) also serve /q/openapi, /q/health, /q/metrics and /asyncapi.json
(no token; never on the API ports); /api/** needs a bearer token.
Tokens (dev only, signed with the local key pair in $DATA_DIR/jwt, valid 8 h):
  TOKEN=\$(./deploy/token.sh seller)          # sam.seller;  or: ./deploy/token.sh seller other.seller
  TOKEN=\$(./deploy/token.sh sales-manager)   # max.manager
  TOKEN=\$(./deploy/token.sh support)         # ana.support (a support roster member)
  TOKEN=\$(./deploy/token.sh admin)           # ada.admin
  curl -H "Authorization: Bearer \$TOKEN" localhost:$FIRST_PORT/api/leads
An integration's API key (lead intake; shown once): as admin,
  curl -H "Authorization: Bearer \$(./deploy/token.sh admin)" -H 'Content-Type: application/json' \\
       -d '{"name": "my-crm"}' localhost:$FIRST_PORT/api/api-keys      # then send it as X-Api-Key
Web forms (no token): http://localhost:$FIRST_PORT/forms/example.html
In Swagger UI: "Authorize", paste the token.
PostgreSQL localhost:$POSTGRES_PORT, Kafka localhost:$KAFKA_PORT; logs in $LOG_DIR
A process that dies is restarted (said below). Press Ctrl-C to stop everything.
INFO

# Stay in the foreground until told to stop (the launcher exits only then, or when it fails).
wait "$LAUNCHER"
