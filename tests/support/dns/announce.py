# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
"""The DNS fixture's helper servers say they are ready the same way: the process id in
PIDFILE (so dns-fixture.sh stop can end it), then the port in PORTFILE, which appears whole
(written aside and renamed), once the socket listens."""
import os


def announce(port, portfile, pidfile):
    with open(pidfile, "w") as f:
        f.write(str(os.getpid()))
    with open(portfile + ".tmp", "w") as f:
        f.write(str(port))
    os.rename(portfile + ".tmp", portfile)
