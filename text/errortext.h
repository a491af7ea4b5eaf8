// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "audience.h"

#include "smtp/error.h"

#include <QCoreApplication>
#include <QString>

namespace selfmx::text {

// Sentences about a session's errors (smtp::Error), from its stable code and parameters:
// what went wrong and what to change, naming settings the way the audience sees them
// (SMTP_PORT on the command line, the form's field in the window).
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    // "auth: the server rejected the user name or password (SMTP_USER / SMTP_PASS) The
    // server said: 535 5.7.8 … (the OS's words)": the stage, the sentence, the server's
    // own reply and the OS's or TLS library's words, each when there is one.
    static QString describe(const smtp::Error &error, Audience audience);
    // The sentence alone, without stage, reply or detail.
    static QString sentence(const smtp::Error &error, Audience audience);
    // A setting by its stable key ("SMTP_PORT"), as the audience knows it.
    static QString settingName(const QString &key, Audience audience);
};

} // namespace selfmx::text
