#!/usr/bin/env bash
# Runs the whole sales pipeline on this machine, without Docker: a real PostgreSQL 17 and a real
# Kafka broker (KRaft), then the five services on the ports of shared/API.md. Builds what is
# missing first. Ctrl-C or SIGTERM stops everything it started. Data survives a restart
# (in deploy/.data, or $SALES_DATA_DIR) unless --reset is given.
#
#   ./deploy/run-local.sh [--reset] [--rebuild]
#
# Ports: services 8081-8085 (the API), their management interfaces 9081-9085 (/q/health, /q/metrics,
# /q/openapi, Swagger UI, /asyncapi.json); PostgreSQL $SALES_POSTGRES_PORT (5432); Kafka $SALES_KAFKA_PORT (9092).
# The services listen on $SALES_HTTP_HOST (127.0.0.1: this machine only; 0.0.0.0 to share them).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DATA_DIR="${SALES_DATA_DIR:-$ROOT/deploy/.data}"
POSTGRES_PORT="${SALES_POSTGRES_PORT:-5432}"
KAFKA_PORT="${SALES_KAFKA_PORT:-9092}"
CONTROLLER_PORT="${SALES_KAFKA_CONTROLLER_PORT:-9093}"
HTTP_HOST="${SALES_HTTP_HOST:-127.0.0.1}"
SERVICES=(lead:8081 prospect:8082 proposal:8083 contract:8084 fulfillment:8085)

RESET=false
REBUILD=false
for arg in "$@"; do
  case "$arg" in
    --reset) RESET=true ;;
    --rebuild) REBUILD=true ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
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
  for entry in "${SERVICES[@]}"; do
    jars+=("$ROOT/${entry%%:*}-service/target/quarkus-app/quarkus-run.jar")
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
PIDS=()

stop_all() {
  trap - INT TERM EXIT
  echo
  echo "Stopping..."
  # Services first (they drain their consumers and relays), then the broker and the database.
  for ((i=${#PIDS[@]}-1; i>=0; i--)); do
    kill -TERM "${PIDS[$i]}" 2>/dev/null || true
    wait "${PIDS[$i]}" 2>/dev/null || true
  done
  echo "Stopped."
}
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'stop_all; exit 129' HUP
trap 'stop_all' EXIT

RESET_ARG=()
$RESET && RESET_ARG=(--reset)
echo "Starting PostgreSQL (:$POSTGRES_PORT) and Kafka (:$KAFKA_PORT); data in $DATA_DIR"
# Empty the log here, not in the background job: otherwise the wait below could still read the
# previous run's READY line before the new process has truncated the file.
: > "$LOG_DIR/infrastructure.log"
"$JAVA" -cp "$ROOT/deploy/infra/target/classes:$(cat "$ROOT/deploy/infra/target/infra.classpath")" \
  io.salespipeline.infra.LocalStack --data-dir "$DATA_DIR" --postgres-port "$POSTGRES_PORT" \
  --kafka-port "$KAFKA_PORT" --controller-port "$CONTROLLER_PORT" "${RESET_ARG[@]}" \
  > "$LOG_DIR/infrastructure.log" 2>&1 &
PIDS+=($!)
until grep -q '^READY$' "$LOG_DIR/infrastructure.log" 2>/dev/null; do
  if ! kill -0 "${PIDS[0]}" 2>/dev/null; then
    echo "The infrastructure did not start:" >&2
    tail -20 "$LOG_DIR/infrastructure.log" >&2
    exit 1
  fi
  sleep 0.5
done
grep -E 'ready on' "$LOG_DIR/infrastructure.log"

# lead-service signs web-form tokens with a secret of this installation (it does not start without
# one): made once, kept in the data directory, readable by its owner only.
WEB_FORM_SECRET="$DATA_DIR/web-forms/token-secret"
if [ ! -s "$WEB_FORM_SECRET" ]; then
  (umask 077; mkdir -p "$(dirname "$WEB_FORM_SECRET")"; od -An -tx1 -N32 /dev/urandom | tr -d ' \n' > "$WEB_FORM_SECRET")
fi

# Swagger UI is served from each management port and calls the API on the public port: a cross-origin
# call, so the management origins are allowed besides the front end's.
CORS_ORIGINS="${SALES_CORS_ORIGINS:-http://localhost:3000}"
for entry in "${SERVICES[@]}"; do
  port="${entry##*:}"
  CORS_ORIGINS="$CORS_ORIGINS,http://localhost:$((port + 1000)),http://127.0.0.1:$((port + 1000))"
done

for entry in "${SERVICES[@]}"; do
  name="${entry%%:*}"; port="${entry##*:}"
  QUARKUS_HTTP_HOST="$HTTP_HOST" QUARKUS_HTTP_PORT="$port" \
  QUARKUS_MANAGEMENT_HOST="$HTTP_HOST" QUARKUS_MANAGEMENT_PORT="$((port + 1000))" \
  SALES_CORS_ORIGINS="$CORS_ORIGINS" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$POSTGRES_PORT/$name" \
  KAFKA_BOOTSTRAP_SERVERS="localhost:$KAFKA_PORT" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$DATA_DIR/jwt/public.pem" \
  MP_JWT_VERIFY_ISSUER="https://issuer.sales-pipeline.local" \
  MP_JWT_VERIFY_AUDIENCES="sales-pipeline" \
  SALES_WEB_FORMS_TOKEN_SECRET="$( [ "$name" = lead ] && cat "$WEB_FORM_SECRET" )" \
    "$JAVA" -Xmx256m -jar "$ROOT/$name-service/target/quarkus-app/quarkus-run.jar" \
    > "$LOG_DIR/$name-service.log" 2>&1 &
  PIDS+=($!)
done

echo "Waiting for the services to be ready..."
for entry in "${SERVICES[@]}"; do
  name="${entry%%:*}"; port="${entry##*:}"
  started=$(date +%s)
  until curl -fs "http://localhost:$((port + 1000))/q/health/ready" > /dev/null 2>&1; do
    if [ $(( $(date +%s) - started )) -gt 120 ]; then
      echo "$name-service is not ready after 120 s; see $LOG_DIR/$name-service.log" >&2
      exit 1
    fi
    sleep 0.5
  done
done

cat <<INFO

The sales pipeline is running. The APIs on 8081-8085; Swagger UI of each service (its "Try it out"
calls the API port):
  lead-service         http://localhost:9081/q/swagger-ui   API http://localhost:8081/api
  prospect-service     http://localhost:9082/q/swagger-ui   API http://localhost:8082/api
  proposal-service     http://localhost:9083/q/swagger-ui   API http://localhost:8083/api
  contract-service     http://localhost:9084/q/swagger-ui   API http://localhost:8084/api
  fulfillment-service  http://localhost:9085/q/swagger-ui   API http://localhost:8085/api
The management ports 9081-9085 also serve /q/openapi, /q/health, /q/metrics and /asyncapi.json
(no token; never on the API ports); /api/** needs a bearer token.
Tokens (dev only, signed with the local key pair in $DATA_DIR/jwt, valid 8 h):
  TOKEN=\$(./deploy/token.sh seller)          # sam.seller;  or: ./deploy/token.sh seller other.seller
  TOKEN=\$(./deploy/token.sh sales-manager)   # max.manager
  TOKEN=\$(./deploy/token.sh support)         # ana.support (a support roster member)
  TOKEN=\$(./deploy/token.sh admin)           # ada.admin
  curl -H "Authorization: Bearer \$TOKEN" localhost:8081/api/leads
An integration's API key (lead intake; shown once): as admin,
  curl -H "Authorization: Bearer \$(./deploy/token.sh admin)" -H 'Content-Type: application/json' \\
       -d '{"name": "my-crm"}' localhost:8081/api/api-keys      # then send it as X-Api-Key
Web forms (no token): http://localhost:8081/forms/example.html
In Swagger UI: "Authorize", paste the token.
PostgreSQL localhost:$POSTGRES_PORT, Kafka localhost:$KAFKA_PORT; logs in $LOG_DIR
Press Ctrl-C to stop everything.
INFO

# Stay in the foreground until a process dies or we are told to stop.
wait -n "${PIDS[@]}"
echo "A process of the stack exited unexpectedly; see $LOG_DIR" >&2
exit 1
