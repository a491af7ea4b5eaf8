// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "audience.h"
#include "findingtext.h"

#include "diagnostics/finder.h"
#include "diagnostics/report.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace selfmx::text {

// A diagnosis report in words: stage names and summaries, progress, the ✓/✗ view, the JSON of
// docs/diagnostics-json.md (its title/evidence/fix and summaries are this renderer's words)
// and the support bundle.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
public:
    explicit ReportText(Audience audience = Audience::CommandLine);

    const FindingText &findings() const { return m_findings; }
    QString stageName(smtp::Stage stage) const;
    // One progress event: "Diagnosing … tls", "Diagnosing … auth: failed".
    QString progress(smtp::Stage stage, diagnostics::StageStatus status) const;
    // What the stage found; a failed stage that found nothing says so ("no greeting").
    QString stageSummary(const diagnostics::Report &report, const diagnostics::StageReport &stage) const;
    QString capabilities(const smtp::Capabilities &capabilities) const;
    // The first error finding: "title. fix"; empty when there is none.
    QString failure(const diagnostics::Report &report) const;

    // One port/TLS combination tried by the SettingsFinder:
    // "587 STARTTLS: ✓ logged in (40 ms)" / "25 STARTTLS: ✗ connect: …".
    QString candidate(const diagnostics::Candidate &candidate) const;

    QString text(const diagnostics::Report &report) const; // the ✓/✗ view
    QJsonObject json(const diagnostics::Report &report) const;
    // Everything for a support request: settings (secrets masked), findings, transcript,
    // versions. Contains no password.
    QString bundle(const diagnostics::Report &report) const;

private:
    QString stageObservation(const diagnostics::Report &report, const diagnostics::StageReport &stage) const;
    QString tlsModeText(const smtp::Settings &settings) const;
    bool commandLine() const { return m_audience == Audience::CommandLine; }

    Audience m_audience;
    FindingText m_findings;
};

} // namespace selfmx::text
