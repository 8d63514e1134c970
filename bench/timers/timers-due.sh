#!/usr/bin/env bash
# How many due dialog timers app instances fire per second on PostgreSQL (db-scheduler's throughput).
#
# usage: bench/timers/timers-due.sh [due=3000]
#   env: INSTANCES (1; 2: two instances on the one database, ports PORT and PORT+1, sharing the timers), PORT (18083),
#        JAVA_OPTS (-Xms512m -Xmx512m), JAVA (the java binary; default: the newest JDK found, as bin/slotbot runs it),
#        JAR (app/target/slotbot.jar: point it at another build to compare), WARMUP timers fired first, not reported
#        (1000), APP_ARGS more arguments for every instance (e.g. --slotbot.timers.threads=2)
set -euo pipefail

due=${1:-3000}
port=${PORT:-18083}
warmup=${WARMUP:-1000}
java_opts=${JAVA_OPTS:--Xms512m -Xmx512m}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
java_bin=${JAVA:-$("$root/bin/newest-java")}
jar=${JAR:-$root/app/target/slotbot.jar}
work=$(mktemp -d /tmp/slotbot-timers-bench.XXXXXX)
db=slotbot_timers_bench_$$
app_pids=()
instances=${INSTANCES:-1}
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres

log() { echo "# $*" >&2; }
cleanup() {
  for pid in "${app_pids[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  dropdb --if-exists "$db" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

[ -f "$jar" ] || (cd "$root" && ./mvnw -B -o package -DskipTests -pl app -am) >&2
cp "$jar" "$work/slotbot.jar"

createdb "$db"
for i in $(seq 0 $(( instances - 1 ))); do
  log "starting instance $i on database $db, port $(( port + i ))"
  # shellcheck disable=SC2086
  "$java_bin" $java_opts -jar "$work/slotbot.jar" "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$db?user=postgres" \
    --slotbot.demo=false --slotbot.security.api-token=bench "--server.port=$(( port + i ))" --logging.level.root=warn \
    ${APP_ARGS:-} >"$work/app-$i.log" 2>&1 &
  app_pids+=($!)
  for _ in $(seq 120); do
    curl -sf "http://127.0.0.1:$(( port + i ))/actuator/health" 2>/dev/null | grep -q '"UP"' && break
    kill -0 "${app_pids[$i]}" 2>/dev/null || break
    sleep 0.5
  done
  curl -sf "http://127.0.0.1:$(( port + i ))/actuator/health" >/dev/null || { log "instance $i did not come up:"; tail -50 "$work/app-$i.log" >&2; exit 1; }
done

# A bot whose greeting waits an hour, then says one more thing: each due timer is one turn that stores one message.
curl -sf -X PUT -H 'Authorization: Bearer bench' -H 'Content-Type: application/yaml' --data-binary @- \
  "http://127.0.0.1:$port/api/v1/admin/bots/timed" >/dev/null <<'YAML'
start: hello
blocks:
  - id: hello
    text: "Здравствуйте"
    arrows:
      - {to: later, delay: 1h}
  - id: later
    text: "Прошёл час"
YAML

# Dialogs waiting in the greeting with their timer, written straight into the tables as a greeting's turn writes them
# (the dialog, our timer row, db-scheduler's execution), all due a minute ago in one commit: the app finds them at
# its next poll. (Playing the greetings through the chat would measure the chat.)
fire() {
  psql -qd "$db" -v ON_ERROR_STOP=1 -v from="$1" -v to="$2" <<'SQL'
BEGIN;
INSERT INTO dialog (bot, client_id, block, visit, timer_epoch, variables, created_at, updated_at)
SELECT 'timed', 'bench-' || g, 'hello', 1, 0, '{}', now(), now() FROM generate_series(:from, :to) g;
INSERT INTO dialog_timer (id, bot, client_id, block, arrow, visit, epoch, keep, fire_at)
SELECT 'bench-' || g, 'timed', 'bench-' || g, 'hello', 0, 1, 0, false, now() - interval '1 minute' FROM generate_series(:from, :to) g;
INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version)
SELECT 'dialog-timer', 'bench-' || g, now() - interval '1 minute', false, 1 FROM generate_series(:from, :to) g;
COMMIT;
SQL
  for _ in $(seq 1200); do
    left=$(psql -Atd "$db" -c "SELECT COUNT(*) FROM dialog_timer")
    [ "$left" = 0 ] && return 0
    sleep 0.5
  done
  log "timers $1..$2 still pending after 10 minutes"; exit 1
}

log "warm-up: $warmup timers (not reported)"
fire 1 "$warmup"
from=$(( warmup + 1 )); to=$(( warmup + due ))
log "measured: $due timers due at once"
fire "$from" "$to"

# Each fired timer stores the bot's message in its turn, stamped by the app's clock: the messages after the first
# over the time from the first to the last is the rate at which the instances fired them.
echo "# due dialog timers fired by $instances instance(s) on PostgreSQL, $(nproc) cores, Java $("$root/bin/newest-java" -f "$java_bin"), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ) ${APP_ARGS:-}"
psql -Atd "$db" -F ' ' <<SQL
WITH fired AS (SELECT created_at FROM dialog_message WHERE direction = 'out' AND text = 'Прошёл час'
                 AND client_id IN (SELECT 'bench-' || g FROM generate_series($from, $to) g)),
     span AS (SELECT MIN(created_at) AS first, MAX(created_at) AS last FROM fired)
SELECT 'timers_fired_per_s', ROUND(((SELECT COUNT(*) FROM fired) - 1) / NULLIF(EXTRACT(EPOCH FROM (last - first)), 0)),
       'fired', (SELECT COUNT(*) FROM fired), 'seconds', ROUND(EXTRACT(EPOCH FROM (last - first))::numeric, 2)
FROM span;
SQL
