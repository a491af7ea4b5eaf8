#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# bench/relay-phases.sh [BUILD_DIR]: the relay's two halves, each alone, with bench/relay.sh's
# message, connections and sink. Accepting alone: wrk posts for 10 s messages scheduled to
# come due after it ends, so nothing is delivered meanwhile. Delivering alone: when they come
# due, the whole backlog drains into smtp-sink with no HTTP traffic. Prints each half's rate
# and the relay's CPU time per message, each relay thread's share of the drain's wall time
# running and waiting for a CPU (/proc/PID/task/TID/schedstat), and smtp-source's rate in the
# same run. Figures: README, "Local relay".
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
connections=50
seconds=10
# shellcheck source=bench/relay-setup.sh
source bench/relay-setup.sh

due_epoch=$(($(date +%s) + seconds + 15)) # wrk has ended and the relay is idle by then
due=$(date -u -d "@$due_epoch" +%Y-%m-%dT%H:%M:%SZ)
post_lua "$work/scheduled.lua" "$(python3 -c "import json; print(json.dumps({'from':'bench@selfmx.test','to':'sink@selfmx.test','subject':'bench','text':'x'*1024,'scheduled_at':'$due'}))")"

# One line per thread, by thread id: TID NAME RUN_NS WAIT_NS SLICES (schedstat: time on a CPU,
# time runnable but waiting for one, time slices).
threads() {
  for t in /proc/"$relay"/task/*; do printf '%s %s %s\n' "${t##*/}" "$(tr ' ' '_' <"$t"/comm)" "$(cat "$t"/schedstat)"; done | sort
}

before=$(cpu)
wrk -t2 -c$connections -d${seconds}s --latency -s "$work/scheduled.lua" "http://127.0.0.1:$relay_port/emails" >"$work/wrk.txt"
after=$(cpu)
accepted=$(metric selfmx_relay_accepted_total)
[[ $accepted =~ ^[0-9]+$ && $accepted -gt 0 ]] || { echo "nothing was accepted" >&2; exit 1; }
! grep -q "Non-2xx" "$work/wrk.txt" || { echo "some requests were refused: $(grep Non-2xx "$work/wrk.txt")" >&2; exit 1; }
(($(date +%s) < due_epoch - 1)) || { echo "the messages came due before wrk ended" >&2; exit 1; }
[[ $(metric selfmx_relay_delivered_total) == 0 ]] || { echo "messages were delivered while accepting" >&2; exit 1; }
accept_cpu=$(per_message_us "$before" "$after" "$accepted")

# A second before the messages come due the relay is idle: the drain's counters start here.
while (($(date +%s) < due_epoch - 1)); do sleep 0.1; done
threads >"$work/threads.before"
before=$(cpu)
drained "$accepted"
after=$(cpu)
threads >"$work/threads.after"
drain=$(delivered_and_end)
read -r delivered end <<<"$drain"
drain_seconds=$(python3 -c "print($end - $due_epoch)") # the drain as the relay saw it
drain_cpu=$(per_message_us "$before" "$after" "$delivered")
reference=$(smtp_source_rate)

echo "| measure | value |"
echo "| --- | --- |"
echo "| accepting alone: accepted/s (wrk, $connections connections, ${seconds} s) | $(awk '/Requests\/sec/ {print int($2)}' "$work/wrk.txt") |"
echo "| accepting alone: accept latency p50 / p99 | $(awk '$1 == "50%" {print $2}' "$work/wrk.txt") / $(awk '$1 == "99%" {print $2}' "$work/wrk.txt") |"
echo "| accepting alone: relay CPU per message | $accept_cpu µs |"
echo "| delivering alone: delivered/s ($delivered messages, due at once) | $(python3 -c "print(round($delivered / $drain_seconds))") |"
echo "| delivering alone: relay CPU per message | $drain_cpu µs |"
join "$work/threads.before" "$work/threads.after" | awk -v wall="$drain_seconds" \
  '{name = $2 ~ /^selfmx-console/ ? "main (HTTP batches, queue writes)" : $2
    printf "| delivering alone: thread %s running / waiting for a CPU | %.0f %% / %.0f %% |\n", name, ($7 - $3) / wall / 1e7, ($8 - $4) / wall / 1e7}'
echo "| smtp-source -d -s $connections into smtp-sink, messages/s | $reference |"
