#!/usr/bin/env bash
# The latency of a booking function called as an MCP tool (POST /mcp, tools/call) next to the same call
# through the function API, on the demo catalog (H2 in memory), one caller, the two calls alternating.
# Prints n, p50, p90, p99 and max of each, per function.
#
# usage: bench/mcp/tool-call-latency.sh [calls=2000] [warmup calls=2000]
#   env: PORT (18094), JAVA_OPTS (-Xms512m -Xmx512m), JAVA (the java binary; default: the newest JDK
#        found, as bin/slotbot runs it)
set -euo pipefail

calls=${1:-2000}
warmup=${2:-2000}
port=${PORT:-18094}
java_opts=${JAVA_OPTS:--Xms512m -Xmx512m}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
java_bin=${JAVA:-$("$root/bin/newest-java")}
work=$(mktemp -d /tmp/slotbot-mcp-bench.XXXXXX)
app_pid=

cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

if [ ! -f "$root/app/target/slotbot.jar" ] || [ ! -f "$root/bench/target/benchmarks.jar" ]; then
  (cd "$root" && ./mvnw -B -o package -DskipTests -pl app,bench -am) >&2
fi
cp "$root/app/target/slotbot.jar" "$work/slotbot.jar"

# shellcheck disable=SC2086
"$java_bin" $java_opts -jar "$work/slotbot.jar" --server.port="$port" --spring.datasource.url="jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1" \
  --slotbot.security.api-token=bench --logging.level.root=warn > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do curl -sf "localhost:$port/actuator/health" >/dev/null && break; sleep 0.5; done
curl -sf "localhost:$port/actuator/health" >/dev/null || { cat "$work/app.log" >&2; exit 1; }

echo "# MCP tool call next to the function API call, $calls calls each after $warmup warm-up, $(nproc) cores, Java $("$root/bin/newest-java" -f "$java_bin"), load $(cut -d" " -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
"$java_bin" -cp "$root/bench/target/benchmarks.jar" slotbot.bench.mcp.ToolCallLatency "http://127.0.0.1:$port" bench "$calls" "$warmup"
