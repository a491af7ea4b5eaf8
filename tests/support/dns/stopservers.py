# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
"""stopservers.py SECONDS DIR PIDFILE...: ends the DNS fixture's servers and returns once
they (and their children: nsd's xfrd and server) have ended. A caller may remove DIR as soon
as this returns: nsd writes its log and xfrd.state there as it shuts down.

A process is taken for one of the fixture's only when its command line names DIR (nsd's
configuration file, the Python servers' port files are in it), so a stale pidfile whose
number now belongs to another program stops nothing. Each process is held by a pidfd from
the moment it is checked, so the number cannot change hands in between; the wait is on the
pidfds, not a poll. Whatever still runs after SECONDS gets SIGKILL and is named on stderr,
and the exit status is 1. Where pidfds are not available (a kernel before 5.3, a sandbox
that refuses them) the same is done by polling /proc every 20 ms, bounded the same way."""
import os
import select
import signal
import sys
import time


def ours(pid, directory):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return directory.encode() in f.read()
    except OSError:
        return False


def children(pid):
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                found += [int(c) for c in f.read().split()]
    except OSError:
        pass
    return found


class Held:
    """A process held by its pidfd, or by its number where pidfds are refused."""

    def __init__(self, pid):
        self.pid = pid
        try:
            self.fd = os.pidfd_open(pid)
        except ProcessLookupError:
            raise
        except OSError:
            self.fd = None

    def signal(self, number):
        try:
            if self.fd is not None:
                signal.pidfd_send_signal(self.fd, number)
            else:
                os.kill(self.pid, number)
        except ProcessLookupError:
            pass

    def ended(self):
        if self.fd is not None:
            return bool(select.select([self.fd], [], [], 0)[0])
        try:
            with open(f"/proc/{self.pid}/stat") as f:
                return f.read().rsplit(")", 1)[1].split()[0] == "Z"
        except OSError:
            return True


def hold(pid, directory):
    """The process, if it is one of the fixture's, held before its command line is read."""
    try:
        held = Held(pid)
    except ProcessLookupError:
        return None
    return held if ours(pid, directory) else None


def wait(processes, seconds):
    deadline = time.monotonic() + seconds
    running = [p for p in processes if not p.ended()]
    while running:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        fds = [p.fd for p in running if p.fd is not None]
        if len(fds) == len(running):
            select.select(fds, [], [], left)
        else:
            time.sleep(min(0.02, left))  # the fallback's poll
        running = [p for p in running if not p.ended()]
    return running


def main():
    seconds, directory, pidfiles = float(sys.argv[1]), os.path.abspath(sys.argv[2]), sys.argv[3:]
    servers, everyone = [], []
    for pidfile in pidfiles:
        try:
            with open(pidfile) as f:
                pid = int(f.read().strip())
        except (OSError, ValueError):
            continue  # not started, or already stopped
        server = hold(pid, directory)
        if server is None:
            continue
        servers.append(server)
        everyone.append(server)
        everyone += [c for c in (hold(child, directory) for child in children(pid)) if c is not None]
    for server in servers:
        server.signal(signal.SIGTERM)  # nsd ends its children itself
    running = wait(everyone, seconds)
    if not running:
        return 0
    for p in running:
        print(f"stopservers: process {p.pid} still ran {seconds:g} s after SIGTERM; killed", file=sys.stderr)
        p.signal(signal.SIGKILL)
    wait(running, 5)
    return 1


sys.exit(main())
