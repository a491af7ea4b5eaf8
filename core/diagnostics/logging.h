// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QLoggingCategory>

// selfmx.diagnostics: each probe's result, each observation and each finding the rules made.
// Off by default; QT_LOGGING_RULES="selfmx.diagnostics.debug=true" turns it on.
Q_DECLARE_LOGGING_CATEGORY(lcDiagnostics)
