// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QLoggingCategory>

// selfmx.mime: how each message is built (size, parts, 8bit or quoted-printable), never its
// content. Off by default; QT_LOGGING_RULES="selfmx.mime.debug=true" turns it on.
Q_DECLARE_LOGGING_CATEGORY(lcMime)
