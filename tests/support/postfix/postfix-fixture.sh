#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# A private, loopback-only Postfix for the test suite and the benchmarks.
#
#   postfix-fixture.sh start DIR   generate a CA + server certificate, pick free ports,
#                                  write DIR/etc, start Postfix, write DIR/postfix.env
#   postfix-fixture.sh stop DIR    stop it (the directory is kept for post-mortems)
#
# Ports (all on 127.0.0.1, chosen by binding port 0):
#   SUBMISSION  STARTTLS offered, AUTH only after STARTTLS (smtpd_tls_auth_only)
#   IMPLICIT    TLS from the first byte (smtpd_tls_wrappermode), AUTH offered
#   PLAIN       no TLS at all, AUTH offered in plaintext (loopback only)
#   REJECT554   answers every connection with a 554 greeting
#   RESTRICTED  STARTTLS + AUTH, but rejects sender reject@… and recipient nobody@…
# Every recipient is delivered to one catch-all Maildir, DIR/mail/catchall/. Nothing can
# leave the machine: the smtp, relay, lmtp and local transports are not in master.cf.
set -euo pipefail

action=${1:?usage: postfix-fixture.sh start|stop DIR}
dir=${2:?usage: postfix-fixture.sh start|stop DIR}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
etc=$dir/etc

if [[ $action == stop ]]; then
  [[ -f $etc/main.cf ]] && postfix -c "$etc" stop >/dev/null 2>&1 || true
  exit 0
fi
[[ $action == start ]] || { echo "unknown action: $action" >&2; exit 2; }
[[ $(id -u) -eq 0 ]] || { echo "postfix-fixture: Postfix's master must be started as root" >&2; exit 1; }

# A previous run's instance in the same directory is stopped first.
[[ -f $etc/main.cf ]] && postfix -c "$etc" stop >/dev/null 2>&1 || true

mkdir -p "$etc/sasl" "$dir/queue" "$dir/data" "$dir/mail/catchall"/{new,cur,tmp} "$dir/certs"

# --- certificates: a CA made for this run, a server certificate for localhost/127.0.0.1
certs=$dir/certs
if [[ ! -s $certs/server.pem ]]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=SelfMX Test CA" \
    -keyout "$certs/ca.key" -out "$certs/ca.pem" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
    -keyout "$certs/server.key" -out "$certs/server.csr" 2>/dev/null
  printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n' > "$certs/ext.cnf"
  openssl x509 -req -in "$certs/server.csr" -CA "$certs/ca.pem" -CAkey "$certs/ca.key" \
    -CAcreateserial -days 2 -extfile "$certs/ext.cnf" -out "$certs/server.pem" 2>/dev/null
  chmod 600 "$certs"/*.key
fi

# --- ports: ask the kernel for free ones
read -r p_sub p_imp p_plain p_554 p_restr < <(python3 - <<'PY'
import socket
socks = []
for _ in range(5):
    s = socket.socket(); s.bind(("127.0.0.1", 0)); socks.append(s)
print(*[s.getsockname()[1] for s in socks])
PY
)

# --- SASL users (Cyrus sasldb; Debian's Postfix reads $config_directory/sasl/smtpd.conf)
realm=selfmx.test
user1=alice password1='s3cret-Pa55'
user2=bob   password2='pass with spaces äöü €'
rm -f "$etc/sasldb2"
printf '%s' "$password1" | saslpasswd2 -p -c -f "$etc/sasldb2" -u "$realm" "$user1"
printf '%s' "$password2" | saslpasswd2 -p -c -f "$etc/sasldb2" -u "$realm" "$user2"
chown root:postfix "$etc/sasldb2"; chmod 640 "$etc/sasldb2"
cat > "$etc/sasl/smtpd.conf" <<CONF
pwcheck_method: auxprop
auxprop_plugin: sasldb
sasldb_path: $etc/sasldb2
mech_list: PLAIN LOGIN CRAM-MD5
CONF

nobody_uid=$(id -u nobody); nogroup_gid=$(getent group nogroup | cut -d: -f3)
chown -R nobody:nogroup "$dir/mail"

write_if_changed() {  # Postfix stalls ~2 s per command on a main.cf younger than 2 s
  local target=$1 tmp; tmp=$(mktemp)
  cat > "$tmp"
  if [[ -f $target ]] && cmp -s "$tmp" "$target"; then rm -f "$tmp"; return; fi
  mv "$tmp" "$target"; chmod 644 "$target"
  touch -d '-1 minute' "$target"
}

write_if_changed "$etc/main.cf" <<CONF
compatibility_level = 3.6
queue_directory = $dir/queue
data_directory = $dir/data
mail_owner = postfix
setgid_group = postdrop
myhostname = mx.selfmx.test
mydomain = selfmx.test
myorigin = selfmx.test
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
maillog_file_prefixes = $dir
maillog_file = $dir/maillog
message_size_limit = 52428800
virtual_mailbox_limit = 0
mailbox_size_limit = 0
# every domain is a virtual mailbox domain, every address lands in one Maildir
virtual_mailbox_domains = static:all
virtual_mailbox_base = $dir/mail
virtual_mailbox_maps = static:catchall/
virtual_uid_maps = static:$nobody_uid
virtual_gid_maps = static:$nogroup_gid
virtual_minimum_uid = 1
local_transport = error:local delivery is disabled in the test instance
default_transport = error:outbound mail is disabled in the test instance
relay_transport = error:outbound mail is disabled in the test instance
smtpd_sasl_type = cyrus
smtpd_sasl_path = smtpd
smtpd_sasl_local_domain = $realm
smtpd_sasl_auth_enable = yes
smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination
smtpd_tls_cert_file = $certs/server.pem
smtpd_tls_key_file = $certs/server.key
smtpd_tls_security_level = may
smtpd_tls_auth_only = yes
smtpd_tls_loglevel = 0
smtputf8_enable = yes
smtpd_banner = \$myhostname ESMTP SelfMX test Postfix
biff = no
CONF

write_if_changed "$etc/master.cf" <<CONF
127.0.0.1:$p_sub     inet n - n - - smtpd
127.0.0.1:$p_imp     inet n - n - - smtpd -o smtpd_tls_wrappermode=yes -o smtpd_tls_security_level=encrypt
127.0.0.1:$p_plain   inet n - n - - smtpd -o smtpd_tls_security_level=none -o smtpd_tls_auth_only=no
127.0.0.1:$p_554     inet n - n - - smtpd -o smtpd_client_restrictions=reject -o smtpd_delay_reject=no -o smtpd_reject_footer=
127.0.0.1:$p_restr   inet n - n - - smtpd -o smtpd_delay_reject=no -o smtpd_sender_restrictions=check_sender_access,inline:{reject@selfmx.test=REJECT} -o smtpd_recipient_restrictions=check_recipient_access,inline:{nobody@selfmx.test=REJECT},permit
pickup    unix n - n 60 1 pickup
cleanup   unix n - n - 0 cleanup
qmgr      unix n - n 300 1 qmgr
tlsmgr    unix - - n 1000? 1 tlsmgr
rewrite   unix - - n - - trivial-rewrite
bounce    unix - - n - 0 bounce
defer     unix - - n - 0 bounce
trace     unix - - n - 0 bounce
verify    unix - - n - 1 verify
flush     unix n - n 1000? 0 flush
proxymap  unix - - n - - proxymap
showq     unix n - n - - showq
error     unix - - n - - error
retry     unix - - n - - error
discard   unix - - n - - discard
virtual   unix - n n - - virtual
anvil     unix - - n - 1 anvil
scache    unix - - n - 1 scache
postlog   unix-dgram n - n - 1 postlogd
CONF

# Postfix wants these owned by its own users; post-install creates and fixes the queue tree.
# Without a terminal Postfix reports problems only in its log: show it on any failure.
failed() { echo "postfix-fixture: $1 failed; Postfix said:" >&2; cat "$dir"/*.log "$dir/maillog" 2>/dev/null | tail -30 >&2; exit 1; }
postfix -c "$etc" set-permissions >"$dir/permissions.log" 2>&1 || true
postfix -c "$etc" check >"$dir/check.log" 2>&1 || failed "postfix check"
postfix -c "$etc" start >"$dir/start.log" 2>&1 || failed "postfix start"

# `postfix start` returns once the master has bound its listeners (it runs `master -w`,
# Postfix 3.0+), so one connection per port proves they are up; no polling.
python3 - "$p_sub" "$p_imp" "$p_plain" "$p_554" "$p_restr" <<'CHECK' || failed "checking the ports"
import socket, sys
for port in map(int, sys.argv[1:]):
    socket.create_connection(("127.0.0.1", port), timeout=5).close()
CHECK

# Values are single-quoted so the file can be sourced by a shell (a password has spaces).
cat > "$dir/postfix.env" <<ENV
POSTFIX_DIR='$dir'
POSTFIX_HOST='127.0.0.1'
POSTFIX_SUBMISSION_PORT='$p_sub'
POSTFIX_IMPLICIT_PORT='$p_imp'
POSTFIX_PLAIN_PORT='$p_plain'
POSTFIX_REJECT554_PORT='$p_554'
POSTFIX_RESTRICTED_PORT='$p_restr'
POSTFIX_CA_FILE='$certs/ca.pem'
POSTFIX_CA_KEY='$certs/ca.key'
POSTFIX_MAILDIR='$dir/mail/catchall'
POSTFIX_USER1='$user1'
POSTFIX_PASS1='$password1'
POSTFIX_USER2='$user2'
POSTFIX_PASS2='$password2'
ENV
echo "postfix-fixture: started in $dir (submission $p_sub, implicit $p_imp, plain $p_plain)"
