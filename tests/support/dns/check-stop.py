#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
"""dns-fixture.sh stop returns only once its servers have ended. nsd writes its log and
xfrd.state as it shuts down, so a caller that removed the fixture's directory straight after
stop raced those writes (rm -rf: "Directory not empty"; a CI run failed that way).

Starts a fixture of its own and holds one server (faultdns.py) stopped (SIGSTOP) while
dns-fixture.sh stop runs: stop must still be running a second later (that negative wait is
the only timed one; the stop that did not wait returned within milliseconds). Then the
server is let go, and once stop returns every server process (nsd's children too) has
ended."""
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "dns-fixture.sh")


def ended(pid):
    """Gone, or a zombie its reaper has not collected yet."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            stat = f.read()
    except FileNotFoundError:
        return True
    return stat.rsplit(")", 1)[1].split()[0] == "Z"  # the name in parentheses may hold spaces


def readable(fd, seconds):
    return bool(select.select([fd], [], [], seconds)[0])


def main():
    work = tempfile.mkdtemp()
    dns = os.path.join(work, "dns")
    try:
        start = subprocess.run([FIXTURE, "start", dns], capture_output=True, text=True)
        if start.returncode != 0:
            sys.exit(f"the fixture did not start:\n{start.stdout}{start.stderr}")
        pids = []
        for name in ("nsd", "faultdns", "mtasts", "smtpsni"):
            with open(os.path.join(dns, name + ".pid")) as f:
                pid = int(f.read())
            children = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True)
            pids += [pid] + [int(c) for c in children.stdout.split()]
            if name == "faultdns":
                held = pid
        os.kill(held, signal.SIGSTOP)
        stop = subprocess.Popen([FIXTURE, "stop", dns])
        stopfd = os.pidfd_open(stop.pid)
        if readable(stopfd, 1.0):
            os.kill(held, signal.SIGCONT)
            sys.exit("dns-fixture.sh stop returned while faultdns.py still ran (held stopped)")
        os.kill(held, signal.SIGCONT)
        if not readable(stopfd, 20.0):
            stop.kill()
            sys.exit("dns-fixture.sh stop did not return within 20 s of the server's release")
        if stop.wait() != 0:
            sys.exit(f"dns-fixture.sh stop exited {stop.returncode}")
        running = [pid for pid in pids if not ended(pid)]
        if running:
            sys.exit(f"still running after stop returned: {running}")
        shutil.rmtree(dns)  # nothing writes there any more
        print(f"{len(pids)} server processes, all ended when stop returned")
    finally:
        subprocess.run([FIXTURE, "stop", dns], capture_output=True)
        shutil.rmtree(work, ignore_errors=True)


main()
