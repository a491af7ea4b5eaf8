#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
"""A scripted UDP nameserver for the faults a real one will not produce (tests only).

    faultdns.py PORTFILE PIDFILE    binds 127.0.0.1:0, writes its port, then serves:
      *.servfail.fault.test   RCODE 2 (SERVFAIL)
      *.silent.fault.test     never answers
      *.truncated.fault.test  an empty answer with TC set (and no TCP listener to retry on)
      anything else           RCODE 5 (REFUSED)
"""
import socket
import struct
import sys

from announce import announce


def qname(packet):
    labels, pos = [], 12
    while pos < len(packet):
        length = packet[pos]
        if length == 0:
            return ".".join(labels).lower(), pos + 5
        labels.append(packet[pos + 1:pos + 1 + length].decode("ascii", "replace"))
        pos += 1 + length
    return "", len(packet)


def reply(query, end, rcode, truncated=False):
    ident, flags = struct.unpack("!HH", query[:4])
    flags = 0x8000 | (flags & 0x7900) | 0x0400 | rcode  # QR, opcode+RD kept, AA
    if truncated:
        flags |= 0x0200
    return struct.pack("!HHHHHH", ident, flags, 1, 0, 0, 0) + query[12:end]


def main():
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    announce(sock.getsockname()[1], sys.argv[1], sys.argv[2])
    while True:
        packet, peer = sock.recvfrom(4096)
        if len(packet) < 12:
            continue
        name, end = qname(packet)
        if name.endswith("silent.fault.test"):
            continue
        if name.endswith("servfail.fault.test"):
            sock.sendto(reply(packet, end, 2), peer)
        elif name.endswith("truncated.fault.test"):
            sock.sendto(reply(packet, end, 0, truncated=True), peer)
        else:
            sock.sendto(reply(packet, end, 5), peer)


if __name__ == "__main__":
    main()
