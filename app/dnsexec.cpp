// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// In selfmx-console, the DNS commands are selfmx-console-dns's (dnsmain.cpp): only that
// program loads libunbound and libevent, so a one-click `test` does not. The same goes for
// `diagnose --check-domain`, whose sender-domain stage runs there.
#include "diagnosecommands.h"
#include "dnscommands.h"
#include "exitcodes.h"
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

namespace selfmx::app {

// diagnose --check-domain: selfmx-console has no DNS stage; runDiagnose execs
// selfmx-console-dns (diagnosedomain.cpp) before anything runs.
bool senderDomainStageAvailable()
{
    return false;
}

bool senderDomainRequestUsable(const SenderDomainRequest &request, int *exitCode)
{
    Q_UNUSED(request)
    *exitCode = Internal;
    return false;
}

std::optional<SenderDomainStage> runSenderDomainStage(const SenderDomainRequest &request, int *exitCode)
{
    Q_UNUSED(request)
    *exitCode = Internal;
    return std::nullopt;
}

QList<QHostAddress> secureHostAddresses(SenderDomainRequest *request)
{
    Q_UNUSED(request)
    return {};
}

} // namespace selfmx::app
