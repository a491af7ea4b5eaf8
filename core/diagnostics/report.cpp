// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "report.h"

#include "rules.h"

#include <algorithm>

namespace selfmx::diagnostics {

using smtp::Stage;

QList<Stage> Report::stageOrder() const
{
    return diagnostics::stageOrder(settings.tlsMode());
}

Stage Report::firstFailedStage() const
{
    return diagnostics::firstFailedStage(findings, settings.tlsMode());
}

void Report::buildStages(const QMap<Stage, qint64> &elapsed)
{
    stages.clear();
    const Stage failed = firstFailedStage();
    auto warned = [this](Stage stage) {
        return std::any_of(findings.cbegin(), findings.cend(),
                           [stage](const Finding &f) { return f.stage == stage && f.severity == Severity::Warning; });
    };
    for (Stage stage : stageOrder()) {
        StageReport r;
        r.stage = stage;
        r.elapsedMs = elapsed.value(stage);
        switch (stage) {
        case Stage::Tls: r.applicable = settings.tlsMode() != smtp::TlsMode::None; break;
        case Stage::Auth: r.applicable = settings.hasCredentials(); break;
        case Stage::Sender: r.applicable = !probeSender.isEmpty() || !probeRecipient.isEmpty(); break;
        case Stage::Recipient: r.applicable = !probeRecipient.isEmpty(); break;
        case Stage::Data: r.applicable = testSend; break;
        default: break;
        }
        const bool afterFailure = failed != Stage::None && rank(stage) > rank(failed);
        if (stage == failed)
            r.status = StageStatus::Failed;
        else if (afterFailure || !r.applicable)
            r.status = StageStatus::Skipped;
        else
            r.status = warned(stage) ? StageStatus::Warning : StageStatus::Passed;
        stages.append(r);
    }
}

} // namespace selfmx::diagnostics
