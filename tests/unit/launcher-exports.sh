#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# tests/unit/launcher-exports.sh SELFMX_CONSOLE: the launcher keeps no copy of a library's
# variable (a copy relocation) and exports no variable. It binds its modules deep
# (core/runtime/moduletrust.h, bindsModulesDeep): a module would see the library's own
# variable, not the launcher's, and so two of them.
set -eu
program=$1
relocations=$(readelf --relocs --wide "$program") || exit 2
symbols=$(readelf --dyn-syms --wide "$program") || exit 2
status=0
if printf '%s\n' "$relocations" | grep '_COPY '; then
  echo "a copy relocation in $program" >&2
  status=1
fi
# Defined (not UND) OBJECT or TLS symbols it exports, but the C runtime's marker.
variables=$(printf '%s\n' "$symbols" | awk '($4 == "OBJECT" || $4 == "TLS") && $7 != "UND" && $8 != "_IO_stdin_used"')
if [ -n "$variables" ]; then
  printf '%s\n' "$variables"
  echo "$program exports variables" >&2
  status=1
fi
exit $status
