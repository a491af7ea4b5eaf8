// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "smtp/types.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QVariantMap>

// What a diagnosis found, as data. Core names no sentence, no CLI flag and no command: each
// front end renders a finding with tr() (text/findingtext.h), for its own audience.
namespace selfmx::diagnostics {
Q_NAMESPACE

enum class Severity { Error, Warning, Info };
Q_ENUM_NS(Severity)

// A stage's outcome in a report, and the progress events of a running diagnosis
// (Running when a stage begins, the final status of every stage just before finished()).
enum class StageStatus { Passed, Failed, Warning, Skipped, Running };
Q_ENUM_NS(StageStatus)

// A settings change that fixes a finding mechanically. key is the setting's stable key, its
// environment variable ("SMTP_PORT"); value is that variable's text form ("465", "implicit",
// "true", a fingerprint as "AB:CD:…"). The window offers it as "Apply fix".
struct SettingChange {
    QString key;
    QString value;
    friend bool operator==(const SettingChange &, const SettingChange &) = default;
};

// One thing the diagnosis found.
//  code:       stable, to search and script on ("auth.rejected"); every code is listed in
//              docs/diagnostics-json.md and by allFindingCodes() (rules.h)
//  parameters: what the renderer needs, by stable key: the server's words ("reply"), the OS
//              or TLS library's ("detail"), "host", "port", "fingerprint", "provider", …
//              (the keys of each code are in docs/diagnostics-json.md)
//  proposedChange: empty unless the fix is a settings change a button could make.
struct Finding {
    QString code;
    Severity severity = Severity::Info;
    smtp::Stage stage = smtp::Stage::None;
    QVariantMap parameters;
    QList<SettingChange> proposedChange;

    QString parameter(const QString &key) const { return parameters.value(key).toString(); }
    friend bool operator==(const Finding &, const Finding &) = default;
};

// The JSON spellings ("error", "passed").
QString severityKey(Severity severity);
QString statusKey(StageStatus status);

} // namespace selfmx::diagnostics

Q_DECLARE_METATYPE(selfmx::diagnostics::Finding)
