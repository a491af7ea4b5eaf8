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

// The window as a module (selfmx-window.so in lib/selfmx-console, or in SELFMX_MODULE_DIR
// when set, like the keychain's module): `selfmx-console` loads it into its own process and
// calls its entry point instead of execing selfmx-console-gui, so the dynamic loader maps
// and relocates Qt Core and the rest once, not twice. Call it while the QCoreApplication
// exists; call the entry after destroying it (the window makes its QApplication), with the
// process's argc and argv. Null when the module is not there, or (said on stderr) cannot be
// loaded: then exec the program.
using WindowEntry = int (*)(int argc, char *argv[]); // runtime::ModuleEntry
WindowEntry loadWindowModule();
// The same for a module file already found and trusted (the tests' modules).
WindowEntry openWindowModule(const QByteArray &path);

} // namespace selfmx::app
