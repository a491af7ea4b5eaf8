// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "finding.h"

namespace selfmx::diagnostics {

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

QString statusKey(StageStatus status)
{
    switch (status) {
    case StageStatus::Passed: return QStringLiteral("passed");
    case StageStatus::Failed: return QStringLiteral("failed");
    case StageStatus::Warning: return QStringLiteral("warning");
    case StageStatus::Skipped: return QStringLiteral("skipped");
    case StageStatus::Running: return QStringLiteral("running");
    }
    return {};
}

} // namespace selfmx::diagnostics
