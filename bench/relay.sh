#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# bench/relay.sh [BUILD_DIR]: the local relay under load. wrk posts 1 KiB messages over 50
# connections for 10 s to /emails; the relay (durable queue on) delivers into Postfix's
# smtp-sink; smtp-source -> smtp-sink at the same concurrency is measured in the same run.
# Prints accepted/s, p50/p99 accept latency (wrk), delivered/s (from the first accept to the
# queue's last delivery, read from /metrics), the relay's peak RSS, and the references: the
# smtp-source run and the disk's own fdatasync latency (every 2xx waits for one).
# Needs wrk (Debian `wrk`, installed by scripts/install-deps.sh). Figures: README, "Local relay".
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
console=$build/app/selfmx-console
[[ -x $console ]] || { echo "build first: cmake --build $build --target selfmx-console" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
connections=50
seconds=10

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

# 1 KiB of text in the body.
body=$(python3 -c 'import json; print(json.dumps({"from":"bench@selfmx.test","to":"sink@selfmx.test","subject":"bench","text":"x"*1024}))')
cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.body = [[$body]]
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $key"
LUA

peak_rss() { awk '/VmHWM/ {print $2}' /proc/"$relay"/status; }
metric() { curl -s -H "Authorization: Bearer $key" "http://127.0.0.1:$relay_port/metrics" | awk -v m="$1" '$1 == m {print $2}'; }

start=$(date +%s.%N)
wrk -t2 -c$connections -d${seconds}s --latency -s "$work/post.lua" "http://127.0.0.1:$relay_port/emails" | tee "$work/wrk.txt"
accepted=$(metric selfmx_relay_accepted_total)
while [[ $(metric selfmx_relay_delivered_total) -lt $accepted && $(metric selfmx_relay_queue_depth) -gt 0 ]]; do sleep 0.2; done
end=$(date +%s.%N)
delivered=$(metric selfmx_relay_delivered_total)

ref_start=$(date +%s.%N)
/usr/sbin/smtp-source -d -s $connections -m 5000 -l 1024 -f bench@selfmx.test -t sink@selfmx.test 127.0.0.1:"$sink_port"
ref_end=$(date +%s.%N)

# The disk's own floor for a durable accept: fdatasync of a 4 KiB write in the queue's
# directory, the wait every group commit has before its 2xx (synchronous=FULL).
fsync_floor=$(python3 - "$work" <<'PY'
import os, sys, time
path = os.path.join(sys.argv[1], "fsync-probe")
fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
times = []
for _ in range(500):
    os.write(fd, b"x" * 4096)
    start = time.perf_counter()
    os.fdatasync(fd)
    times.append((time.perf_counter() - start) * 1000)
os.close(fd)
times.sort()
print(f"{times[len(times) // 2]:.2f}ms / {times[int(len(times) * 0.99)]:.2f}ms")
PY
)

p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")
p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
echo
echo "| measure | value |"
echo "| --- | --- |"
echo "| accepted/s (wrk, $connections connections, ${seconds} s) | $(awk '/Requests\/sec/ {print int($2)}' "$work/wrk.txt") |"
echo "| accept latency p50 / p99 | $p50 / $p99 |"
echo "| the disk's fdatasync p50 / p99 (the floor under a durable accept) | $fsync_floor |"
echo "| delivered/s (relay into smtp-sink) | $(python3 -c "print(round($delivered / ($end - $start)))") |"
echo "| smtp-source -d -s $connections into smtp-sink, messages/s | $(python3 -c "print(round(5000 / ($ref_end - $ref_start)))") |"
echo "| relay peak RSS | $(( $(peak_rss) / 1024 )) MiB |"
