#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# A loopback nameserver for made-up zones (Debian's nsd, authoritative only) and the scripted
# fault server (faultdns.py), for the DNS tests.
#
#   dns-fixture.sh start DIR [POSTFIX_DIR]   write the zones (DKIM keys made per run, a
#                                            DNSSEC-signed zone with TLSA records for the
#                                            Postfix fixture's certificate when POSTFIX_DIR
#                                            is given), start both, write DIR/dns.env
#   dns-fixture.sh stop DIR                  stop them; returns once they have ended
#
# Also smtpsni.py, a STARTTLS server that logs the SNI name of each handshake.
#
# DIR/dns.env:  DNS_SERVER='127.0.0.1:PORT' (nsd), DNS_FAULT_SERVER='127.0.0.1:PORT',
#               DNS_TRUST_ANCHOR_FILE (the DS of signed.test),
#               MTA_STS_ENDPOINT='127.0.0.1:PORT' (mtastsserver.py, the policy hosts'
#               HTTPS) and MTA_STS_CA (the CA of its certificate),
#               SMTP_SNI_PORT (smtpsni.py on 127.0.0.1) and SMTP_SNI_LOG (its "sni=NAME" lines)
set -euo pipefail

action=${1:?usage: dns-fixture.sh start|stop DIR [POSTFIX_DIR]}
dir=${2:?usage: dns-fixture.sh start|stop DIR [POSTFIX_DIR]}
postfix_dir=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

# Returns once the servers have ended (bounded), so that the directory is quiet: nsd writes
# its log and xfrd.state as it shuts down, and its children (xfrd, the server) end after it.
stop() {
  local pidfiles=("$dir/nsd.pid" "$dir/faultdns.pid" "$dir/mtasts.pid" "$dir/smtpsni.pid") status=0
  python3 "$here/stopservers.py" 10 "$dir" "${pidfiles[@]}" || status=$?
  rm -f "${pidfiles[@]}"
  return $status
}
if [[ $action == stop ]]; then stop; exit 0; fi

# Runs a server in a session of its own with no descriptor of ours but 0-2: one it
# inherited (the build lock of whoever runs the suite under flock, say) it would hold until
# it is stopped, and a suite killed half-way would leave that lock taken. It replaces the
# shell it runs in: call it in the background (&) or in a subshell.
detached() {
  local fd
  for fd in /proc/$BASHPID/fd/*; do
    fd=${fd##*/}
    if ((fd > 2)); then eval "exec $fd>&-" 2>/dev/null || true; fi
  done
  exec setsid "$@"
}
[[ $action == start ]] || { echo "unknown action: $action" >&2; exit 2; }
stop

zones=$dir/zones
rm -rf "$zones" "$dir/keys"; mkdir -p "$zones" "$dir/keys" "$dir/xfr"

# --- DKIM keys, made per run: 2048-bit (good) and 512-bit (weak)
txt_chunks() { # a long value as several character strings of at most 250 octets
  local s=$1 out=""
  while [[ -n $s ]]; do out+="\"${s:0:250}\" "; s=${s:250}; done
  printf '%s' "$out"
}
dkim_pub() {
  openssl genpkey -algorithm RSA -pkeyopt "rsa_keygen_bits:$1" 2>/dev/null \
    | openssl pkey -pubout -outform DER 2>/dev/null | base64 -w0
}
good=$(dkim_pub 2048)
weak=$(dkim_pub 512)

soa='@ 3600 IN SOA ns.test. hostmaster.test. 1 3600 600 86400 60
@ 3600 IN NS ns.test.'

cat > "$zones/test.zone" <<ZONE
\$ORIGIN test.
\$TTL 60
$soa
ns                       A     127.0.0.1
; discovery: SRV for both services with priorities (RFC 6186, RFC 8314)
_submissions._tcp.srv    SRV   10 1 465 mail-b.srv.test.
_submissions._tcp.srv    SRV   0 1 465 mail-a.srv.test.
_submission._tcp.srv     SRV   0 1 587 mail-a.srv.test.
mail-a.srv               A     127.0.0.1
mail-b.srv               A     127.0.0.1
; discovery: an MX at a known provider
mx-google                MX    1 aspmx.l.google.com.
mx-google                MX    5 alt1.aspmx.l.google.com.
; discovery: nothing but smtp.DOMAIN
smtp.guess               A     127.0.0.1
; a correct SendGrid domain
sendgrid-ok              TXT   "v=spf1 include:sendgrid.net ~all"
sendgrid-ok              MX    10 mx.sendgrid-ok.test.
s1._domainkey.sendgrid-ok TXT  "v=DKIM1; k=rsa; p=" $(txt_chunks "$good")
s2._domainkey.sendgrid-ok CNAME s2.domainkey.u1.wl.sendgrid.net.
_dmarc.sendgrid-ok       TXT   "v=DMARC1; p=quarantine; adkim=r; aspf=r; rua=mailto:dmarc@sendgrid-ok.test"
; SPF over the 10-lookup limit (4 + 5 + 4 + 1 = 14 terms, RFC 7208 §4.6.4)
spf-limit                TXT   "v=spf1 include:a.spf-limit.test include:b.spf-limit.test mx a ~all"
a.spf-limit              TXT   "v=spf1 a mx ptr exists:x.spf-limit.test include:c.spf-limit.test ~all"
b.spf-limit              TXT   "v=spf1 a mx a:x.spf-limit.test mx:x.spf-limit.test ~all"
c.spf-limit              TXT   "v=spf1 a ~all"
spf-plusall              TXT   "v=spf1 include:sendgrid.net +all"
spf-two                  TXT   "v=spf1 include:sendgrid.net ~all"
spf-two                  TXT   "v=spf1 ip4:192.0.2.1 -all"
spf-syntax               TXT   "v=spf1 include:sendgrid.net ip4:300.1.2.3 foo ~all"
spf-none                 TXT   "google-site-verification=abc"
; DKIM: a missing key, a weak key
dkim-missing             TXT   "v=spf1 include:sendgrid.net ~all"
dkim-weak                TXT   "v=spf1 include:sendgrid.net ~all"
s1._domainkey.dkim-weak  TXT   "v=DKIM1; k=rsa; p=$weak"
s2._domainkey.dkim-weak  TXT   "v=DKIM1; k=rsa; p=" $(txt_chunks "$good")
; DMARC: monitoring only, and broken
dmarc-none               TXT   "v=spf1 include:sendgrid.net ~all"
_dmarc.dmarc-none        TXT   "v=DMARC1; p=none; rua=mailto:dmarc@dmarc-none.test"
dmarc-broken             TXT   "v=spf1 include:sendgrid.net ~all"
_dmarc.dmarc-broken      TXT   "v=DMARC1; p=reject-all; adkim=x"
; SES Easy DKIM: three tokens as CNAMEs to the (made-up) amazonses.com zone below; tok3's
; target has no key, tok4 points elsewhere, tok5 is a TXT key of the domain's own (BYODKIM)
; in place of the CNAME, tok7 a TXT without a usable key (revoked) in its place
ses-ok                   TXT   "v=spf1 include:amazonses.com ~all"
tok1._domainkey.ses-ok   CNAME tok1.dkim.amazonses.com.
tok2._domainkey.ses-ok   CNAME tok2.dkim.amazonses.com.
tok3._domainkey.ses-ok   CNAME tok3.dkim.amazonses.com.
tok4._domainkey.ses-ok   CNAME tok4.dkim.elsewhere.test.
tok5._domainkey.ses-ok   TXT   "v=DKIM1; k=rsa; p=" $(txt_chunks "$good")
tok7._domainkey.ses-ok   TXT   "v=DKIM1; k=rsa; p="
; SES custom MAIL FROM (bounce.ses-ok) with its MX and SPF; bad-bounce without the SPF
bounce.ses-ok            MX    10 feedback-smtp.eu-west-1.amazonses.com.
bounce.ses-ok            TXT   "v=spf1 include:amazonses.com ~all"
bad-bounce.ses-ok        MX    10 feedback-smtp.eu-west-1.amazonses.com.
; Postmark's return path: right on postmark-ok, pointing elsewhere on postmark-wrong
postmark-ok              TXT   "v=spf1 include:spf.mtasv.net ~all"
pm-bounces.postmark-ok   CNAME pm.mtasv.net.
postmark-wrong           TXT   "v=spf1 include:spf.mtasv.net ~all"
pm-bounces.postmark-wrong CNAME bounces.elsewhere.test.
; Mailgun's tracking host (email.DOMAIN CNAME mailgun.org): not a return path
mailgun-ok               TXT   "v=spf1 include:mailgun.org ~all"
email.mailgun-ok         CNAME mailgun.org.
; SendGrid's numbered return path (em123) into sendgrid.net
em123.sendgrid-ok        CNAME u123.wl.sendgrid.net.
; Postfix (self-hosted): the server's addresses through a:, include: with CIDR, mx in an include
postfix-ok               TXT   "v=spf1 a:mail.postfix-ok.test include:inc.postfix-ok.test -all"
mail.postfix-ok          A     198.51.100.7
inc.postfix-ok           TXT   "v=spf1 ip4:192.0.2.0/24 ip6:2001:db8:25::/48 mx ~all"
inc.postfix-ok           MX    10 mx.postfix-ok.test.
mx.postfix-ok            A     203.0.113.9
postfix-bad              TXT   "v=spf1 ip4:192.0.2.0/24 -all"
postfix-bad              MX    10 mail.postfix-ok.test.
; terms the check does not evaluate (exists, ptr, macros) or whose answer it lacks (an include
; whose lookup fails: servfail.test is a zone nsd has no data for, so it answers SERVFAIL);
; a trailing dot on an include; an unevaluated "+" term before a term that passes
postfix-exists           TXT   "v=spf1 exists:%{i}.spf.postfix-ok.test -all"
postfix-ptr              TXT   "v=spf1 ptr -all"
postfix-macro            TXT   "v=spf1 a:mail.%{d} -all"
postfix-servfail         TXT   "v=spf1 include:spf.servfail.test -all"
postfix-dot              TXT   "v=spf1 include:inc.postfix-ok.test. -all"
postfix-ptrfirst         TXT   "v=spf1 ptr ip4:198.51.100.7 -all"
spf-dot                  TXT   "v=spf1 include:sendgrid.net. ~all"
; MTA-STS (RFC 8461) and TLS-RPT (RFC 8460); the policies are served by mtastsserver.py
sts-ok                   MX    10 mail.sts-ok.test.
sts-ok                   MX    20 mx1.backup.sts-ok.test.
_mta-sts.sts-ok          TXT   "v=STSv1; id=20261129T01;"
_smtp._tls.sts-ok        TXT   "v=TLSRPTv1; rua=mailto:tls-reports@sts-ok.test"
sts-mismatch             MX    10 mail.sts-mismatch.test.
_mta-sts.sts-mismatch    TXT   "v=STSv1; id=1"
_smtp._tls.sts-mismatch  TXT   "v=TLSRPTv1; rua=ftp://reports.sts-mismatch.test"
sts-badpolicy            MX    10 mail.sts-badpolicy.test.
_mta-sts.sts-badpolicy   TXT   "v=STSv1; id=2"
sts-nopolicy             MX    10 mail.sts-nopolicy.test.
_mta-sts.sts-nopolicy    TXT   "v=STSv1; id=3"
_mta-sts.sts-badrecord   TXT   "v=STSv1; id=not-an-id!"
; another version's record only; beside a v=STSv1 one (ignored, RFC 8461 §3.1); a policy
; served as text/html
_mta-sts.sts-v10         TXT   "v=STSv10; id=4"
_smtp._tls.sts-v10       TXT   "v=TLSRPTv10; rua=mailto:v10@sts-v10.test"
_smtp._tls.sts-v10       TXT   "v=TLSRPTv1; rua=mailto:tls-reports@sts-v10.test"
sts-extra                MX    10 mail.sts-extra.test.
_mta-sts.sts-extra       TXT   "v=STSv1; id=5"
_mta-sts.sts-extra       TXT   "v=STSv10; id=6"
sts-badtype              MX    10 mail.sts-badtype.test.
_mta-sts.sts-badtype     TXT   "v=STSv1; id=7"
; check-domain --dane sni.test:PORT connects to smtpsni.py, which logs the SNI it got
sni                      A     127.0.0.1
; delegation of the signed zone (its DS is the run's trust anchor, not published here)
signed                   NS    ns.test.
ZONE

# The provider's own records, as the tests need them (SPF include, SendGrid's DKIM CNAME target)
cat > "$zones/sendgrid.net.zone" <<ZONE
\$ORIGIN sendgrid.net.
\$TTL 60
@ 3600 IN SOA ns.test. hostmaster.test. 1 3600 600 86400 60
@ 3600 IN NS ns.test.
@                        TXT   "v=spf1 ip4:167.89.0.0/17 ip4:208.117.48.0/20 ~all"
u123.wl                  A     192.0.2.123
s2.domainkey.u1.wl       TXT   "v=DKIM1; k=rsa; p=" $(txt_chunks "$good")
ZONE

cat > "$zones/amazonses.com.zone" <<ZONE
\$ORIGIN amazonses.com.
\$TTL 60
@ 3600 IN SOA ns.test. hostmaster.test. 1 3600 600 86400 60
@ 3600 IN NS ns.test.
@                        TXT   "v=spf1 ip4:199.255.192.0/22 ~all"
tok1.dkim                TXT   "p=" $(txt_chunks "$good")
tok2.dkim                TXT   "p=" $(txt_chunks "$good")
ZONE

cat > "$zones/mtasv.net.zone" <<ZONE
\$ORIGIN mtasv.net.
\$TTL 60
@ 3600 IN SOA ns.test. hostmaster.test. 1 3600 600 86400 60
@ 3600 IN NS ns.test.
spf                      TXT   "v=spf1 ip4:50.31.156.0/24 ~all"
pm                       A     192.0.2.200
ZONE

# --- a DNSSEC-signed zone with TLSA records (DANE, RFC 7672) for the Postfix certificate
tlsa_good=0000000000000000000000000000000000000000000000000000000000000000
if [[ -n $postfix_dir && -s $postfix_dir/certs/server.pem ]]; then
  tlsa_good=$(openssl x509 -in "$postfix_dir/certs/server.pem" -pubkey -noout \
    | openssl pkey -pubin -outform DER | openssl dgst -sha256 -r | cut -d' ' -f1)
fi
# The same records on the Postfix fixture's STARTTLS port, for check-domain --dane HOST:PORT.
submission_tlsa=""
if [[ -n $postfix_dir && -s $postfix_dir/postfix.env ]]; then
  submission_port=$(sed -n "s/^POSTFIX_SUBMISSION_PORT='\{0,1\}\([0-9]*\)'\{0,1\}$/\1/p" "$postfix_dir/postfix.env")
  if [[ -n $submission_port ]]; then
    submission_tlsa="_${submission_port}._tcp.mail TLSA 3 1 1 $tlsa_good
_${submission_port}._tcp.bad TLSA 3 1 1 0000000000000000000000000000000000000000000000000000000000000000"
  fi
fi
cat > "$dir/keys/signed.test.zone" <<ZONE
\$ORIGIN signed.test.
\$TTL 60
@ 3600 IN SOA ns.test. hostmaster.test. 1 3600 600 86400 60
@ 3600 IN NS ns.test.
@                        MX    10 mail.signed.test.
@                        TXT   "v=spf1 mx -all"
mail                     A     127.0.0.1
_25._tcp.mail            TLSA  3 1 1 $tlsa_good
bad                      A     127.0.0.1
_25._tcp.bad             TLSA  3 1 1 0000000000000000000000000000000000000000000000000000000000000000
$submission_tlsa
ZONE
(
  cd "$dir/keys"
  key=$(ldns-keygen -a ECDSAP256SHA256 -k signed.test)
  ldns-signzone -n signed.test.zone "$key" >/dev/null
  cp signed.test.zone.signed "$zones/signed.test.zone"
  cp "$key.ds" "$dir/trust-anchor.ds"
)

# --- the MTA-STS policy hosts: a CA and one certificate for their names, a policy per host
sts=$dir/sts
rm -rf "$sts"; mkdir -p "$sts/policies"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=selfmx test MTA-STS CA" \
  -keyout "$sts/ca.key" -out "$sts/ca.pem" -addext basicConstraints=critical,CA:TRUE \
  -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=mta-sts.sts-ok.test" -keyout "$sts/server.key" \
  -out "$sts/server.csr" 2>/dev/null
printf 'subjectAltName=DNS:mta-sts.sts-ok.test,DNS:mta-sts.sts-mismatch.test,DNS:mta-sts.sts-badpolicy.test,DNS:mta-sts.sts-nopolicy.test,DNS:mta-sts.sts-extra.test,DNS:mta-sts.sts-badtype.test\nextendedKeyUsage=serverAuth\n' > "$sts/server.ext"
openssl x509 -req -in "$sts/server.csr" -CA "$sts/ca.pem" -CAkey "$sts/ca.key" -CAcreateserial -days 2 \
  -extfile "$sts/server.ext" -out "$sts/server.pem" 2>/dev/null
printf 'version: STSv1\r\nmode: enforce\r\nmx: mail.sts-ok.test\r\nmx: *.backup.sts-ok.test\r\nmax_age: 604800\r\n' \
  > "$sts/policies/mta-sts.sts-ok.test.txt"
printf 'version: STSv1\nmode: testing\nmx: mx.elsewhere.test\nmax_age: 86400\n' > "$sts/policies/mta-sts.sts-mismatch.test.txt"
printf 'version: STSv2\nmode: strict\n' > "$sts/policies/mta-sts.sts-badpolicy.test.txt"
printf 'version: STSv1\nmode: enforce\nmx: mail.sts-extra.test\nmax_age: 86400\n' > "$sts/policies/mta-sts.sts-extra.test.txt"
printf 'version: STSv1\nmode: enforce\nmx: mail.sts-badtype.test\nmax_age: 86400\n' > "$sts/policies/mta-sts.sts-badtype.test.txt"
printf 'text/html; charset=utf-8\n' > "$sts/policies/mta-sts.sts-badtype.test.type"
rm -f "$dir/mtasts.port"
detached python3 "$here/mtastsserver.py" "$sts/policies" "$sts/server.pem" "$sts/server.key" "$dir/mtasts.port" "$dir/mtasts.pid" \
  </dev/null >>"$dir/mtasts.log" 2>&1 &
rm -f "$dir/smtpsni.port" "$dir/smtpsni.log"; touch "$dir/smtpsni.log"
detached python3 "$here/smtpsni.py" "$sts/server.pem" "$sts/server.key" "$dir/smtpsni.port" "$dir/smtpsni.pid" "$dir/smtpsni.log" \
  </dev/null >>"$dir/smtpsni.err" 2>&1 &

# --- ports: a free UDP+TCP port for nsd (the fault server binds its own)
port=$(python3 - <<'PY'
import socket
for _ in range(50):
    t = socket.socket(); t.bind(("127.0.0.1", 0)); p = t.getsockname()[1]
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        u.bind(("127.0.0.1", p)); print(p); break
    except OSError:
        pass
PY
)

cat > "$dir/nsd.conf" <<CONF
server:
  ip-address: 127.0.0.1
  port: $port
  username: ""
  chroot: ""
  zonesdir: "$zones"
  database: ""
  pidfile: "$dir/nsd.pid"
  logfile: "$dir/nsd.log"
  xfrdfile: "$dir/xfrd.state"
  xfrdir: "$dir/xfr"
  zonelistfile: "$dir/zone.list"
  server-count: 1
  verbosity: 1
  hide-version: yes
remote-control:
  control-enable: no
zone:
  name: test
  zonefile: test.zone
zone:
  name: signed.test
  zonefile: signed.test.zone
zone:
  name: sendgrid.net
  zonefile: sendgrid.net.zone
zone:
  name: amazonses.com
  zonefile: amazonses.com.zone
zone:
  name: mtasv.net
  zonefile: mtasv.net.zone
zone:
  name: servfail.test
  zonefile: servfail.test.zone-never-written
CONF
nsd-checkconf "$dir/nsd.conf"
(detached nsd -c "$dir/nsd.conf") # nsd forks its server and returns

rm -f "$dir/faultdns.port"
detached python3 "$here/faultdns.py" "$dir/faultdns.port" "$dir/faultdns.pid" </dev/null >>"$dir/faultdns.log" 2>&1 &

# Both are ready when they answer (bounded: 10 s).
python3 - "$port" "$dir/faultdns.port" "$dir/mtasts.port" "$dir/smtpsni.port" <<'PY'
import os, socket, struct, sys, time
port, portfile, stsfile, snifile = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
query = struct.pack("!HHHHHH", 7, 0, 1, 0, 0, 0) + b"\x04test\x00\x00\x06\x00\x01"
deadline = time.time() + 10
while time.time() < deadline:
    try:
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.settimeout(0.2)
        s.sendto(query, ("127.0.0.1", port))
        if len(s.recv(512)) > 12 and os.path.exists(portfile) and open(portfile).read().strip() and os.path.exists(stsfile) and os.path.exists(snifile):
            sys.exit(0)
    except OSError:
        pass
    time.sleep(0.05)
sys.exit("dns-fixture: nsd, faultdns.py, mtastsserver.py or smtpsni.py did not answer within 10 s")
PY

cat > "$dir/dns.env" <<ENV
DNS_SERVER='127.0.0.1:$port'
DNS_FAULT_SERVER='127.0.0.1:$(cat "$dir/faultdns.port")'
DNS_TRUST_ANCHOR_FILE='$dir/trust-anchor.ds'
MTA_STS_ENDPOINT='127.0.0.1:$(cat "$dir/mtasts.port")'
MTA_STS_CA='$sts/ca.pem'
SMTP_SNI_PORT='$(cat "$dir/smtpsni.port")'
SMTP_SNI_LOG='$dir/smtpsni.log'
ENV
echo "dns-fixture: nsd on 127.0.0.1:$port, faults on $(cat "$dir/faultdns.port")"
