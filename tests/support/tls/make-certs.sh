#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# make-certs.sh DIR: the certificates of the TLS fault matrix, made fresh for each run.
#   ca.pem            a test CA (trust it with SMTP_TLS_CA_FILE)
#   good.pem          localhost / 127.0.0.1, signed by the CA
#   selfsigned.pem    localhost, self-signed
#   expired.pem       localhost, signed by the CA, valid only in January 2020
#   notyet.pem        localhost, signed by the CA, valid from 2099
#   wronghost.pem     wrong.example.test, signed by the CA
#   cnip.pem          CN=127.0.0.1 but only DNS:mail.example.test in its SANs, signed by the CA
#   wildcard.pem      CN=127.0.0.1, SAN DNS:*.example.test, signed by the CA
#   otherca.pem       a second CA that signed nothing here
# Each NAME.pem has its key in NAME.key.
set -euo pipefail
dir=${1:?usage: make-certs.sh DIR}
mkdir -p "$dir" && cd "$dir"
[[ -s otherca.pem ]] && exit 0
q() { "$@" >/dev/null 2>&1 || { echo "make-certs: failed: $*" >&2; exit 1; }; }
q openssl req -x509 -newkey rsa:2048 -nodes -days 3 -subj "/CN=SelfMX Fault Matrix CA" -keyout ca.key -out ca.pem
mkdir -p db && : > db/index.txt && echo 01 > db/serial
cat > ca.cnf <<CNF
[ca]
default_ca = c
[c]
database = db/index.txt
new_certs_dir = db
serial = db/serial
default_md = sha256
policy = p
unique_subject = no
copy_extensions = copy
[p]
commonName = supplied
CNF
sign() { # name cn san startdate enddate
  q openssl req -newkey rsa:2048 -nodes -subj "/CN=$2" -addext "subjectAltName=$3" -keyout "$1.key" -out "$1.csr"
  q openssl ca -batch -config ca.cnf -cert ca.pem -keyfile ca.key -in "$1.csr" -out "$1.pem" -startdate "$4" -enddate "$5"
}
now=$(date -u +%Y%m%d%H%M%SZ -d '-1 hour'); soon=$(date -u +%Y%m%d%H%M%SZ -d '+3 days')
sign good localhost "DNS:localhost,IP:127.0.0.1" "$now" "$soon"
sign expired localhost "DNS:localhost,IP:127.0.0.1" 20200101000000Z 20200102000000Z
sign notyet localhost "DNS:localhost,IP:127.0.0.1" 20990101000000Z 20990102000000Z
sign wronghost wrong.example.test "DNS:wrong.example.test" "$now" "$soon"
q openssl req -x509 -newkey rsa:2048 -nodes -days 3 -subj "/CN=localhost" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
  -keyout selfsigned.key -out selfsigned.pem
sign cnip 127.0.0.1 "DNS:mail.example.test" "$now" "$soon"
sign wildcard 127.0.0.1 "DNS:*.example.test" "$now" "$soon"
q openssl req -x509 -newkey rsa:2048 -nodes -days 3 -subj "/CN=SelfMX Other CA" -keyout otherca.key -out otherca.pem
