// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// The relay's request validation, row by row: every refusal names its field.
#include "relay/validation.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace selfmx::relay;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 28), QTime(21, 0, 0), Qt::UTC);

QJsonObject base()
{
    return QJsonObject{{QStringLiteral("from"), QStringLiteral("Acme <hi@acme.test>")},
                       {QStringLiteral("to"), QStringLiteral("bob@example.test")},
                       {QStringLiteral("subject"), QStringLiteral("Hello")},
                       {QStringLiteral("text"), QStringLiteral("Hi")}};
}

struct RefusalCase {
    const char *label;
    const char *patch; // JSON merged over base(); a null value removes the field
    const char *name;  // Resend's error name
    const char *field; // the field the message must name
};

class Refusals : public ::testing::TestWithParam<RefusalCase>
{
};

TEST_P(Refusals, NameTheField)
{
    const RefusalCase &c = GetParam();
    QJsonObject body = base();
    const QJsonObject patch = QJsonDocument::fromJson(QByteArray(c.patch)).object();
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isNull())
            body.remove(it.key());
        else
            body.insert(it.key(), it.value());
    }
    const auto result = parseEmailRequest(body, kNow);
    const auto *error = std::get_if<ApiError>(&result);
    ASSERT_NE(error, nullptr) << c.label;
    EXPECT_EQ(error->name, QString::fromLatin1(c.name)) << c.label << ": " << error->message.toStdString();
    EXPECT_EQ(error->statusCode, 422);
    EXPECT_TRUE(error->message.contains(QString::fromLatin1(c.field))) << c.label << ": " << error->message.toStdString();
}

QByteArray fiftyOne()
{
    QJsonArray to;
    for (int i = 0; i < 51; ++i)
        to.append(QStringLiteral("r%1@example.test").arg(i));
    return QJsonDocument(QJsonObject{{QStringLiteral("to"), to}}).toJson(QJsonDocument::Compact);
}

const QByteArray kFiftyOne = fiftyOne();

INSTANTIATE_TEST_SUITE_P(
    Relay, Refusals,
    ::testing::Values(RefusalCase{"no from", R"({"from":null})", "missing_required_field", "from"},
                      RefusalCase{"no to", R"({"to":null})", "missing_required_field", "to"},
                      RefusalCase{"no subject", R"({"subject":null})", "missing_required_field", "subject"},
                      RefusalCase{"no body", R"({"text":null})", "missing_required_field", "html"},
                      RefusalCase{"bad from", R"({"from":"not an address"})", "validation_error", "from"},
                      RefusalCase{"two senders", R"({"from":"a@x.test, b@x.test"})", "validation_error", "from"},
                      RefusalCase{"bad to", R"({"to":["ok@x.test","@nope"]})", "validation_error", "to"},
                      RefusalCase{"to not string", R"({"to":[1]})", "validation_error", "to"},
                      RefusalCase{"bad cc", R"({"cc":"x@"})", "validation_error", "cc"},
                      RefusalCase{"bad bcc", R"({"bcc":"a b c"})", "validation_error", "bcc"},
                      RefusalCase{"bad reply_to", R"({"reply_to":"@@"})", "validation_error", "reply_to"},
                      RefusalCase{"crlf subject", R"({"subject":"a\r\nBcc: x@y.test"})", "validation_error", "subject"},
                      RefusalCase{"crlf header value", R"({"headers":{"X-A":"1\r\nBcc: x@y.test"}})", "validation_error", "headers"},
                      RefusalCase{"crlf header name", R"({"headers":{"X-A\r\nBcc":"1"}})", "validation_error", "headers"},
                      RefusalCase{"colon header name", R"({"headers":{"X:A":"1"}})", "validation_error", "headers"},
                      RefusalCase{"header not string", R"({"headers":{"X-A":1}})", "validation_error", "headers"},
                      RefusalCase{"path attachment", R"({"attachments":[{"filename":"a.pdf","path":"https://x.test/a.pdf"}]})",
                                  "invalid_attachment", "attachments[0].path"},
                      RefusalCase{"bad base64", R"({"attachments":[{"filename":"a.txt","content":"!!!"}]})", "invalid_attachment",
                                  "attachments[0].content"},
                      RefusalCase{"no filename", R"({"attachments":[{"content":"aGk="}]})", "invalid_attachment",
                                  "attachments[0].filename"},
                      RefusalCase{"bad scheduled_at", R"({"scheduled_at":"tomorrow-ish"})", "invalid_parameter", "scheduled_at"},
                      RefusalCase{"past scheduled_at", R"({"scheduled_at":"2026-11-28T20:00:00Z"})", "invalid_parameter", "scheduled_at"},
                      RefusalCase{"html not string", R"({"html":{}})", "validation_error", "html"}));

TEST(RelayValidation, FiftyOneRecipientsAreRefused)
{
    QJsonObject body = base();
    body.insert(QStringLiteral("to"), QJsonDocument::fromJson(kFiftyOne).object().value(QStringLiteral("to")));
    const auto result = parseEmailRequest(body, kNow);
    const auto *error = std::get_if<ApiError>(&result);
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->message.contains(QStringLiteral("`to`")));
    body.insert(QStringLiteral("to"), QJsonArray::fromStringList(QStringList(50, QStringLiteral("r@example.test"))));
    EXPECT_TRUE(std::holds_alternative<EmailRequest>(parseEmailRequest(body, kNow)));
}

// The API's English is built from core/mime's codes; it names the field and the address.
TEST(RelayValidation, AddressProblemsInTheApisWords)
{
    QJsonObject body = base();
    body.insert(QStringLiteral("cc"), QStringLiteral("ok@example.test, Jane <jane..doe@example.test>"));
    const auto result = parseEmailRequest(body, kNow);
    const auto *error = std::get_if<ApiError>(&result);
    ASSERT_NE(error, nullptr);
    EXPECT_EQ(error->name, QStringLiteral("validation_error"));
    EXPECT_EQ(error->field, QStringLiteral("cc"));
    EXPECT_EQ(error->message,
              QStringLiteral("Invalid `cc` field. \"Jane <jane..doe@example.test>\" has a misplaced dot in the local part."));
    body = base();
    body.insert(QStringLiteral("to"), QStringLiteral("bob@bad_host.test"));
    const auto second = parseEmailRequest(body, kNow);
    ASSERT_NE(std::get_if<ApiError>(&second), nullptr);
    EXPECT_EQ(std::get<ApiError>(second).message,
              QStringLiteral("Invalid `to` field. \"bob@bad_host.test\" has a domain that is not a valid host name."));
}

TEST(RelayValidation, AcceptsTheFullForm)
{
    QJsonObject body = base();
    body.insert(QStringLiteral("to"), QJsonArray{QStringLiteral("a@x.test"), QStringLiteral("B <b@x.test>")});
    body.insert(QStringLiteral("cc"), QStringLiteral("c@x.test"));
    body.insert(QStringLiteral("bcc"), QJsonArray{QStringLiteral("d@x.test")});
    body.insert(QStringLiteral("html"), QStringLiteral("<p>Hi <img src=\"cid:logo\"></p>"));
    body.insert(QStringLiteral("headers"), QJsonObject{{QStringLiteral("X-Entity-Ref"), QStringLiteral("42")}});
    body.insert(QStringLiteral("attachments"), QJsonArray{QJsonObject{{QStringLiteral("filename"), QStringLiteral("logo.png")},
                                                                      {QStringLiteral("content"), QStringLiteral("aGVsbG8=")},
                                                                      {QStringLiteral("content_id"), QStringLiteral("logo")}}});
    body.insert(QStringLiteral("tags"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("k")}}});
    body.insert(QStringLiteral("unknown_field"), 1);
    body.insert(QStringLiteral("scheduled_at"), QStringLiteral("2026-11-28T22:00:00+01:00"));
    const auto result = parseEmailRequest(body, kNow);
    ASSERT_TRUE(std::holds_alternative<EmailRequest>(result)) << std::get<ApiError>(result).message.toStdString();
    const EmailRequest &r = std::get<EmailRequest>(result);
    EXPECT_EQ(r.message.from.address, QStringLiteral("hi@acme.test"));
    EXPECT_EQ(r.message.from.displayName, QStringLiteral("Acme"));
    EXPECT_EQ(r.message.to.size(), 2);
    EXPECT_EQ(r.message.bcc.size(), 1);
    ASSERT_EQ(r.message.attachments.size(), 1);
    EXPECT_EQ(r.message.attachments.first().data, QByteArray("hello"));
    EXPECT_EQ(r.message.attachments.first().contentId, QStringLiteral("logo"));
    ASSERT_TRUE(r.scheduledAt.has_value());
    EXPECT_EQ(*r.scheduledAt, kNow); // 22:00 +01:00 is 21:00 UTC
}

struct TimeCase {
    const char *text;
    qint64 secondsFromNow; // -1: refused
};

class ScheduledAt : public ::testing::TestWithParam<TimeCase>
{
};

TEST_P(ScheduledAt, Parses)
{
    const TimeCase &c = GetParam();
    const std::optional<QDateTime> t = parseScheduledAt(QString::fromLatin1(c.text), kNow);
    if (c.secondsFromNow < 0) {
        EXPECT_FALSE(t.has_value()) << c.text;
        return;
    }
    ASSERT_TRUE(t.has_value()) << c.text;
    EXPECT_EQ(kNow.secsTo(*t), c.secondsFromNow) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Relay, ScheduledAt,
                         ::testing::Values(TimeCase{"2026-11-28T21:10:00Z", 600}, TimeCase{"2026-11-28t21:10:00z", 600},
                                           TimeCase{"2026-11-28T21:10:00.250Z", 600}, TimeCase{"2026-11-28T16:10:00-05:00", 600},
                                           TimeCase{"in 10 minutes", 600}, TimeCase{"in 1 hour", 3600}, TimeCase{"in 2 days", 172800},
                                           TimeCase{"2026-11-28 21:10:00Z", 600}, TimeCase{"2026-11-28T21:10:00", -1},
                                           TimeCase{"2026-13-28T21:10:00Z", -1}, TimeCase{"2026-11-28T21:10:00+25:00", -1},
                                           TimeCase{"next week", -1}, TimeCase{"", -1}));

TEST(RelayValidation, IdempotencyKeys)
{
    EXPECT_TRUE(isValidIdempotencyKey("order-42"));
    EXPECT_TRUE(isValidIdempotencyKey(QByteArray(256, 'k')));
    EXPECT_FALSE(isValidIdempotencyKey(QByteArray(257, 'k')));
    EXPECT_FALSE(isValidIdempotencyKey(""));
    EXPECT_FALSE(isValidIdempotencyKey("a\nb"));
}

TEST(RelayValidation, ConstantTimeEquals)
{
    EXPECT_TRUE(constantTimeEquals("abc", "abc"));
    EXPECT_FALSE(constantTimeEquals("abc", "abd"));
    EXPECT_FALSE(constantTimeEquals("abc", "abcd"));
    EXPECT_FALSE(constantTimeEquals("", "a"));
}

} // namespace

// formatRfc3339 writes what Qt's ISO formatter writes for UTC, from any time spec.
TEST(Rfc3339, IsWhatQtWritesForUtc)
{
    const QDateTime times[] = {
        kNow,
        QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC),
        QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2026, 11, 30), QTime(0, 30), Qt::OffsetFromUTC, 3600), // the 29th in UTC
        QDateTime::fromMSecsSinceEpoch(1764460800123, Qt::UTC),
    };
    for (const QDateTime &t : times)
        EXPECT_EQ(formatRfc3339(t), t.toUTC().toString(Qt::ISODateWithMs)) << t.toString(Qt::ISODateWithMs).toStdString();
    EXPECT_EQ(formatRfc3339(times[5]), QStringLiteral("2026-11-29T23:30:00.000Z"));
}
