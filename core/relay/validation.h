// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "mime/message.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <variant>

namespace selfmx::relay {

// A refusal of a request, in Resend's vocabulary: `name` is Resend's error name
// ("validation_error", "missing_required_field", "invalid_attachment", "invalid_parameter"),
// `field` the JSON field at fault, `message` the wire text (API protocol, English, like an
// SMTP reply: it names the field so a developer can fix the call).
struct ApiError {
    int statusCode = 422;
    QString name;
    QString field;
    QString message;
    static ApiError missing(const QString &field);
    static ApiError invalid(const QString &field, const QString &message, const QString &name = QStringLiteral("validation_error"));
};

// A send request that passed validation: the message to build, and what is stored with it.
struct EmailRequest {
    mime::Message message;
    std::optional<QDateTime> scheduledAt; // UTC
    QJsonValue tags;
    QJsonValue metadata;
};

// Either a value or the first problem found, naming its field.
template<typename T>
using Validated = std::variant<T, ApiError>;

// The send body (../shared/reference/relay-api.md "Send body"). Unknown top-level fields
// are ignored, as Resend does. `now` decides whether scheduled_at lies in the past.
Validated<EmailRequest> parseEmailRequest(const QJsonObject &body, const QDateTime &now = QDateTime::currentDateTimeUtc());

// RFC 3339 date-time ("2026-11-28T21:00:00Z", "…+01:00", fractions allowed), or Resend's
// natural form "in N minutes|hours|days". nullopt: neither.
std::optional<QDateTime> parseScheduledAt(const QString &text, const QDateTime &now);

// The API's form of a time: UTC with milliseconds, "2026-11-28T21:00:00.000Z" (what
// QDateTime::toString(Qt::ISODateWithMs) gives for UTC, written without it: the relay writes
// one per accepted message, and Qt's general formatter was 1 % of its Qt thread's time).
QString formatRfc3339(const QDateTime &time);

// A string or an array of strings, each an address list: the mailboxes, or the error.
Validated<QList<mime::Mailbox>> parseAddressField(const QJsonValue &value, const QString &field);

// Header names are RFC 5322 field names; no CR or LF anywhere (header injection).
std::optional<ApiError> checkHeader(const QString &name, const QString &value);

// Idempotency-Key: 1..256 printable characters.
bool isValidIdempotencyKey(const QByteArray &key);

// Compares in time independent of where the first difference is (RFC 6750 bearer keys).
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace selfmx::relay
