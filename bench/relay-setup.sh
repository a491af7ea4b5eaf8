# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# Sourced by bench/relay.sh, bench/relay-phases.sh and bench/relay-soak.sh (after they set
# `build` and `connections`): starts Postfix's smtp-sink and the relay (durable queue on,
# QUEUE_WORKERS = SMTP_POOL_SIZE = connections) on ephemeral ports, waits until the relay
# listens, and writes wrk's Lua script for a 1 KiB message to "$work/post.lua". Sets console,
# work, sink, sink_port, relay, relay_port and key; defines post_lua, metrics, metric, drained,
# delivered_and_end, smtp_source_rate, cpu and per_message_us; removes everything on exit.
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

# post_lua FILE BODY: wrk's script posting BODY (JSON) with the relay's key.
post_lua() {
  cat >"$1" <<LUA
wrk.method = "POST"
wrk.body = [[$2]]
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $key"
LUA
}
# 1 KiB of text in the body.
post_lua "$work/post.lua" "$(python3 -c 'import json; print(json.dumps({"from":"bench@selfmx.test","to":"sink@selfmx.test","subject":"bench","text":"x"*1024}))')"

# cpu: the relay's CPU time so far (user + system, in clock ticks); per_message_us BEFORE AFTER N:
# the CPU between two readings per message, in microseconds.
ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' /proc/"$relay"/stat; }
per_message_us() { python3 -c "print(round(($2 - $1) / $ticks / $3 * 1e6))"; }

# GET /metrics with the relay's key; metric NAME prints one figure of it.
metrics() { curl -sf --max-time 5 -H "Authorization: Bearer $key" "http://127.0.0.1:$relay_port/metrics"; }
metric() { metrics | awk -v m="$1" '$1 == m {print $2}'; }

# drained N: returns once N messages are delivered or nothing is left to send, looking at
# /metrics every 0.5 s (each look costs the relay a count of its backlog; the end is read
# from the queue, see delivered_and_end). Fails, saying why, on an answer without the
# figures, and after 600 s.
drained() {
  local text delivered depth deadline=$((SECONDS + 600))
  while :; do
    text=$(metrics) || { echo "the relay did not answer GET /metrics" >&2; return 1; }
    delivered=$(awk '$1 == "selfmx_relay_delivered_total" {print $2}' <<<"$text")
    depth=$(awk '$1 == "selfmx_relay_queue_depth" {print $2}' <<<"$text")
    [[ $delivered =~ ^[0-9]+$ && $depth =~ ^[0-9]+$ ]] || { echo "GET /metrics gave no delivered count or queue depth" >&2; return 1; }
    ((delivered >= $1)) && return
    if ((depth == 0)); then
      echo "the queue is empty with $delivered of $1 delivered (failed or retried: see GET /metrics)" >&2
      return
    fi
    ((SECONDS < deadline)) || { echo "not drained after 600 s: $delivered of $1 delivered, $depth waiting" >&2; return 1; }
    sleep 0.5
  done
}

# "COUNT END": the messages the queue records delivered and the time (s since the epoch) of
# the last one's acknowledgement by the server, in one reading: the end of a drain as the
# relay saw it, not the look that found it done.
delivered_and_end() {
  python3 - "$work/queue.sqlite" <<'PY'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
count, last = db.execute("SELECT COUNT(*), MAX(delivered_at) FROM messages WHERE status = 'delivered'").fetchone()
if last is None:
    sys.exit("no message was delivered")
print(count, last / 1000)
PY
}

# The reference, messages/s: smtp-source sends 50,000 messages of 1 KiB into the same sink
# over `connections` sessions (about 2 s). With 5,000 (0.2 s) its rate varied by a third
# between runs and came out about 7 % lower, its connections' set-up a larger share.
smtp_source_rate() {
  local messages=50000 start end
  start=$(date +%s.%N)
  /usr/sbin/smtp-source -d -s "$connections" -m $messages -l 1024 -f bench@selfmx.test -t sink@selfmx.test 127.0.0.1:"$sink_port" >/dev/null
  end=$(date +%s.%N)
  python3 -c "print(round($messages / ($end - $start)))"
}
