// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "clisupport.h"

#include <QStringList>

namespace selfmx::app {

// check-domain's options (dnsspec.cpp, in both programs: the man page and completions come from it).
CommandSpec checkDomainCommand();
// selfmx-console check-domain DOMAIN [--profile NAME] [--provider KEY] [--dkim-selector S]...
//                             [--json]
int runCheckDomain(const QStringList &arguments);
// selfmx-console discover ADDRESS [--json] (a name with an @; `discover HOST` probes ports)
int runDiscoverAddress(const QString &addressOrDomain, bool json);

} // namespace selfmx::app
