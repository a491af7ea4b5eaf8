// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "message.h"

#include "encoding.h"

#include <QRandomGenerator>
#include <QTimeZone>
#include <QUrl>

namespace selfmx::mime {

QByteArray formatDate(const QDateTime &dateTime)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate date = dateTime.date();
    const QTime time = dateTime.time();
    const int offsetMinutes = dateTime.offsetFromUtc() / 60;
    const int absOffset = std::abs(offsetMinutes);
    // Locale-independent on purpose: RFC 5322 names are English.
    return QByteArray(days[date.dayOfWeek() - 1]) + ", " + QByteArray::number(date.day()) + ' '
           + months[date.month() - 1] + ' ' + QByteArray::number(date.year()) + ' '
           + QByteArray::number(time.hour()).rightJustified(2, '0') + ':'
           + QByteArray::number(time.minute()).rightJustified(2, '0') + ':'
           + QByteArray::number(time.second()).rightJustified(2, '0') + ' ' + (offsetMinutes < 0 ? '-' : '+')
           + QByteArray::number(absOffset / 60).rightJustified(2, '0')
           + QByteArray::number(absOffset % 60).rightJustified(2, '0');
}

QByteArray makeMessageId(const QString &senderAddress)
{
    QString domain = senderAddress.section(u'@', -1);
    if (domain.isEmpty() || domain == senderAddress)
        domain = QStringLiteral("selfmx-console.invalid");
    QByteArray random(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    return '<' + random.toHex() + '@' + QUrl::toAce(domain) + '>';
}

QByteArray buildPlainMessage(const PlainMessage &message)
{
    QByteArray out;
    out += "Date: " + formatDate(message.date) + "\r\n";
    out += "From: " + message.from.toUtf8() + "\r\n";
    out += "To: " + message.to.join(QStringLiteral(", ")).toUtf8() + "\r\n";
    out += "Subject: " + encodeHeaderText(message.subject, 7) + "\r\n";
    out += "Message-ID: " + makeMessageId(message.from) + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: quoted-printable\r\n";
    out += "\r\n";
    out += quotedPrintable(message.text.toUtf8());
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

} // namespace selfmx::mime
