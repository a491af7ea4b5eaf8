// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// In selfmx-console, the DNS commands are selfmx-console-dns's (dnsmain.cpp): only that
// program loads libunbound and libevent, so a one-click `test` does not.
#include "dnscommands.h"
#include "helperprogram.h"

namespace selfmx::app {

int runCheckDomain(const QStringList &arguments)
{
    Q_UNUSED(arguments)
    return execHelperProgram(QStringLiteral("selfmx-console-dns"));
}

int runDiscoverAddress(const QString &addressOrDomain, bool json)
{
    Q_UNUSED(addressOrDomain)
    Q_UNUSED(json)
    return execHelperProgram(QStringLiteral("selfmx-console-dns"));
}

} // namespace selfmx::app
