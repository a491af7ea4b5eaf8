// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "audience.h"

#include "diagnostics/finding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace selfmx::text {

// A diagnosis finding in words: its title, its evidence (the server's or the OS's own words,
// framed) and its fix, for one audience. The command line names variables and commands
// ("set SMTP_TLS_MODE=implicit", "`selfmx-console discover HOST` tries them all"); the window
// names form fields and offers "Apply fix" where the finding proposes a settings change.
// Every code of diagnostics::allFindingCodes() has a title and a fix.
class FindingText
{
    Q_DECLARE_TR_FUNCTIONS(FindingText)
public:
    explicit FindingText(Audience audience = Audience::CommandLine);

    Audience audience() const { return m_audience; }
    QString title(const diagnostics::Finding &finding) const;
    QString evidence(const diagnostics::Finding &finding) const;
    QString fix(const diagnostics::Finding &finding) const;

    // A setting by its stable key: "SMTP_PORT" on the command line, "Port" in the window.
    QString setting(const QString &key) const;
    // A setting with a value: "SMTP_TLS_MODE=implicit" / "TLS to Implicit TLS".
    QString assignment(const QString &key, const QString &value) const;
    // A setting's present value, as evidence: "SMTP_PORT=25" / "Port: 25".
    QString current(const QString &key, const QString &value) const;
    // A proposed change: "SMTP_PORT=465, SMTP_TLS_MODE=implicit" / "Port to 465, TLS to Implicit TLS".
    QString change(const QList<diagnostics::SettingChange> &change) const;
    // The window's button for a finding with a proposed change: "Apply fix: Port to 465, …".
    QString applyFixLabel(const diagnostics::Finding &finding) const;

private:
    struct Words {
        QString title;
        QString evidence;
        QString fix;
    };
    Words words(const diagnostics::Finding &finding) const;
    QString providerHint(const diagnostics::Finding &finding) const;
    QString trustFix(const diagnostics::Finding &finding) const;
    QString certificateEvidence(const diagnostics::Finding &finding) const;
    QString defaultEvidence(const diagnostics::Finding &finding) const;
    QString displayValue(const QString &key, const QString &value) const;
    bool commandLine() const { return m_audience == Audience::CommandLine; }
    // The session error a finding carries (error_code, error_stage, error.*), worded.
    QString sessionError(const diagnostics::Finding &finding) const;

    Audience m_audience;
};

} // namespace selfmx::text
