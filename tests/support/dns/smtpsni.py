#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# A STARTTLS SMTP server on loopback that writes down the server name (SNI, RFC 6066 §3)
# each TLS handshake carried, for the DNS tests of check-domain --dane HOST:PORT: one line
# "sni=NAME" per handshake ("sni=" when the client sent none) in LOGFILE. It only greets,
# answers EHLO (offering STARTTLS before TLS), STARTTLS and QUIT.
#
#   smtpsni.py CERT KEY PORTFILE PIDFILE LOGFILE
import socket
import socketserver
import ssl
import sys

from announce import announce

cert, key, portfile, pidfile, logfile = sys.argv[1:6]


class Handler(socketserver.StreamRequestHandler):
    timeout = 20

    def handle(self):
        conn = self.request
        names = []

        def remember(sslobj, server_name, context):
            names.append(server_name or "")

        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        context.sni_callback = remember
        reader = conn.makefile("rb")
        conn.sendall(b"220 sni.test ESMTP\r\n")
        tls = False
        while True:
            line = reader.readline(1000)
            if not line:
                return
            verb = line.strip().split(b" ")[0].upper()
            if verb in (b"EHLO", b"HELO"):
                conn.sendall(b"250 sni.test\r\n" if tls else b"250-sni.test\r\n250 STARTTLS\r\n")
            elif verb == b"STARTTLS" and not tls:
                conn.sendall(b"220 go ahead\r\n")
                try:
                    conn = context.wrap_socket(conn, server_side=True)
                except (ssl.SSLError, OSError):
                    return
                finally:
                    with open(logfile, "a") as log:
                        log.write("sni=%s\n" % (names[0] if names else ""))
                reader = conn.makefile("rb")
                tls = True
            elif verb == b"QUIT":
                conn.sendall(b"221 bye\r\n")
                return
            else:
                conn.sendall(b"502 not here\r\n")


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


server = Server(("127.0.0.1", 0), Handler)
announce(server.server_address[1], portfile, pidfile)
server.serve_forever()
