// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

// What selfmx-console's arguments and environment ask for, without Qt: decided by the
// launcher (app/launcher.cpp) before any Qt library is loaded, and by the command line's
// module (app/main.cpp) with the same rules.
#include <cstdlib>
#include <cstring>
#include <initializer_list>

namespace selfmx::app {

// A headless command (or --help, --version, --man, --completion): a first argument that is
// not an option is a command (a known one runs, an unknown one gets the usage, exit 2, never
// the window's "no display" message). Every other option (-platform, -style, …) belongs to
// the window.
inline bool isCommandInvocation(int argc, char *const argv[])
{
    if (argc < 2)
        return false;
    const char *first = argv[1];
    if (first[0] != '-')
        return true;
    for (const char *option : {"--help", "-h", "--version", "--man", "--completion"}) {
        if (std::strcmp(first, option) == 0)
            return true;
    }
    return false;
}

// Somewhere to open the window on (else Qt would abort with "could not connect to display").
inline bool hasDisplay()
{
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        const char *value = std::getenv(name);
        if (value != nullptr && *value != '\0')
            return true;
    }
    return false;
}

} // namespace selfmx::app
