#!/usr/bin/env bash
# How many due reminders one app instance fires per second on PostgreSQL, with a full calendar.
#
# usage: bench/reminders/reminders-due.sh [due=20000] [bookings=100000]
#   env: PORT (18082), JAVA_OPTS (-Xms512m -Xmx512m), JAVA (the java binary; default: the newest JDK
#        found, as bin/slotbot runs it), WARMUP reminders fired first, not reported (5000),
#        DIALOGS=1: every client also has a dialog with a bot that answers the reminder, and the run reports
#        how many of those answers the dialogs got per second as well
set -euo pipefail

due=${1:-20000}
bookings=${2:-100000}
port=${PORT:-18082}
warmup=${WARMUP:-5000}
java_opts=${JAVA_OPTS:--Xms512m -Xmx512m}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
java_bin=${JAVA:-$("$root/bin/newest-java")}
work=$(mktemp -d /tmp/slotbot-reminders-bench.XXXXXX)
db=slotbot_reminders_bench_$$
app_pid=
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres

log() { echo "# $*" >&2; }
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  dropdb --if-exists "$db" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

if [ $(( warmup + due )) -gt "$bookings" ]; then
  echo "warm-up ($warmup) and due ($due) reminders need as many bookings; got $bookings" >&2; exit 2
fi
[ -f "$root/app/target/slotbot.jar" ] || (cd "$root" && ./mvnw -B -o package -DskipTests -pl app -am) >&2
cp "$root/app/target/slotbot.jar" "$work/slotbot.jar"

# One branch that reminds 24h and 2h before each visit and follows up 2h after; 50 employees around the clock.
{
  echo "companies:"
  echo "  - id: 1"
  echo "    name: Bench salon"
  echo "    timezone: Europe/Moscow"
  echo "    reminders: [\"24h\", \"2h\"]"
  echo "    follow_up: 2h"
  echo "    services:"
  echo "      - {id: 11, title: Стрижка, price: 1000, duration: 30}"
  echo "    employees:"
  for e in $(seq 101 150); do
    echo "      - {id: $e, name: Мастер $e, service_ids: [11], schedule: {weekly: {mon: [\"00:00-24:00\"], tue: [\"00:00-24:00\"],"
    echo "         wed: [\"00:00-24:00\"], thu: [\"00:00-24:00\"], fri: [\"00:00-24:00\"], sat: [\"00:00-24:00\"], sun: [\"00:00-24:00\"]}}}"
  done
} >"$work/catalog.yaml"

createdb "$db"
log "starting the app on database $db, port $port"
# shellcheck disable=SC2086
"$java_bin" $java_opts -jar "$work/slotbot.jar" "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$db?user=postgres" \
  --slotbot.demo=false "--slotbot.catalog=file:$work/catalog.yaml" --slotbot.security.api-token=bench \
  "--server.port=$port" --logging.level.root=warn >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 120); do
  curl -sf "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"' && break
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 0.5
done
curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null || { log "the app did not come up:"; tail -50 "$work/app.log" >&2; exit 1; }

# The calendar, written straight into the tables as the app writes them: $bookings active half-hour visits,
# 50 employees side by side, from the day after tomorrow on, each with its 24h and 2h reminders and its
# follow-up, all due in the future. (Booking through the API would take minutes and measure booking.)
log "writing $bookings bookings and their reminders"
psql -qd "$db" -v ON_ERROR_STOP=1 -v n="$bookings" <<'SQL'
INSERT INTO client (id, created_at) SELECT 'bench-' || g, now() FROM generate_series(1, :n) g;
INSERT INTO booking (id, company_id, employee_id, client_id, starts_at, ends_at, status, created_at, booked_by, version,
                     busy_from, busy_to)
SELECT g, 1, 101 + (g - 1) % 50, 'bench-' || g, t, t + interval '30 minutes', 'active', now(), 'bench-' || g, 1,
       t, t + interval '30 minutes'
FROM (SELECT g, date_trunc('hour', now()) + interval '2 days' + ((g - 1) / 50) * interval '30 minutes' AS t
      FROM generate_series(1, :n) g) visits;
SELECT setval(pg_get_serial_sequence('booking', 'id'), :n) \g /dev/null
INSERT INTO booking_service (booking_id, seq, service_id, title, price, duration_minutes)
SELECT id, 0, 11, 'Стрижка', 1000, 30 FROM booking;
INSERT INTO booking_reminder (booking_id, kind, offset_minutes, due_at, state)
SELECT id, 'reminder', 1440, starts_at - interval '24 hours', 'due' FROM booking
UNION ALL SELECT id, 'reminder', 120, starts_at - interval '2 hours', 'due' FROM booking
UNION ALL SELECT id, 'follow_up', 120, ends_at + interval '2 hours', 'due' FROM booking;
ANALYZE;
SQL

if [ -n "${DIALOGS:-}" ]; then
  log "every client chats with a bot that answers reminders"
  curl -sf -X PUT -H 'Authorization: Bearer bench' -H 'Content-Type: application/yaml' --data-binary @- \
    "http://127.0.0.1:$port/api/v1/admin/bots/reminded" >/dev/null <<'YAML'
start: hello
blocks:
  - {id: hello, text: "Здравствуйте"}
  - id: reminded
    state: false
    trigger: {when: "booking_reminder", match: keywords, callbacks_only: true}
    text: "Напоминаем: #{question}"
YAML
  psql -qd "$db" -v ON_ERROR_STOP=1 -c "INSERT INTO dialog (bot, client_id, block, visit, timer_epoch, variables, created_at, updated_at)
    SELECT 'reminded', id, 'hello', 1, 0, '{}', now(), now() FROM client"
fi

# Makes the 24h reminders of bookings [from, to] due a minute ago, and waits until the app has fired them all.
fire() {
  psql -qd "$db" -c "UPDATE booking_reminder SET due_at = now() - interval '1 minute'
    WHERE kind = 'reminder' AND offset_minutes = 1440 AND booking_id BETWEEN $1 AND $2"
  for _ in $(seq 600); do
    left=$(psql -Atd "$db" -c "SELECT COUNT(*) FROM booking_reminder WHERE state = 'due' AND offset_minutes = 1440
      AND kind = 'reminder' AND booking_id BETWEEN $1 AND $2")
    [ "$left" = 0 ] && return 0
    sleep 0.5
  done
  log "reminders $1..$2 still due after 5 minutes"; exit 1
}

log "warm-up: $warmup reminders (not reported)"
fire 1 "$warmup"
from=$(( warmup + 1 )); to=$(( warmup + due ))
log "measured: $due reminders due at once"
fire "$from" "$to"

# Each batch of rows is marked with one instant, so the rows after the first batch over the time from the first
# batch to the last is the rate at which the instance fired them.
echo "# due reminders fired by one instance on PostgreSQL, $bookings bookings in the calendar, $(nproc) cores, Java $("$root/bin/newest-java" -f "$java_bin"), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
psql -Atd "$db" -F ' ' <<SQL
WITH fired AS (SELECT done_at FROM booking_reminder WHERE kind = 'reminder' AND offset_minutes = 1440 AND booking_id BETWEEN $from AND $to),
     span AS (SELECT MIN(done_at) AS first, MAX(done_at) AS last FROM fired)
SELECT 'reminders_fired_per_s', ROUND((SELECT COUNT(*) FROM fired, span WHERE done_at > first)
         / NULLIF(EXTRACT(EPOCH FROM (last - first)), 0)), 'sent', (SELECT COUNT(*) FROM booking_reminder
         WHERE state = 'sent' AND booking_id BETWEEN $from AND $to), 'seconds', ROUND(EXTRACT(EPOCH FROM (last - first))::numeric, 2)
FROM span;
SQL
if [ -n "${DIALOGS:-}" ]; then
  for _ in $(seq 600); do
    [ "$(psql -Atd "$db" -c "SELECT COUNT(*) FROM callback_outbox")" = 0 ] && break
    sleep 0.5
  done
  psql -Atd "$db" -F ' ' <<SQL
WITH told AS (SELECT m.created_at FROM dialog_message m WHERE m.direction = 'out' AND m.text LIKE 'Напоминаем: booking_reminder%'
                AND m.client_id IN (SELECT 'bench-' || g FROM generate_series($from, $to) g)),
     span AS (SELECT MIN(created_at) AS first, MAX(created_at) AS last FROM told)
SELECT 'reminders_answered_in_dialogs_per_s', ROUND((SELECT COUNT(*) FROM told) / NULLIF(EXTRACT(EPOCH FROM (last - first)), 0)),
       'answered', (SELECT COUNT(*) FROM told) FROM span;
SQL
fi
