#!/usr/bin/env bash
# create_booking throughput through the HTTP function API on PostgreSQL, beside the database's own
# ceiling for a race-free booking write (pg-limit.sh beside this script), measured in the same run.
#
# usage: bench/http/create-booking.sh [seconds=15]
#   env: PORT (18080), WARMUP seconds (90), JAVA_OPTS (-Xms512m -Xmx512m), JAVA (the java binary; default: the newest JDK
#        found, as bin/slotbot runs it), PG_LIMIT (path of pg-limit.sh),
#        JFR=/path/x.jfr  also record a JFR profile of the app during the 16-client run (kept after exit;
#                         the recording itself slows the app, so do not compare those figures with others),
#        KEEP=1           keep the work dir (catalog, app log, wrk outputs) instead of deleting it,
#        REBUILD=1        build the jar even when there is one (by default only a missing jar is built).
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth, btree_gist available), java 17, curl,
# wrk (installed with apt-get when missing), pgbench (for pg-limit.sh).
set -euo pipefail

seconds=${1:-15}
port=${PORT:-18080}
warmup=${WARMUP:-90}
java_opts=${JAVA_OPTS:--Xms512m -Xmx512m}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
java_bin=${JAVA:-$("$root/bin/newest-java")}
pg_limit=${PG_LIMIT:-$here/pg-limit.sh}
jar=$root/app/target/slotbot.jar
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
db=slotbot_bench_$$
work=$(mktemp -d /tmp/slotbot-bench.XXXXXX)
app_pid=

log() { echo "[create-booking] $*" >&2; }

cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  dropdb --if-exists --force "$db" >/dev/null 2>&1 || dropdb --if-exists "$db" >/dev/null 2>&1 || true
  if [ "${KEEP:-0}" = 1 ]; then log "work dir kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- tools ----------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
  log "wrk missing; installing it"
  apt-get install -y wrk >&2 || { apt-get update >&2 && apt-get install -y wrk >&2; }
fi
for tool in java curl psql createdb pgbench; do
  command -v "$tool" >/dev/null 2>&1 || { log "needs $tool on the PATH"; exit 1; }
done
if curl -s -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null; then
  log "port $port is already taken; set PORT=..."; exit 1
fi

# --- 1. the app jar -------------------------------------------------------------------------------
if [ ! -f "$jar" ] || [ "${REBUILD:-0}" = 1 ]; then
  log "building $jar"
  (cd "$root" && ./mvnw -B -o package -DskipTests -pl app -am) >&2
elif [ -n "$(find "$root/app/src/main" "$root/booking/src/main" "$root/pom.xml" "$root/app/pom.xml" "$root/booking/pom.xml" \
          -newer "$jar" -type f 2>/dev/null | head -1)" ]; then
  log "WARNING: $jar is older than the sources; it is measured as it is (REBUILD=1 rebuilds it first)"
fi
jar_info="jar built $(date -u -r "$jar" +%FT%TZ), HEAD $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"

# Run a copy: other people's builds may rewrite app/target/slotbot.jar while the bench runs.
cp "$jar" "$work/slotbot.jar"

# --- 2. a fresh database --------------------------------------------------------------------------
createdb "$db"

# --- 3. the bench catalog: 1 branch, 50 employees (101..150) x 20 services (11..30), open 24/7 ------
catalog=$work/catalog.yaml
{
  echo "companies:"
  echo "  - id: 1"
  echo "    name: Bench branch"
  echo "    address: Bench street 1"
  echo "    online_booking: true"
  echo "    timezone: Europe/Moscow"
  # The probe books 3 years ahead and the load up to 2 years: beyond the default max_advance (366d).
  echo "    booking_rules: {max_advance: 1200d}"
  echo "    categories:"
  echo "      - {id: 1, type: service_category, name: Bench services, description: Services of the bench}"
  echo "      - {id: 2, type: job_title, name: Bench master, description: Employee of the bench}"
  echo "    services:"
  for s in $(seq 11 30); do
    echo "      - {id: $s, title: Service $s, description: Bench service $s, price: 1000, duration: 30, category_id: 1}"
  done
  echo "    employees:"
  services=$(seq -s ', ' 11 30)
  for e in $(seq 101 150); do
    echo "      - id: $e"
    echo "        name: Employee $e"
    echo "        information: Bench employee $e"
    echo "        job_title_id: 2"
    echo "        service_ids: [$services]"
    echo "        schedule:"
    echo "          weekly:"
    for d in mon tue wed thu fri sat sun; do echo "            $d: [\"00:00-24:00\"]"; done
  done
} >"$catalog"

# --- 4. the app on that database ------------------------------------------------------------------
log "starting the app on database $db, port $port"
[ -n "${JFR:-}" ] && java_opts="$java_opts -XX:FlightRecorderOptions:stackdepth=512"
# shellcheck disable=SC2086
"$java_bin" $java_opts -jar "$work/slotbot.jar" \
  "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$db?user=postgres" \
  --slotbot.demo=false "--slotbot.catalog=file:$catalog" --slotbot.security.api-token=bench \
  "--server.port=$port" --logging.level.root=warn >"$work/app.log" 2>&1 &
app_pid=$!
up=
for _ in $(seq 120); do
  if curl -sf "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then up=1; break; fi
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 0.5
done
if [ -z "$up" ]; then
  log "the app did not come up within 60 s; its log:"; tail -50 "$work/app.log" >&2; exit 1
fi
# One call by hand, so that a broken set-up fails loudly instead of benchmarking 400s.
probe=$(curl -s -H 'Authorization: Bearer bench' -H 'Content-Type: application/json' \
  -d "{\"args\": [1, [11], \"$(TZ=Europe/Moscow date -d '+3 years' +%d.%m.%Y)\", \"10:00\", 101], \"client_id\": \"bench-probe\"}" \
  "http://127.0.0.1:$port/api/v1/functions/create_booking")
case $probe in *'"status":true'*) ;; *) log "probe create_booking failed: $probe"; exit 1 ;; esac

# --- helpers for the wrk runs ---------------------------------------------------------------------
url=http://127.0.0.1:$port
run_wrk() { # threads connections seconds -> the wrk_result line
  wrk -t"$1" -c"$2" -d"${3}s" --latency -s "$here/create-booking.lua" "$url" >"$work/wrk-c$2-$3s.out" 2>&1 || {
    log "wrk failed:"; cat "$work/wrk-c$2-$3s.out" >&2; exit 1; }
  grep '^wrk_result ' "$work/wrk-c$2-$3s.out"
}
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }
db_xacts() { psql -Atd "$db" -c "select xact_commit + xact_rollback from pg_stat_database where datname = current_database()"; }
# CPU time (clock ticks) of a set of processes, to see what one call costs in the app and in PostgreSQL
# however busy the machine is with other work.
ticks() { local t=0 p; for p in "$@"; do [ -r "/proc/$p/stat" ] && t=$(( t + $(awk '{ print $14 + $15 }' "/proc/$p/stat") )); done; echo "$t"; }
jit_ticks() { local t=0 d; for d in /proc/"$app_pid"/task/*; do case $(cat "$d/comm" 2>/dev/null) in C1\ Compiler*|C2\ Compiler*) t=$(( t + $(awk '{ print $14 + $15 }' "$d/stat") ));; esac; done; echo "$t"; }
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }  # all cores, not idle/iowait
pg_backends() { psql -Atd "$db" -c "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()"; }

# On 2 cores the JIT compiles the app's hot paths for about a minute and a half of this load: after 20 s its
# compiler threads still took 0.38 ms of the app's 1.31 ms per call in the 16-client run, after 90 s 0.02 of 0.64
# (2026-12-02, the summary's JIT figure). Throughput is a steady-state figure, so the warm-up waits that out;
# pg-limit.sh runs after it so that what is left of the JIT's work does not land in the measured runs.
log "warm-up: ${warmup} s, 16 clients (not reported)"
run_wrk 2 16 "$warmup" >/dev/null
# Then the warm-up's bookings go: pg-limit.sh books into an empty table, and the measured runs meet the calendar at a
# like size (after the warm-up it holds ~80,000 bookings, and each booking's check against the exclusion constraint's
# GiST index costs more as it grows: pg-limit.sh's own booking went from 0.67 to 0.99 ms of CPU from 0 to 70,000 rows).
psql -qd "$db" -c "TRUNCATE booking CASCADE"

# --- 5. the database's own ceiling, same run ------------------------------------------------------
log "pg-limit.sh 16 $seconds"
limits=$(bash "$pg_limit" 16 "$seconds")
booking_tx_tps=$(sed -n 's/^booking_tx_tps //p' <<<"$limits")
plain_insert_tps=$(sed -n 's/^plain_insert_tps //p' <<<"$limits")

# --- 6. wrk from a second process: 1 client, then 16 -----------------------------------------------
log "1 client, $seconds s"
c1=$(run_wrk 1 1 "$seconds")
if [ -n "${JFR:-}" ]; then
  jcmd "$app_pid" JFR.start name=bench settings=profile "duration=${seconds}s" "filename=$JFR" >/dev/null
fi
log "16 clients, $seconds s"
backends=$(pg_backends)
x0=$(db_xacts); a0=$(ticks "$app_pid"); b0=$(ticks $backends); m0=$(busy_ticks); j0=$(jit_ticks); t0=$(date +%s.%N)
c16=$(run_wrk 2 16 "$seconds")
x1=$(db_xacts); a1=$(ticks "$app_pid"); b1=$(ticks $backends); m1=$(busy_ticks); j1=$(jit_ticks); t1=$(date +%s.%N)
if [ -n "${JFR:-}" ]; then
  sleep 1; jcmd "$app_pid" JFR.dump name=bench "filename=$JFR" >/dev/null 2>&1 || true
  log "JFR recording of the 16-client run: $JFR"
fi

# --- 6b. create_booking's own statements without the app -------------------------------------------
# What the database gives for exactly the SQL the app sends per booking (booking-sql.sql, read from its statement
# log): the most the app could reach, beside pg-limit.sh's minimal booking.
log "create_booking's statements in pgbench, no app, 16 clients, $seconds s"
sql_only=$(pgbench -n -M prepared -c 16 -j "$(( $(nproc) < 16 ? $(nproc) : 16 ))" -T "$seconds" -f "$here/booking-sql.sql" "$db" 2>&1 \
  | sed -n 's/^tps = \([0-9.]*\).*/\1/p')

# --- 7. summary -----------------------------------------------------------------------------------
tps1=$(field tps "$c1"); tps16=$(field tps "$c16")
req16=$(field requests "$c16")
ratio=$(awk -v a="$tps16" -v b="$booking_tx_tps" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
verdict=$(awk -v r="$ratio" 'BEGIN { print (r >= 0.5 ? "MET" : "MISSED") }')
hz=$(getconf CLK_TCK)
per_call() { awk -v t="$1" -v n="$req16" -v hz="$hz" 'BEGIN { printf "%.2f", (n > 0 ? t * 1000 / hz / n : 0) }'; }
pct() { awk -v t="$1" -v hz="$hz" -v a="$t0" -v b="$t1" -v n="$(nproc)" 'BEGIN { printf "%.0f%%", t / hz / (b - a) / n * 100 }'; }
cat <<SUMMARY
# create_booking over HTTP on PostgreSQL, ${seconds} s per run, $(nproc) cores, Java $("$root/bin/newest-java" -f "$java_bin"), load $(cut -d" " -f1-3 /proc/loadavg), $(date -u +%FT%TZ), $jar_info
booking_tx_tps          $booking_tx_tps
plain_insert_tps        $plain_insert_tps
create_booking_tps_c1   ${tps1%.*}   p50 $(field p50_ms "$c1") ms  p99 $(field p99_ms "$c1") ms  ok $(field ok "$c1")  refused $(field refused "$c1")  non2xx $(field non2xx "$c1")  socket_errors $(field socket_errors "$c1")
create_booking_tps_c16  ${tps16%.*}   p50 $(field p50_ms "$c16") ms  p99 $(field p99_ms "$c16") ms  ok $(field ok "$c16")  refused $(field refused "$c16")  non2xx $(field non2xx "$c16")  socket_errors $(field socket_errors "$c16")
ratio_c16_to_booking_tx $ratio   (target >= 0.50: $verdict)
booking_sql_only_tps    ${sql_only%.*}   (create_booking's own statements, booking-sql.sql, in pgbench without the app: the most the app could reach)
cpu_ms_per_call_c16     app $(per_call $(( a1 - a0 ))) (of which JIT compiler $(per_call $(( j1 - j0 ))))  postgres $(per_call $(( b1 - b0 )))   (the app's JVM; its PostgreSQL backends)
machine_cpu_c16         busy $(pct $(( m1 - m0 ))) of $(nproc) cores: app $(pct $(( a1 - a0 ))), postgres $(pct $(( b1 - b0 ))), wrk and everything else $(pct $(( (m1 - m0) - (a1 - a0) - (b1 - b0) )))
db_xacts_per_call_c16   $(awk -v x="$(( x1 - x0 ))" -v n="$req16" 'BEGIN { printf "%.1f", (n > 0 ? x / n : 0) }')   (PostgreSQL commits+rollbacks per create_booking; each autocommit statement counts as one)
SUMMARY
