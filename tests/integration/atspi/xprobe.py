# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
"""xprobe.py DISPLAY: can an X client reach this display? Connects with libxcb (what Qt's xcb
platform uses) and exits 0 when the server accepted the connection, 1 otherwise, naming
libxcb's error code and errno, so that a machine whose X connections fail is told apart
from a window program that fails."""
import ctypes
import os
import sys

xcb = ctypes.CDLL("libxcb.so.1", use_errno=True)
xcb.xcb_connect.restype = ctypes.c_void_p
xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]

connection = xcb.xcb_connect(sys.argv[1].encode(), None)
error = xcb.xcb_connection_has_error(connection)
errno = ctypes.get_errno()
xcb.xcb_disconnect(connection)
if error:
    # libxcb's codes: 1 socket/stream error, 2 extension, 3 memory, 4 request length,
    # 5 display name, 6 screen, 7 file descriptor passing.
    print(f"xcb_connect({sys.argv[1]!r}) failed: xcb error {error}, errno {errno}"
          f" ({os.strerror(errno) if errno else 'none'})")
    sys.exit(1)
