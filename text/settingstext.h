// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "audience.h"

#include "settings/fields.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace selfmx::text {

// Sentences about settings: a field's label and help (the table's source text, translated),
// and each problem the settings model, the profile store or the provider hints report
// (a code and its parameters), worded for the audience.
class SettingsText
{
    Q_DECLARE_TR_FUNCTIONS(SettingsText)
public:
    static QString label(const settings::Field &field);
    static QString help(const settings::Field &field);
    // How a setting is named: "SMTP_PORT" on the command line, "Port (SMTP_PORT)" in the
    // window; "name", "region", "profile" and "file" are the profile's own.
    static QString name(const QString &key, Audience audience);
    // "SMTP_PORT: "70000" is not a port; use a number from 1 to 65535 (…)". A problem read
    // from a file starts with the file (and the profile).
    static QString describe(const settings::Issue &issue, Audience audience);
    static QStringList describe(const QList<settings::Issue> &issues, Audience audience);
    // "SMTP_PASSWORD is not a setting the console knows; did you mean SMTP_PASS?"
    static QString unknownKey(const QString &key);
    // The same for `profile import`: "SMTP_PASSWORD was not imported: … (did you mean SMTP_PASS?)".
    static QString unknownKeyNotImported(const QString &key);
};

} // namespace selfmx::text
