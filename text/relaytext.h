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
    // RelayServer::start()'s error: a code ("no_api_key", "host_not_ip", "in_use",
    // "address_in_use", "address_not_available", "permission_denied") or the system's words.
    // The command line's sentences carry no "error: "/"warning: ": its log adds the level.
    static QString cannotStart(const QString &error, const QString &host, quint16 port, qint64 lockHolder, Audience audience);
    // RelayServer::retry()/cancel()'s error ("not_found", "wrong_state" with the state).
    static QString cannotRetry(const QString &id, const QString &error, const QString &state, Audience audience);
    static QString cannotCancel(const QString &id, const QString &error, const QString &state, Audience audience);
    static QString retried(const QString &id);
    static QString canceled(const QString &id);
    // `relay status`: whether a relay delivers from the queue, and its counts.
    static QString running(qint64 pid);
    static QString notRunning();
    static QString queueFile(const QString &path);
    // Why `relay status|list|retry|cancel` cannot open the queue: Queue::open's error.
    static QString queueProblem(const QString &error);
    static QString stopping();
    static QString stopped();
};

} // namespace selfmx::text
