#!/usr/bin/env bash
# Two slotbot instances on one PostgreSQL behind HAProxy (round robin, health checks on /actuator/health, no sticky
# sessions), as docs/scale-out.md describes. Walks one booking through both: created through the proxy on one
# instance, moved on the other, read and cancelled; each answer names the instance that served it (HAProxy adds
# X-Served-By). Then stops instance B and shows the proxy serving on from A.
#
# usage: bench/scale-out/two-instances.sh      (needs haproxy: apt-get install -y haproxy)
#   env: PORT (18100, the proxy), PORT_A (18101), PORT_B (18102)
set -euo pipefail

port=${PORT:-18100}
port_a=${PORT_A:-18101}
port_b=${PORT_B:-18102}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d /tmp/slotbot-two-instances.XXXXXX)
db=slotbot_two_instances_$$
declare -A pid=()
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres

cleanup() {
  for p in "${pid[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pid[@]}"; do wait "$p" 2>/dev/null || true; done
  dropdb --if-exists "$db" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

command -v haproxy >/dev/null || { echo "haproxy is needed: apt-get install -y haproxy" >&2; exit 2; }
if [ ! -f "$root/app/target/slotbot.jar" ]; then
  (cd "$root" && ./mvnw -B -o package -DskipTests -pl app -am) >&2
fi
createdb "$db"

# The same settings on both: one database, one API token; the instance's own port only differs.
for name in a b; do
  p=$([ "$name" = a ] && echo "$port_a" || echo "$port_b")
  java -Xms256m -Xmx512m -jar "$root/app/target/slotbot.jar" --server.port="$p" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db?user=postgres" \
    --slotbot.security.api-token=bench --slotbot.public-url="http://127.0.0.1:$port" \
    --server.forward-headers-strategy=native --logging.level.root=warn > "$work/$name.log" 2>&1 &
  pid[$name]=$!
  # One at a time on first start: both would run the same migrations (Flyway locks, but the second waits anyway).
  for _ in $(seq 1 240); do curl -sf "localhost:$p/actuator/health" >/dev/null && break; sleep 0.5; done
  curl -sf "localhost:$p/actuator/health" >/dev/null || { cat "$work/$name.log" >&2; exit 1; }
done

cat > "$work/haproxy.cfg" <<CFG
global
    log stdout format raw local0 warning
defaults
    mode http
    timeout connect 5s
    timeout client 1h
    timeout server 1h
frontend slotbot
    bind 127.0.0.1:$port
    option forwardfor
    default_backend instances
backend instances
    balance roundrobin
    option httpchk GET /actuator/health
    http-check expect status 200
    default-server inter 1s fall 2 rise 1
    http-response set-header X-Served-By %s
    server a 127.0.0.1:$port_a check
    server b 127.0.0.1:$port_b check
CFG
haproxy -f "$work/haproxy.cfg" > "$work/haproxy.log" 2>&1 &
pid[proxy]=$!
for _ in $(seq 1 40); do curl -sf "localhost:$port/actuator/health" >/dev/null && break; sleep 0.25; done

call() { # function json-body: prints "served by X: answer"
  curl -s -D "$work/headers" -H 'Authorization: Bearer bench' -H 'Content-Type: application/json' -d "$2" \
    "localhost:$port/api/v1/functions/$1" > "$work/body"
  echo "$1 served by $(grep -i '^x-served-by' "$work/headers" | tr -d '\r' | cut -d' ' -f2): $(head -c 300 "$work/body")"
}

day=$(date -d '+2 days' +%d.%m.%Y)
client=tg-scale-out-$$
echo "# two instances behind HAProxy on PostgreSQL, $(date -u +%FT%TZ)"
call get_slots_for_booking "{\"args\": [14275391, [844], \"$day\", 463665]}"
first=$(python3 -c "import json,sys; print(json.load(open('$work/body'))[0])")
second=$(python3 -c "import json,sys; print(json.load(open('$work/body'))[-1])")
call create_booking "{\"args\": [14275391, [844], \"$day\", \"$first\", 463665], \"client_id\": \"$client\"}"
id=$(python3 -c "import json; print(json.load(open('$work/body'))['booking']['id'])")
call modify_booking_time "{\"args\": [$id, \"$day\", \"$second\"], \"client_id\": \"$client\"}"
call get_bookings_info "{\"client_id\": \"$client\"}"
call cancel_booking "{\"args\": [14275391, $id], \"client_id\": \"$client\"}"
call get_bookings_info "{\"client_id\": \"$client\"}"

echo "# instance b stops; the proxy's health check takes it out within 2 s"
kill "${pid[b]}"; wait "${pid[b]}" 2>/dev/null || true; unset 'pid[b]'
sleep 3
for _ in 1 2 3; do call get_bookings_info "{\"client_id\": \"$client\"}"; done
