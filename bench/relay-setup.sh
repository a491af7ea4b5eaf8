# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# Sourced by bench/relay.sh and bench/relay-soak.sh (after they set `build` and
# `connections`): starts Postfix's smtp-sink and the relay (durable queue on, QUEUE_WORKERS =
# SMTP_POOL_SIZE = connections) on ephemeral ports, waits until the relay listens, and
# writes wrk's Lua script for a 1 KiB message to "$work/post.lua". Sets console, work,
# sink, sink_port, relay, relay_port and key; removes everything on exit.
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

# 1 KiB of text in the body.
body=$(python3 -c 'import json; print(json.dumps({"from":"bench@selfmx.test","to":"sink@selfmx.test","subject":"bench","text":"x"*1024}))')
cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.body = [[$body]]
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $key"
LUA

metric() { curl -s -H "Authorization: Bearer $key" "http://127.0.0.1:$relay_port/metrics" | awk -v m="$1" '$1 == m {print $2}'; }
