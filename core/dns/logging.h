// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QLoggingCategory>

// selfmx.dns: every lookup, its answer and DNSSEC status. Off by default;
// QT_LOGGING_RULES="selfmx.dns.debug=true" turns it on.
Q_DECLARE_LOGGING_CATEGORY(lcDns)
