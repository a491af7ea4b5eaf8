// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "smtp/settings.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace selfmx::test {

// The loopback Postfix that CTest's "postfix" fixture started (postfix-fixture.sh):
// its ports, CA and users, read from the file SELFMX_POSTFIX_ENV names.
class PostfixInstance
{
public:
    static const PostfixInstance &get();
    bool isAvailable() const { return !m_values.isEmpty(); }
    QString whyUnavailable() const { return m_problem; }

    QString value(const char *key) const { return m_values.value(QString::fromLatin1(key)); }
    quint16 port(const char *key) const { return quint16(value(key).toUInt()); }

    // Settings for a port, logged in as user 1 or 2, TLS verified against the run's CA.
    smtp::Settings settings(const char *portKey, int user = 1) const;
    QString maildir() const { return value("POSTFIX_MAILDIR"); }

    // Waits (at most timeoutMs, on directory-change signals, no polling) for a delivered
    // message that contains token; returns its bytes, or empty on timeout.
    QByteArray waitForMessage(const QByteArray &token, int timeoutMs = 15000) const;

private:
    QHash<QString, QString> m_values;
    QString m_problem;
};

} // namespace selfmx::test
