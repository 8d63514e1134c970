#!/usr/bin/env bash
# Live chat streams across two instances on one PostgreSQL (issue 17). Starts instances A and B, measures the
# database's transactions per second while idle with no stream open, opens STREAMS chat streams (half on A, half on
# B) and measures again, then has MEASURED conversations streamed on B start a 2 s dialog timer on A and reports the
# delay from the timer's message being stored on A to its arrival on the stream on B (p50/p99/max), and any lost or
# duplicated. B looks for due timers once an hour only, so that the timers fire on A.
#
# usage: bench/chat/fan-out.sh
#   env: STREAMS (2000), MEASURED (300), IDLE seconds per idle measurement (20), PORT_A (18091), PORT_B (18092)
set -euo pipefail

streams=${STREAMS:-2000}
measured=${MEASURED:-300}
idle=${IDLE:-20}
port_a=${PORT_A:-18091}
port_b=${PORT_B:-18092}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d /tmp/slotbot-fan-out.XXXXXX)
db=slotbot_fan_out_$$
pids=()
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  dropdb --if-exists "$db" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

if [ ! -f "$root/app/target/slotbot.jar" ] || [ ! -f "$root/bench/target/benchmarks.jar" ]; then
  (cd "$root" && ./mvnw -B -o package -DskipTests -pl app,bench -am) >&2
fi
createdb "$db"
url="jdbc:postgresql://127.0.0.1:5432/$db?user=postgres"

start() { # name port extra-settings...
  local name=$1 port=$2; shift 2
  java -Xms256m -Xmx512m -jar "$root/app/target/slotbot.jar" --server.port="$port" --spring.datasource.url="$url" \
    --slotbot.demo=true --slotbot.security.api-token=bench --slotbot.chat.sessions-per-minute=100000 \
    --slotbot.chat.streams-per-instance=5000 --slotbot.chat.rate-per-second=100000 --slotbot.chat.burst=100000 \
    --logging.level.root=warn "$@" > "$work/$name.log" 2>&1 &
  pids+=($!)
}
healthy() {
  for _ in $(seq 1 240); do curl -sf "localhost:$1/actuator/health" >/dev/null && return 0; sleep 0.5; done
  cat "$work"/*.log >&2; exit 1
}
commits() { psql -qtAX -d "$db" -c "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = '$db'"; }
scans() { psql -qtAX -d "$db" -c "SELECT string_agg(relname || '=' || (COALESCE(seq_scan, 0) + COALESCE(idx_scan, 0)), ' ' ORDER BY relname) FROM pg_stat_user_tables"; }
idle_rate() { # seconds: transactions per second on the bench's database (psql's own queries counted and subtracted)
  local before after scans_before scans_after
  scans_before=$(scans); before=$(commits); sleep "$1"; after=$(commits); scans_after=$(scans)
  python3 -c "print(f'{($after - $before - 2) / $1:.2f}')"
  # which tables were read meanwhile, and how often (stats lag by up to half a second)
  python3 - "$scans_before" "$scans_after" "$1" >&2 <<'PY'
import sys
b = dict(x.split('=') for x in sys.argv[1].split())
a = dict(x.split('=') for x in sys.argv[2].split())
print('  tables read per second:', ', '.join(f'{t} {(int(a[t]) - int(b.get(t, 0))) / float(sys.argv[3]):.2f}' for t in sorted(a) if int(a[t]) != int(b.get(t, 0))) or 'none')
PY
}

start a "$port_a"
healthy "$port_a"
start b "$port_b" --slotbot.timers.polling-interval=1h
healthy "$port_b"
curl -sf -X PUT -H 'Authorization: Bearer bench' -H 'Content-Type: application/yaml' --data-binary @- \
  "localhost:$port_a/api/v1/admin/bots/fanout" >/dev/null <<'YAML'
start: hello
blocks:
  - id: hello
    text: "Здравствуйте"
    arrows:
      - {to: tick, delay: 2s}
  - id: tick
    text: "Тик-так"
YAML
sleep 2 # both instances' bot caches look for a new version once a second
echo "# fan-out on PostgreSQL: 2 instances, $streams streams, $measured timers A -> B, $(nproc) cores, $(date -u +%FT%TZ)"
echo "idle, no stream open: $(idle_rate "$idle") transactions/s"

java -cp "$root/bench/target/benchmarks.jar" slotbot.bench.chat.FanOut "http://127.0.0.1:$port_a" "http://127.0.0.1:$port_b" \
  "$streams" "$measured" "$work" &
driver=$!
pids+=("$driver")
for _ in $(seq 1 600); do [ -f "$work/open" ] && break; sleep 0.5; done
sleep "${SETTLE:-15}" # the opening of the streams is over and its statistics reported
echo "idle, $(cat "$work/open") streams open: $(idle_rate "$idle") transactions/s"
touch "$work/go"
wait "$driver"

psql -qtAX -d "$db" -F $'\t' -c "SELECT id, (EXTRACT(EPOCH FROM created_at) * 1000)::bigint FROM dialog_message WHERE bot = 'fanout' AND text = 'Тик-так'" > "$work/stored.tsv"
python3 - "$work/stored.tsv" "$work/arrivals.tsv" <<'PY'
import sys
stored = dict(line.split('\t') for line in open(sys.argv[1]).read().split('\n') if line)
delays = sorted(int(t) - int(stored[i]) for i, t in (l.split('\t') for l in open(sys.argv[2]).read().split('\n') if l) if i in stored)
if not delays:
    sys.exit("no timer message arrived")
pick = lambda q: delays[min(len(delays) - 1, int(q * len(delays)))]
print(f"stored on A -> arrived on B: count {len(delays)}, p50 {pick(0.5)} ms, p99 {pick(0.99)} ms, max {delays[-1]} ms")
PY
