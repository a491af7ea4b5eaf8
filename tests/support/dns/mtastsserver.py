#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# The MTA-STS policy hosts of the DNS tests (RFC 8461 §3.3): one HTTPS server on loopback
# that answers GET /.well-known/mta-sts.txt by the Host header, from DIR/HOST.txt (404 when
# there is none), as Content-Type text/plain or what DIR/HOST.type says. The tests reach it through DomainCheckOptions' test-only endpoint override,
# verifying its certificate (made by dns-fixture.sh for the mta-sts.* names) with its CA.
#
#   mtastsserver.py DIR CERT KEY PORTFILE PIDFILE
import http.server
import os
import ssl
import sys

from announce import announce

root, cert, key, portfile, pidfile = sys.argv[1:6]


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        path = os.path.join(root, host + ".txt")
        if self.path != "/.well-known/mta-sts.txt" or "/" in host or not os.path.isfile(path):
            self.send_error(404)
            return
        body = open(path, "rb").read()
        typefile = os.path.join(root, host + ".type")
        content_type = open(typefile).read().strip() if os.path.isfile(typefile) else "text/plain"
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(cert, key)
server.socket = context.wrap_socket(server.socket, server_side=True)
announce(server.server_address[1], portfile, pidfile)
server.serve_forever()
