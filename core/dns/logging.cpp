// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "logging.h"

Q_LOGGING_CATEGORY(lcDns, "selfmx.dns", QtWarningMsg)
