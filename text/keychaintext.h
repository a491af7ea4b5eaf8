// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "audience.h"

#include "profile/secretstore.h"

#include <QCoreApplication>
#include <QString>

namespace selfmx::text {

// What went wrong with the keychain, and the fix, for the audience.
class KeychainText
{
    Q_DECLARE_TR_FUNCTIONS(KeychainText)
public:
    static QString describe(profile::SecretError error, const QString &backendText, Audience audience);
};

} // namespace selfmx::text
