// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "audience.h"

#include <QCoreApplication>
#include <QString>

namespace selfmx::text {

// The relay's sentences for people (the headless command's log and the window's panel).
// The HTTP API's own error messages are protocol, written by core/relay, like SMTP replies.
class RelayText
{
    Q_DECLARE_TR_FUNCTIONS(RelayText)
public:
    static QString listening(const QString &host, quint16 port);
    static QString nonLoopbackWarning(const QString &host, Audience audience);
    static QString keyCreated(const QString &profileName);
    static QString noKey(Audience audience);
    static QString cannotStart(const QString &detail);
    static QString stopping();
    static QString stopped();
};

} // namespace selfmx::text
