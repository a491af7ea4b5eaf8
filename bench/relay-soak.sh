#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# bench/relay-soak.sh [BUILD_DIR] [RATE] [SECONDS]: the relay held at a steady rate (default
# 2000 messages/s, about half what bench/relay.sh measures it delivering on 2 cores) for
# SECONDS (default 300), 1 KiB messages over 50 connections, delivering into smtp-sink with
# the durable queue on. wrk paces each connection with its delay() hook (a fixed gap
# between one connection's requests, so the rate holds while latency stays below the gap).
# Every 10 s it samples the relay's RSS and queue depth; at the end it prints the samples,
# the rate reached and whether the targets of issue 9 hold: RSS flat (the last minute's
# peak within 10 % of the first minute's) and no queue growth (depth at the end no larger
# than one second of traffic). Exit 1 when one does not.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
rate=${2:-2000}
seconds=${3:-300}
connections=50
console=$build/app/selfmx-console
[[ -x $console ]] || { echo "build first: cmake --build $build --target selfmx-console" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
sink_port=$(free_port)
relay_port=$(free_port)
work=$(mktemp -d)
sink_user=$( [[ $(id -u) -eq 0 ]] && echo "-u nobody" || true)
/usr/sbin/smtp-sink $sink_user 127.0.0.1:"$sink_port" 256 &
sink=$!
relay=""
trap 'kill $sink ${relay:-} 2>/dev/null || true; rm -rf "$work"' EXIT

key=$(openssl rand -hex 32)
API_KEY=$key HOST=127.0.0.1 PORT=$relay_port SMTP_HOST=127.0.0.1 SMTP_PORT=$sink_port SMTP_TLS=false \
  RATE_LIMIT_REQUESTS=1000000 RATE_LIMIT_WINDOW=1 QUEUE_WORKERS=$connections SMTP_POOL_SIZE=$connections LOG_LEVEL=error \
  "$console" relay --queue "$work/queue.sqlite" >"$work/relay.out" 2>"$work/relay.err" &
relay=$!
for _ in $(seq 100); do grep -q "relay listening" "$work/relay.out" 2>/dev/null && break; sleep 0.1; done

body=$(python3 -c 'import json; print(json.dumps({"from":"bench@selfmx.test","to":"sink@selfmx.test","subject":"soak","text":"x"*1024}))')
gap_ms=$(python3 -c "print(max(1, round(1000 * $connections / $rate)))")
cat >"$work/soak.lua" <<LUA
wrk.method = "POST"
wrk.body = [[$body]]
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $key"
function delay() return $gap_ms end
LUA

metric() { curl -s -H "Authorization: Bearer $key" "http://127.0.0.1:$relay_port/metrics" | awk -v m="$1" '$1 == m {print $2}'; }
rss() { awk '/VmRSS/ {print $2}' /proc/"$relay"/status; }

wrk -t2 -c$connections -d${seconds}s --latency -s "$work/soak.lua" "http://127.0.0.1:$relay_port/emails" >"$work/wrk.txt" &
load=$!
: >"$work/samples"
elapsed=0
while kill -0 $load 2>/dev/null; do
  sleep 10
  elapsed=$((elapsed + 10))
  echo "$elapsed $(rss) $(metric selfmx_relay_queue_depth) $(metric selfmx_relay_accepted_total) $(metric selfmx_relay_delivered_total)" >>"$work/samples"
done
wait $load || true

echo "| t (s) | relay RSS (MiB) | queue depth | accepted | delivered |"
echo "|---|---|---|---|---|"
awk '{printf "| %s | %.1f | %s | %s | %s |\n", $1, $2 / 1024, $3, $4, $5}' "$work/samples"
echo
grep -E "Requests/sec|99%" "$work/wrk.txt" || true
python3 - "$work/samples" "$rate" "$seconds" <<'PY'
import sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1]) if len(l.split()) == 5]
rate, seconds = float(sys.argv[2]), float(sys.argv[3])
first = [r[1] for r in rows if r[0] <= 60] or [rows[0][1]]
last = [r[1] for r in rows if r[0] > rows[-1][0] - 60] or [rows[-1][1]]
reached = rows[-1][3] / rows[-1][0]
flat = max(last) <= 1.10 * max(first)
depth_ok = rows[-1][2] <= rate
print(f"\nrate asked {rate:.0f}/s, accepted {reached:.0f}/s over {rows[-1][0]:.0f} s")
print(f"RSS first minute peak {max(first)/1024:.1f} MiB, last minute peak {max(last)/1024:.1f} MiB: {'flat (met)' if flat else 'GROWING (not met)'}")
print(f"queue depth at the end {rows[-1][2]:.0f} (limit: one second of traffic, {rate:.0f}): {'no growth (met)' if depth_ok else 'GROWING (not met)'}")
sys.exit(0 if flat and depth_ok else 1)
PY
