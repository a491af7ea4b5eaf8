#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# bench/run.sh [BUILD_DIR]: SMTP throughput of SelfMX Console's client against Postfix's
# own smtp-source, both into one smtp-sink on loopback, in the same run. smtp-source runs
# with -d (keep each connection for many messages), as our client does. Prints a
# Markdown table for the README. Needs a build with SELFMX_BUILD_BENCH=ON (the default).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
bin=$build/bench/smtp_throughput
[[ -x $bin ]] || { echo "build first: cmake --build $build --target smtp_throughput" >&2; exit 1; }
messages=5000
size=1024

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
sink_user=$( [[ $(id -u) -eq 0 ]] && echo "-u nobody" || true)
# smtp-sink: ESMTP with PIPELINING, accepts everything, keeps nothing. Backlog 256.
/usr/sbin/smtp-sink $sink_user 127.0.0.1:"$port" 256 &
sink=$!
trap 'kill $sink 2>/dev/null || true' EXIT
python3 - "$port" <<'PY'
import socket, sys, time
deadline = time.monotonic() + 10
while True:
    try:
        socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=1).close(); break
    except OSError:
        if time.monotonic() > deadline: sys.exit("smtp-sink did not start")
        time.sleep(0.05)
PY

now() { date +%s.%N; }
reference() { # connections -> messages/s of smtp-source
  local start end
  start=$(now)
  /usr/sbin/smtp-source -d -s "$1" -m $messages -l $size -f bench@selfmx.test -t sink@selfmx.test 127.0.0.1:"$port"
  end=$(now)
  python3 -c "print(round($messages / ($end - $start)))"
}
# Both sides timed the same way: the whole process, start to exit (issue 11).
ours() { # connections -> messages/s of selfmx's client
  local start end
  start=$(now)
  "$bin" 127.0.0.1 "$port" $messages "$1" $size >/dev/null
  end=$(now)
  python3 -c "print(round($messages / ($end - $start)))"
}

printf '| connections | smtp-source (msg/s) | selfmx-console (msg/s) | ratio |\n|---|---|---|---|\n'
for c in 1 10; do
  ref=$(reference $c)
  our=$(ours $c)
  ratio=$(python3 -c "print(f'{$our / $ref:.2f}')")
  printf '| %s | %s | %s | %s |\n' "$c" "$ref" "$our" "$ratio"
done
echo
echo "$messages messages of $size bytes each, into one smtp-sink on 127.0.0.1; $(nproc) cores; $(date -u +%Y-%m-%d)."

# --- A 25 MiB attachment: build, encode and stream it; time and peak memory.
work=$(mktemp -d)
trap 'kill $sink 2>/dev/null || true; rm -rf "$work"' EXIT
payload=$work/payload.bin
head -c $((25 * 1024 * 1024)) /dev/urandom > "$payload"
stream=$build/bench/mime_stream
peak_kib() { # command... -> "<stdout of command> <max RSS in KiB>"
  local out
  out=$(/usr/bin/time -v "$@" 2> "$work/time.txt")
  echo "$out $(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$work/time.txt")"
}
read -r _ _ _ idle_kib < <(peak_kib "$stream" idle)
read -r bytes enc_s enc_mbs enc_kib < <(peak_kib "$stream" encode "$payload")
read -r _ send_s send_mbs send_kib < <(peak_kib "$stream" send "$payload" 127.0.0.1 "$port")
# The same over STARTTLS and implicit TLS, into a Postfix of its own (smtp-sink has no TLS):
# QSslSocket buffers what it encrypts, so this shows whether back-pressure holds there too.
pfdir=$(mktemp -d "${TMPDIR:-/tmp}/selfmx-bench-postfix.XXXXXX")
chmod 755 "$pfdir"
tests/support/postfix/postfix-fixture.sh start "$pfdir" >/dev/null
trap 'kill $sink 2>/dev/null || true; tests/support/postfix/postfix-fixture.sh stop "$pfdir" >/dev/null 2>&1 || true; rm -rf "$work" "$pfdir"' EXIT
# shellcheck disable=SC1091
source "$pfdir/postfix.env"
read -r _ stls_s stls_mbs stls_kib < <(peak_kib "$stream" send "$payload" localhost "$POSTFIX_SUBMISSION_PORT" starttls \
  "$POSTFIX_CA_FILE" "$POSTFIX_USER1" "$POSTFIX_PASS1")
read -r _ itls_s itls_mbs itls_kib < <(peak_kib "$stream" send "$payload" localhost "$POSTFIX_IMPLICIT_PORT" implicit \
  "$POSTFIX_CA_FILE" "$POSTFIX_USER1" "$POSTFIX_PASS1")
mib() { python3 -c "print(f'{$1 / 1024:.1f}')"; }
echo
printf '| 25 MiB attachment | time (s) | input MB/s | peak RSS (MiB) | RSS over idle / attachment |\n|---|---|---|---|---|\n'
printf '| idle process | – | – | %s | – |\n' "$(mib "$idle_kib")"
for row in "build + encode:$enc_s:$enc_mbs:$enc_kib" "build + send to smtp-sink:$send_s:$send_mbs:$send_kib" \
  "build + send to Postfix, STARTTLS:$stls_s:$stls_mbs:$stls_kib" "build + send to Postfix, implicit TLS:$itls_s:$itls_mbs:$itls_kib"; do
  IFS=: read -r what secs rate kib <<< "$row"
  ratio=$(python3 -c "print(f'{($kib - $idle_kib) / 1024 / 25:.2f}')")
  printf '| %s | %s | %s | %s | %s |\n' "$what" "$secs" "$rate" "$(mib "$kib")" "$ratio"
done
echo
echo "Targets: encoding >= 200 MB/s of input; peak RSS < 2.5 x the attachment + the idle process."

# --- Encoder micro-benchmarks (Google Benchmark)
echo
"$build/bench/bench_encoders" --benchmark_format=console 2>/dev/null | grep -E "^(Base64|Quoted|Dot|Reply)" \
  | awk 'BEGIN { print "| encoder | throughput |"; print "|---|---|" } { print "| " $1 " | " $NF " |" }'
