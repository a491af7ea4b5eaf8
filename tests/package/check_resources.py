#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# check_resources.py SOURCE_DIR BUILD_DIR VERSION
# The icon's PNGs have the size their directory says; the version is said in one place
# (CMake's project()) and the metainfo's newest release and the package's changelog agree.
import gzip
import re
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

source, build, version = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
problems = []

sizes = [16, 24, 32, 48, 64, 128, 256, 512]
for size in sizes:
    png = source / f"resources/icons/hicolor/{size}x{size}/io.selfmx.Console.png"
    if not png.is_file():
        problems.append(f"{png}: missing (run resources/render-icons.sh)")
        continue
    header = png.read_bytes()[:24]
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        problems.append(f"{png}: not a PNG")
        continue
    width, height = struct.unpack(">II", header[16:24])
    if (width, height) != (size, size):
        problems.append(f"{png}: {width}x{height}, expected {size}x{size}")
svg = source / "resources/icons/io.selfmx.Console.svg"
if ET.parse(svg).getroot().tag != "{http://www.w3.org/2000/svg}svg":
    problems.append(f"{svg}: not an SVG")

metainfo = ET.parse(build / "resources/io.selfmx.Console.metainfo.xml").getroot()
releases = [r.get("version") for r in metainfo.iter("release")]
if not releases or releases[0] != version:
    problems.append(f"metainfo: newest release is {releases[:1]}, the project's version is {version}")
if "@" in (build / "resources/io.selfmx.Console.metainfo.xml").read_text():
    problems.append("metainfo: a @VARIABLE@ was not configured")

changelog = (source / "installer/changelog").read_text()
first = re.match(r"selfmx-console \(([^)]+)\)", changelog)
if not first or first.group(1) != version:
    problems.append(f"installer/changelog: newest entry is {first.group(1) if first else None}, the project's version is {version}")

for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
