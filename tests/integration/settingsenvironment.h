// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// Clears every setting the window would read from the process environment (each field of
// the table, and any other SMTP_* name), so a variable of whoever runs the tests does not
// reach a window's draft or decide what a start shows.
#pragma once
#include "settings/fields.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QString>

namespace selfmx::test {

inline void clearSettingsEnvironment()
{
    for (const selfmx::settings::Field &f : selfmx::settings::fields())
        qunsetenv(f.key.toUtf8().constData());
    const QHash<QString, QString> rest = selfmx::settings::environmentValues(QProcessEnvironment::systemEnvironment());
    for (auto it = rest.cbegin(); it != rest.cend(); ++it)
        qunsetenv(it.key().toUtf8().constData());
}

} // namespace selfmx::test
