// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "validation.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <cstdio>

namespace selfmx::relay {

namespace {

constexpr int kMaxTo = 50;               // Resend's limit on `to`
constexpr qint64 kPastGraceSeconds = 60; // clocks differ a little; earlier than this is refused

bool hasLineBreak(const QString &text)
{
    return text.contains(u'\r') || text.contains(u'\n');
}

// An attachment's `content`: a base64 string, an array of byte values (0-255), or a Node
// Buffer as JSON.stringify writes it ({"type":"Buffer","data":[...]}, what Resend's SDK
// sends when given a Buffer). Nothing else.
std::optional<QByteArray> attachmentContent(const QJsonValue &content)
{
    if (content.isString()) {
        auto decoded = QByteArray::fromBase64Encoding(content.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        return *decoded;
    }
    QJsonArray bytes;
    if (content.isArray()) {
        bytes = content.toArray();
    } else if (content.isObject()) {
        const QJsonObject buffer = content.toObject();
        if (buffer.value(QStringLiteral("type")).toString() != u"Buffer" || !buffer.value(QStringLiteral("data")).isArray())
            return std::nullopt;
        bytes = buffer.value(QStringLiteral("data")).toArray();
    } else {
        return std::nullopt;
    }
    QByteArray data;
    data.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const QJsonValue value = bytes.at(i);
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number > 255 || number != double(int(number)))
            return std::nullopt;
        data.append(char(int(number)));
    }
    return data;
}

// The API's own words for core/mime's problems (API protocol: English, for the developer
// who wrote the call, like an SMTP reply). The front ends word the same codes with tr().
QString wireText(const mime::AddressError &error)
{
    using mime::AddressProblem;
    const QString address = u'"' + error.address.simplified() + u'"';
    switch (error.problem) {
    case AddressProblem::None: return {};
    case AddressProblem::Empty: return QStringLiteral("An address is empty.");
    case AddressProblem::LineBreak: return address + QStringLiteral(" contains a line break (header injection is refused).");
    case AddressProblem::NotNameAtDomain: return address + QStringLiteral(" is not of the form name@domain.");
    case AddressProblem::LocalPartTooLong:
        return address + QStringLiteral(" has a local part longer than 64 octets (RFC 5321 §4.5.3.1.1).");
    case AddressProblem::TooLong: return address + QStringLiteral(" is longer than 254 octets.");
    case AddressProblem::BadQuotedLocalPart: return address + QStringLiteral(" has an invalid quoted local part.");
    case AddressProblem::MisplacedDot: return address + QStringLiteral(" has a misplaced dot in the local part.");
    case AddressProblem::NeedsQuoting:
        return address + QStringLiteral(" has the character '%1' in the local part, which needs quoting.").arg(error.detail);
    case AddressProblem::BadInternationalDomain:
        return address + QStringLiteral(" has a domain that is not a valid (internationalised) host name.");
    case AddressProblem::BadHostName: return address + QStringLiteral(" has a domain that is not a valid host name.");
    case AddressProblem::TextAfterAngle: return address + QStringLiteral(" has text after the closing '>'.");
    case AddressProblem::UnterminatedDisplayName: return address + QStringLiteral(" has an unterminated quoted display name.");
    case AddressProblem::UnterminatedQuote: return address + QStringLiteral(" has an unterminated quote.");
    }
    return error.code();
}

QString wireText(const mime::BuildIssue &issue)
{
    using mime::BuildProblem;
    const QString name = u'"' + issue.name.simplified() + u'"';
    switch (issue.problem) {
    case BuildProblem::BadAddress: return wireText(issue.address);
    case BuildProblem::DisplayNameLineBreak:
        return QStringLiteral("The display name \"%1\" contains a line break (header injection is refused).").arg(issue.value.simplified());
    case BuildProblem::SenderMissing: return QStringLiteral("A sender address is required.");
    case BuildProblem::RecipientMissing: return QStringLiteral("At least one recipient is required (to, cc or bcc).");
    case BuildProblem::LineBreak: return QStringLiteral("Line breaks are not allowed.");
    case BuildProblem::BadHeaderName: return QStringLiteral("The header name %1 is not a valid field name.").arg(name);
    case BuildProblem::ReservedHeader:
        return QStringLiteral("The header %1 is set from the message itself; use the matching field instead.").arg(name);
    case BuildProblem::BadContentType:
        return QStringLiteral("The content type \"%1\" of %2 is not of the form type/subtype.").arg(issue.value, name);
    case BuildProblem::BadContentId:
        return QStringLiteral("The content id \"%1\" of %2 is not valid: use ASCII letters, digits and . - _ @ (RFC 2392).")
            .arg(issue.value, name);
    case BuildProblem::NotRegularFile: return QStringLiteral("%1 is not a regular file.").arg(issue.value);
    case BuildProblem::UnreadableFile: return QStringLiteral("Cannot read %1: %2").arg(issue.value, issue.detail);
    case BuildProblem::ChangedSize: return QStringLiteral("%1 changed size while it was being sent.").arg(issue.value);
    }
    return issue.code();
}

// The JSON field a message field came from.
QString wireField(const mime::BuildIssue &issue)
{
    if (issue.field == u"header")
        return QStringLiteral("headers");
    if (issue.field == u"attachment")
        return QStringLiteral("attachments");
    return issue.field;
}

} // namespace

ApiError ApiError::missing(const QString &field)
{
    return {422, QStringLiteral("missing_required_field"), field, QStringLiteral("The `%1` field is missing.").arg(field)};
}

ApiError ApiError::invalid(const QString &field, const QString &message, const QString &name)
{
    return {422, name, field, QStringLiteral("Invalid `%1` field. %2").arg(field, message)};
}

Validated<QList<mime::Mailbox>> parseAddressField(const QJsonValue &value, const QString &field)
{
    QStringList items;
    if (value.isString()) {
        items.append(value.toString());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue item : array) {
            if (!item.isString())
                return ApiError::invalid(field, QStringLiteral("Each address must be a string."));
            items.append(item.toString());
        }
    } else {
        return ApiError::invalid(field, QStringLiteral("Give a string or an array of strings."));
    }
    QList<mime::Mailbox> mailboxes;
    for (const QString &item : std::as_const(items)) {
        if (hasLineBreak(item))
            return ApiError::invalid(field, QStringLiteral("Line breaks are not allowed."));
        const mime::AddressList list = mime::parseAddressList(item);
        if (!list.ok())
            return ApiError::invalid(field, wireText(list.error));
        mailboxes += list.mailboxes;
    }
    return mailboxes;
}

std::optional<ApiError> checkHeader(const QString &name, const QString &value)
{
    const QString field = QStringLiteral("headers");
    if (name.isEmpty())
        return ApiError::invalid(field, QStringLiteral("A header name is empty."));
    for (const QChar c : name) {
        // RFC 5322 §3.6.8: printable US-ASCII except the colon.
        if (c.unicode() < 33 || c.unicode() > 126 || c == u':')
            return ApiError::invalid(field, QStringLiteral("The header name \"%1\" is not a valid field name.").arg(name.simplified()));
    }
    if (hasLineBreak(value))
        return ApiError::invalid(field, QStringLiteral("The value of header \"%1\" contains a line break.").arg(name));
    return std::nullopt;
}

QString formatRfc3339(const QDateTime &time)
{
    const QDateTime utc = time.timeSpec() == Qt::UTC ? time : time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs); // Qt's own form for what four digits cannot hold
    char text[25];                              // 24 characters and the terminating zero
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(), date.month(), date.day(), clock.hour(),
                  clock.minute(), clock.second(), clock.msec());
    return QString::fromLatin1(text, 24);
}

std::optional<QDateTime> parseScheduledAt(const QString &text, const QDateTime &now)
{
    static const QRegularExpression rfc3339(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$)"));
    const QRegularExpressionMatch m = rfc3339.match(text.trimmed());
    if (m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const int second = m.captured(6).toInt();
        const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), second == 60 ? 59 : second,
                         m.captured(7).isEmpty() ? 0 : m.captured(7).left(3).leftJustified(3, u'0').toInt());
        if (!date.isValid() || !time.isValid())
            return std::nullopt;
        int offset = 0;
        if (m.captured(8).isEmpty()) {
            const int hours = m.captured(10).toInt();
            const int minutes = m.captured(11).toInt();
            if (hours > 23 || minutes > 59)
                return std::nullopt;
            offset = (hours * 3600 + minutes * 60) * (m.captured(9) == u"-" ? -1 : 1);
        }
        return QDateTime(date, time, Qt::OffsetFromUTC, offset).toUTC();
    }
    // Resend's natural language, the common form: "in 10 minutes", "in 1 hour", "in 2 days".
    static const QRegularExpression natural(QStringLiteral(R"(^in\s+(\d{1,6})\s+(minute|minutes|min|mins|hour|hours|day|days)$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch n = natural.match(text.trimmed());
    if (n.hasMatch()) {
        const qint64 count = n.captured(1).toLongLong();
        const QString unit = n.captured(2).toLower();
        const qint64 seconds = unit.startsWith(u'm') ? 60 : unit.startsWith(u'h') ? 3600 : 86400;
        return now.toUTC().addSecs(count * seconds);
    }
    return std::nullopt;
}

bool isValidIdempotencyKey(const QByteArray &key)
{
    if (key.isEmpty() || key.size() > 256)
        return false;
    for (const char c : key) {
        if (c < 0x20 || c > 0x7e)
            return false;
    }
    return true;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // The length of the configured key is not a secret worth hiding; its bytes are.
    unsigned char difference = a.size() == b.size() ? 0 : 1;
    const qsizetype n = qMin(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

Validated<EmailRequest> parseEmailRequest(const QJsonObject &body, const QDateTime &now)
{
    EmailRequest request;
    mime::Message &message = request.message;

    for (const char *required : {"from", "to", "subject"}) {
        const QString field = QString::fromLatin1(required);
        if (!body.contains(field) || body.value(field).isNull())
            return ApiError::missing(field);
    }
    const QJsonValue fromValue = body.value(QStringLiteral("from"));
    if (!fromValue.isString())
        return ApiError::invalid(QStringLiteral("from"), QStringLiteral("Give one address as a string."));
    auto from = parseAddressField(fromValue, QStringLiteral("from"));
    if (auto *error = std::get_if<ApiError>(&from))
        return *error;
    const auto &senders = std::get<QList<mime::Mailbox>>(from);
    if (senders.size() != 1)
        return ApiError::invalid(QStringLiteral("from"), QStringLiteral("Give exactly one sender."));
    message.from = senders.first();

    const std::pair<const char *, QList<mime::Mailbox> *> lists[] = {
        {"to", &message.to}, {"cc", &message.cc}, {"bcc", &message.bcc}, {"reply_to", &message.replyTo}};
    for (const auto &[name, target] : lists) {
        const QString field = QString::fromLatin1(name);
        const QJsonValue value = body.value(field);
        if (value.isUndefined() || value.isNull())
            continue;
        auto parsed = parseAddressField(value, field);
        if (auto *error = std::get_if<ApiError>(&parsed))
            return *error;
        *target = std::get<QList<mime::Mailbox>>(parsed);
    }
    if (message.to.isEmpty())
        return ApiError::missing(QStringLiteral("to"));
    if (message.to.size() > kMaxTo)
        return ApiError::invalid(QStringLiteral("to"), QStringLiteral("At most %1 recipients are allowed.").arg(kMaxTo));

    const QJsonValue subject = body.value(QStringLiteral("subject"));
    if (!subject.isString())
        return ApiError::invalid(QStringLiteral("subject"), QStringLiteral("Give a string."));
    if (hasLineBreak(subject.toString()))
        return ApiError::invalid(QStringLiteral("subject"), QStringLiteral("Line breaks are not allowed."));
    message.subject = subject.toString();

    for (const char *name : {"html", "text"}) {
        const QString field = QString::fromLatin1(name);
        const QJsonValue value = body.value(field);
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isString())
            return ApiError::invalid(field, QStringLiteral("Give a string."));
        (field == u"html" ? message.html : message.text) = value.toString();
    }
    if (message.html.isEmpty() && message.text.isEmpty())
        return ApiError::missing(QStringLiteral("html` or `text"));

    const QJsonValue headers = body.value(QStringLiteral("headers"));
    if (!headers.isUndefined() && !headers.isNull()) {
        if (!headers.isObject())
            return ApiError::invalid(QStringLiteral("headers"), QStringLiteral("Give an object of header names to values."));
        const QJsonObject object = headers.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString())
                return ApiError::invalid(QStringLiteral("headers"),
                                         QStringLiteral("The value of header \"%1\" must be a string.").arg(it.key()));
            if (auto problem = checkHeader(it.key(), it.value().toString()))
                return *problem;
            message.headers.append({it.key(), it.value().toString()});
        }
    }

    const QJsonValue attachments = body.value(QStringLiteral("attachments"));
    if (!attachments.isUndefined() && !attachments.isNull()) {
        if (!attachments.isArray())
            return ApiError::invalid(QStringLiteral("attachments"), QStringLiteral("Give an array."), QStringLiteral("invalid_attachment"));
        const QJsonArray array = attachments.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString field = QStringLiteral("attachments[%1]").arg(i);
            const QJsonObject item = array.at(i).toObject();
            if (item.contains(QStringLiteral("path")))
                return ApiError::invalid(field + QStringLiteral(".path"),
                                         QStringLiteral("The relay does not fetch attachments from URLs; send `content` as base64."),
                                         QStringLiteral("invalid_attachment"));
            const std::optional<QByteArray> decoded = attachmentContent(item.value(QStringLiteral("content")));
            if (!decoded)
                return ApiError::invalid(field + QStringLiteral(".content"),
                                         QStringLiteral("Give the file as a base64 string, an array of bytes or a Node Buffer."),
                                         QStringLiteral("invalid_attachment"));
            mime::Attachment attachment;
            attachment.filename = item.value(QStringLiteral("filename")).toString();
            attachment.contentType = item.value(QStringLiteral("content_type")).toString();
            // SelfMX's `content_id`; Resend's SDK (4.x) sends `inline_content_id`.
            attachment.contentId = item.value(QStringLiteral("content_id")).toString();
            if (attachment.contentId.isEmpty())
                attachment.contentId = item.value(QStringLiteral("inline_content_id")).toString();
            attachment.data = *decoded;
            for (const QString &text : {attachment.filename, attachment.contentType, attachment.contentId}) {
                if (hasLineBreak(text))
                    return ApiError::invalid(field, QStringLiteral("Line breaks are not allowed."), QStringLiteral("invalid_attachment"));
            }
            if (attachment.filename.isEmpty())
                return ApiError::invalid(field + QStringLiteral(".filename"), QStringLiteral("Give a file name."),
                                         QStringLiteral("invalid_attachment"));
            message.attachments.append(attachment);
        }
    }

    const QJsonValue scheduled = body.value(QStringLiteral("scheduled_at"));
    if (!scheduled.isUndefined() && !scheduled.isNull()) {
        const std::optional<QDateTime> when = scheduled.isString() ? parseScheduledAt(scheduled.toString(), now) : std::nullopt;
        if (!when)
            return ApiError::invalid(QStringLiteral("scheduled_at"),
                                     QStringLiteral("Give an RFC 3339 date-time such as 2026-11-28T21:00:00Z, or \"in 10 minutes\"."),
                                     QStringLiteral("invalid_parameter"));
        if (*when < now.addSecs(-kPastGraceSeconds))
            return ApiError::invalid(QStringLiteral("scheduled_at"), QStringLiteral("The time lies in the past."),
                                     QStringLiteral("invalid_parameter"));
        request.scheduledAt = *when;
    }
    request.tags = body.value(QStringLiteral("tags"));
    request.metadata = body.value(QStringLiteral("metadata"));

    const QList<mime::BuildIssue> issues = mime::MessageBuilder::validate(message);
    if (!issues.isEmpty())
        return ApiError::invalid(wireField(issues.first()), wireText(issues.first()));
    return request;
}

} // namespace selfmx::relay
