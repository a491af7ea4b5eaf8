# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
"""waitexit.py SECONDS PID...: returns once every PID has ended (they need not be children),
waiting on their pidfds (no polling). Whatever still runs after SECONDS gets SIGKILL, is
named on stderr, and the exit status is 1. dns-fixture.sh stop uses it: nsd writes its
xfrd.state and log as it shuts down, and a caller that removes the fixture's directory as
soon as stop returns would otherwise race those writes (rm -rf: "Directory not empty")."""
import os
import select
import signal
import sys
import time


def open_pidfds(pids):
    fds = {}
    for pid in pids:
        try:
            fds[os.pidfd_open(pid)] = pid
        except ProcessLookupError:
            pass  # already ended
    return fds


def wait(fds, seconds):
    poller = select.poll()
    for fd in fds:
        poller.register(fd, select.POLLIN)
    deadline = time.monotonic() + seconds
    while fds:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        for fd, _ in poller.poll(left * 1000):
            poller.unregister(fd)
            os.close(fd)
            del fds[fd]
    return fds


def main():
    seconds = float(sys.argv[1])
    fds = wait(open_pidfds(int(p) for p in sys.argv[2:]), seconds)
    if not fds:
        return 0
    for fd, pid in fds.items():
        print(f"waitexit: process {pid} still ran {seconds:g} s after SIGTERM; killed", file=sys.stderr)
        signal.pidfd_send_signal(fd, signal.SIGKILL)
    wait(fds, 5)
    return 1


sys.exit(main())
