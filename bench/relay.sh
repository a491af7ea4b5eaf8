#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# bench/relay.sh [BUILD_DIR]: the local relay under load. wrk posts 1 KiB messages over 50
# connections for 10 s to /emails; the relay (durable queue on) delivers into Postfix's
# smtp-sink; smtp-source -> smtp-sink at the same concurrency is measured in the same run.
# Prints accepted/s, p50/p99 accept latency (wrk), delivered/s (from wrk's start to the last
# delivery the queue recorded), the relay's CPU time per message, its peak RSS, and the
# references: the smtp-source run and the disk's own fdatasync latency (every 2xx waits for one).
# Needs wrk (Debian `wrk`, installed by scripts/install-deps.sh). Figures: README, "Local relay".
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
connections=50
seconds=10
# shellcheck source=bench/relay-setup.sh
source bench/relay-setup.sh

peak_rss() { awk '/VmHWM/ {print $2}' /proc/"$relay"/status; }

before=$(cpu)
start=$(date +%s.%N)
wrk -t2 -c$connections -d${seconds}s --latency -s "$work/post.lua" "http://127.0.0.1:$relay_port/emails" | tee "$work/wrk.txt"
accepted=$(metric selfmx_relay_accepted_total)
drained "$accepted"
drain=$(delivered_and_end)
read -r delivered end <<<"$drain"
after=$(cpu)
reference=$(smtp_source_rate)

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
echo "| smtp-source -d -s $connections into smtp-sink, messages/s | $reference |"
echo "| relay CPU per message delivered (accepting and delivering it) | $(per_message_us "$before" "$after" "$delivered") µs |"
echo "| relay peak RSS | $(( $(peak_rss) / 1024 )) MiB |"
