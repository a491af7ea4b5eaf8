// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QLoggingCategory>

// selfmx.smtp: the session's state changes, each transaction's status changes and the
// redacted transcript. Off by default; QT_LOGGING_RULES="selfmx.smtp.debug=true" turns it on.
Q_DECLARE_LOGGING_CATEGORY(lcSmtp)
