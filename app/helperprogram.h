// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QString>
#include <QStringList>

namespace selfmx::app {

// selfmx-console is the one command people type, but what it links is what every `test`
// pays for at start: the window (Widgets) and the relay (libmicrohttpd with GnuTLS, Qt SQL)
// live in programs of their own, which it execs. Next to this binary in the build tree,
// under libexec/selfmx-console once installed.
QString helperProgramPath(const QString &name);

// What every program of the command line does before its QCoreApplication: the same
// organisation and application names in all of them (profiles, settings and the relay's
// queue are found by them), the version, and the arguments as strings.
QStringList prepareProgram(int argc, char *argv[], const QString &version);

// main() hands over its argv, so a helper gets the user's arguments byte for byte.
void rememberArguments(char **argv);

// Replaces this process with the helper `name`, with the remembered argv (the first stays
// what the user typed, so usage lines still say "selfmx-console"). Returns only on failure,
// after saying why on stderr, with the exit status to use.
int execHelperProgram(const QString &name);

} // namespace selfmx::app
