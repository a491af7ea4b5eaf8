#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
"""Waits (at most TIMEOUT seconds) until a system tray owns _NET_SYSTEM_TRAY_S0 on $DISPLAY.

Not a poll: a tray that takes the selection announces it with a MANAGER client message on
the root window (ICCCM 2.8; the freedesktop.org System Tray spec), which this program
listens for after asking for the root's StructureNotify events and before looking at the
current owner, so an owner that came first is seen too. libX11 through ctypes: python3 and
libx11-6 are already there (the tray host links libX11), no python-xlib needed.
Exit 0: owned; 1: timed out; 2: no display."""
import ctypes
import select
import sys
import time

timeout = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
x = ctypes.cdll.LoadLibrary("libX11.so.6")
x.XOpenDisplay.restype = ctypes.c_void_p
x.XOpenDisplay.argtypes = [ctypes.c_char_p]
x.XDefaultRootWindow.restype = ctypes.c_ulong
x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x.XInternAtom.restype = ctypes.c_ulong
x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
x.XGetSelectionOwner.restype = ctypes.c_ulong
x.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
x.XConnectionNumber.argtypes = [ctypes.c_void_p]
x.XPending.argtypes = [ctypes.c_void_p]
x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]


class ClientMessage(ctypes.Structure):  # XClientMessageEvent, format 32
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                ("format", ctypes.c_int), ("l", ctypes.c_long * 5)]


class Event(ctypes.Union):  # XEvent: 24 longs
    _fields_ = [("type", ctypes.c_int), ("client", ClientMessage), ("pad", ctypes.c_long * 24)]


CLIENT_MESSAGE = 33
STRUCTURE_NOTIFY_MASK = 1 << 17

display = x.XOpenDisplay(None)
if not display:
    sys.exit(2)
root = x.XDefaultRootWindow(display)
selection = x.XInternAtom(display, b"_NET_SYSTEM_TRAY_S0", 0)
manager = x.XInternAtom(display, b"MANAGER", 0)
x.XSelectInput(display, root, STRUCTURE_NOTIFY_MASK)
x.XSync(display, 0)
if x.XGetSelectionOwner(display, selection):
    sys.exit(0)

fd = x.XConnectionNumber(display)
event = Event()
deadline = time.monotonic() + timeout
while True:
    while x.XPending(display):
        x.XNextEvent(display, ctypes.byref(event))
        if event.type == CLIENT_MESSAGE and event.client.message_type == manager and event.client.l[1] == selection:
            sys.exit(0)
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        sys.exit(1)
    select.select([fd], [], [], remaining)
