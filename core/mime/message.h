// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace selfmx::mime {

// A plain-text message as `selfmx-console send` composes it.
struct PlainMessage {
    QString from;        // bare address
    QStringList to;      // bare addresses
    QString subject;
    QString text;
    QDateTime date = QDateTime::currentDateTime();
};

// RFC 5322 bytes: Date, From, To, Subject (RFC 2047 when not ASCII), Message-ID,
// MIME-Version, a UTF-8 text/plain body in quoted-printable. Lines end in CRLF.
QByteArray buildPlainMessage(const PlainMessage &message);

// "<random@domain-of-sender>" (RFC 5322 §3.6.4), unique per call.
QByteArray makeMessageId(const QString &senderAddress);
// RFC 5322 §3.3 date-time with the local offset: "Wed, 25 Nov 2026 20:30:00 +0100".
QByteArray formatDate(const QDateTime &dateTime);

} // namespace selfmx::mime
