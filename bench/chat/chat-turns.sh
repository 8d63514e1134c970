#!/usr/bin/env bash
# Whole chat turns of the demo bot through the web chat API, with 1 and with 64 dialogs at once,
# on H2 or on PostgreSQL. Each virtual client books again and again: service, date, time (the time's
# turn calls create_booking; the first time the bot asks the name and the phone in between, and the
# phone's turn books). Prints turns/s and p50/p90/p99 of all turns and of booking turns, and the app's CPU per turn;
# after the paced run, its yardstick: the same paced people asking for the health check instead (the "floor" line).
# The load generator (slotbot.bench.chat.ChatTurnLoad) runs on the same cores as the app and the database, so it
# is kept cheap: a blocking kept-alive socket per dialog instead of java.net.http (about 0.3 ms of CPU per turn
# instead of 2.35 ms), in a small JVM (LOAD_JAVA_OPTS).
#
# usage: bench/chat/chat-turns.sh [h2|postgres] [seconds=20]
#   env: PORT (18081), WARMUP seconds (15), JAVA_OPTS (-Xms512m -Xmx512m), JAVA (the java binary; default: the newest JDK
#        found, as bin/slotbot runs it),
#        LOAD_JAVA_OPTS the generator's JVM options (-XX:+UseSerialGC -Xms64m -Xmx64m -XX:TieredStopAtLevel=1),
#        DIALOGS the dialog counts of the runs without pause ("1 64"),
#        THINK milliseconds a person pauses between messages in the paced run (1000),
#        PERSON_BOOKINGS how many times a person books before leaving, a new person taking their place (3; 0: never
#        leaves, so that each dialog piles up every unpaid order of its hundreds of bookings a minute)
set -euo pipefail

database=${1:-h2}
seconds=${2:-20}
port=${PORT:-18081}
warmup=${WARMUP:-15}
java_opts=${JAVA_OPTS:--Xms512m -Xmx512m}
load_java_opts=${LOAD_JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx64m -XX:TieredStopAtLevel=1}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
java_bin=${JAVA:-$("$root/bin/newest-java")}
work=$(mktemp -d /tmp/slotbot-chat-bench.XXXXXX)
db=slotbot_chat_bench_$$
app_pid=
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres

cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  [ "$database" = postgres ] && dropdb --if-exists "$db" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

if [ ! -f "$root/app/target/slotbot.jar" ] || [ ! -f "$root/bench/target/benchmarks.jar" ]; then
  (cd "$root" && ./mvnw -B -o package -DskipTests -pl app,bench -am) >&2
fi
cp "$root/app/target/slotbot.jar" "$work/slotbot.jar"

# The demo bot books at branch 14275391: here it has the demo's services and 50 employees who
# work around the clock, so that 64 dialogs rarely want the same employee at the same time.
{
  echo "companies:"
  echo "  - id: 14275391"
  echo "    name: Bench barbershop"
  echo "    timezone: Europe/Moscow"
  echo "    services:"
  for s in 844 845 846 847 848 849; do echo "      - {id: $s, title: Услуга $s, price: 1000, duration: 30}"; done
  echo "    employees:"
  for e in $(seq 1 50); do
    echo "      - {id: $((500000 + e)), name: Мастер $e, service_ids: [844, 845, 846, 847, 848, 849],"
    echo "         schedule: {weekly: {mon: [\"00:00-24:00\"], tue: [\"00:00-24:00\"], wed: [\"00:00-24:00\"], thu: [\"00:00-24:00\"], fri: [\"00:00-24:00\"], sat: [\"00:00-24:00\"], sun: [\"00:00-24:00\"]}}}"
  done
} > "$work/catalog.yaml"

case "$database" in
  h2) url="jdbc:h2:file:$work/data/slotbot" ;;
  postgres) createdb "$db"; url="jdbc:postgresql://127.0.0.1:5432/$db?user=postgres" ;;
  *) echo "usage: $0 [h2|postgres] [seconds]" >&2; exit 2 ;;
esac

# Another app on the port would answer the health check below, and the figures would be its.
if curl -s -o /dev/null "localhost:$port/"; then echo "port $port is taken: set PORT" >&2; exit 1; fi
# shellcheck disable=SC2086
"$java_bin" $java_opts -jar "$work/slotbot.jar" --server.port="$port" --spring.datasource.url="$url" \
  --slotbot.catalog="file:$work/catalog.yaml" --slotbot.demo=true --slotbot.security.api-token=bench \
  --slotbot.chat.rate-per-second=100000 --slotbot.chat.burst=100000 --slotbot.chat.sessions-per-minute=100000 --logging.level.root=warn \
  > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do curl -sf "localhost:$port/actuator/health" >/dev/null && break; sleep 0.5; done
curl -sf "localhost:$port/actuator/health" >/dev/null || { cat "$work/app.log" >&2; exit 1; }

echo "# chat turns of the demo bot on $database, $seconds s each after ${warmup} s warm-up, ${PERSON_BOOKINGS:-3} bookings a person (0: no end), $(nproc) cores, Java $("$root/bin/newest-java" -f "$java_bin"), load $(cut -d" " -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
# The app's CPU (user and system, from /proc) per measured turn: less sensitive than latency to what else the
# shared machine runs. Sampled from the end of the warm-up to the end of the run.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$app_pid/stat"; }
load() { # dialogs warmup think [floor]
  local before out turns
  # shellcheck disable=SC2086
  "$java_bin" $load_java_opts -cp "$root/bench/target/benchmarks.jar" slotbot.bench.chat.ChatTurnLoad "http://127.0.0.1:$port" "$1" "$seconds" "$2" "$3" "${PERSON_BOOKINGS:-3}" ${4:-} > "$work/load.out" &
  sleep "$2"
  before=$(cpu_ticks)
  wait $!
  out=$(cat "$work/load.out")
  echo "$out"
  turns=$(sed -n 's/.* turns \([0-9]*\) in .*/\1/p' <<< "$out")
  [ "${turns:-0}" -gt 0 ] && awk -v t="$(( $(cpu_ticks) - before ))" -v n="$turns" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "app CPU per turn %.2f ms (%d turns)\n", t * 1000 / hz / n, n }'
}
# Saturation (each dialog writes again at once), then 64 people who pause between messages.
for dialogs in ${DIALOGS:-1 64}; do
  load "$dialogs" "$warmup" 0
done
load 64 5 "${THINK:-1000}"
# The yardstick of the paced run: the same 64 people with the same pauses asking for the health check (HTTP, the
# security chain, one database round trip; no bot). Its tail is what the machine alone puts into a paced run's tail.
load 64 5 "${THINK:-1000}" floor
