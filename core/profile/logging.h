// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QLoggingCategory>

// selfmx.profile: profile file reads and writes and keychain job results, never a secret.
// Off by default; QT_LOGGING_RULES="selfmx.profile.debug=true" turns it on.
Q_DECLARE_LOGGING_CATEGORY(lcProfile)
