#!/usr/bin/env bash
# Time from the README's run command to a healthy app, the resident memory then and the JVM's CPU seconds to then, on H2 with a
# fresh ./data each time. Usage: bench/start/start-time.sh [runs=3] [command …]
# The default command is bin/slotbot; pass another to compare (for example: java -jar app/target/slotbot.jar).
# The first start of bin/slotbot for a new build prepares its cache; run it once before measuring
# (this script does: one untimed start first).
# A/B: with B_JAVA_OPTS set, every run starts the command twice, first as given (A), then with JAVA_OPTS=B_JAVA_OPTS
# (B), so that both see the same minutes of this machine, whose starts vary by up to 2x from one minute to the next;
# it prints each side's runs and median. Example: B_JAVA_OPTS=-XX:ArchiveRelocationMode=0 bench/start/start-time.sh 6
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-3}; shift || true
command=("$@"); [ ${#command[@]} -gt 0 ] || command=("$root/bin/slotbot")
port=18181
work=$(mktemp -d); trap 'pkill -f -- "--server.port=$port" 2>/dev/null || true; rm -rf "$work"' EXIT

start_once() {   # prints "<seconds to healthy> <resident MB> <CPU seconds to healthy>"
  rm -rf "$work/run" && mkdir "$work/run"
  local t0 t1 pid
  t0=$(date +%s.%N)
  (cd "$work/run" && exec "${command[@]}" --server.port=$port --slotbot.security.api-token=bench >"$work/app.log" 2>&1) &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 $pid 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s.%N)
  local java_pid rss cpu
  java_pid=$(pgrep -f -- "--server.port=$port" | head -1)
  rss=$(ps -o rss= -p "$java_pid")
  # The JVM's CPU (user and system, all threads) to healthy: steadier than the wall time from one minute of this
  # machine to the next, so a change's cost shows in it even when the wall times scatter.
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$java_pid/stat")
  kill "$java_pid"; wait $pid 2>/dev/null || true
  echo "$(echo "$t1 - $t0" | bc) $((rss / 1024)) $cpu"
}

echo "load before: $(cut -d" " -f1-3 /proc/loadavg)"
echo "command: ${command[*]}"
start_once >/dev/null    # prepares bin/slotbot's cache when the build is new; not counted
sides=(A)
if [ -n "${B_JAVA_OPTS:-}" ]; then
  sides=(A B)
  echo "A: JAVA_OPTS=${JAVA_OPTS:-}; B: JAVA_OPTS=$B_JAVA_OPTS"
fi
a_opts=${JAVA_OPTS:-}
for i in $(seq 1 "$runs"); do
  for side in "${sides[@]}"; do
    if [ "$side" = B ]; then export JAVA_OPTS=$B_JAVA_OPTS; else export JAVA_OPTS=$a_opts; fi
    read -r seconds mb cpu < <(start_once)
    printf 'run %d%s: %.2f s to healthy, %d MB resident, %.2f s of CPU\n' "$i" "${B_JAVA_OPTS:+ $side}" "$seconds" "$mb" "$cpu"
    echo "$seconds $mb $cpu" >>"$work/results-$side"
  done
done
for side in "${sides[@]}"; do
  sort -n "$work/results-$side" | awk -v side="${B_JAVA_OPTS:+$side }" '{s[NR]=$1; m[NR]=$2} END {i=int((NR+1)/2); printf "%smedian: %.2f s, %d MB resident (of %d runs)", side, s[i], m[i], NR}'
  sort -n -k3 "$work/results-$side" | awk '{c[NR]=$3} END {printf ", %.2f s of CPU\n", c[int((NR+1)/2)]}'
done
