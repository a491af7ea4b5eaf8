// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// Built messages end to end: through the real Postfix into its Maildir, then read by an
// independent parser (Python's email package) and compared with what went in.
#include "mimecheck.h"
#include "postfix.h"
#include "printers.h"
#include "sessionrunner.h"

#include "mime/message.h"
#include "mime/smtpcontent.h"
#include "smtp/session.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUuid>

#include <gtest/gtest.h>

using namespace selfmx;

namespace {

class MimePostfix : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(test::PostfixInstance::get().isAvailable()) << test::PostfixInstance::get().whyUnavailable().toStdString();
    }
};

} // namespace

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

TEST_F(MimePostfix, ComplexMessageArrivesAndParsesToTheSameContent)
{
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    mime::Message m;
    m.from = {QStringLiteral("Doe, Jane"), QStringLiteral("jane@selfmx.test")};
    m.to = {{QString::fromUtf8("Ünïcode Name"), QStringLiteral("u@example.org")}};
    m.bcc = {{QString(), QStringLiteral("hidden@example.org")}};
    m.subject = QString::fromUtf8("Grüße 🎉 ") + token;
    m.text = QString::fromUtf8(".starts with a dot\nGrüße\n") + QString(2000, u'z') + u'\n';
    m.html = QStringLiteral("<p>logo: <img src=\"cid:logo\"></p>");
    m.headers = {{QStringLiteral("X-Selfmx-Test"), token}};
    QByteArray binary(64 * 1024, Qt::Uninitialized);
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 7919) & 0xff);
    const QByteArray png(500, 'p');
    m.attachments = {{QString::fromUtf8("Bestätigung.bin"), QStringLiteral("application/octet-stream"), {}, binary, {}},
                     {QStringLiteral("logo.png"), QStringLiteral("image/png"), QStringLiteral("logo"), png, {}}};

    smtp::SmtpSession session(test::PostfixInstance::get().settings("POSTFIX_SUBMISSION_PORT"));
    smtp::SendJob *job = session.send(mime::envelopeFor(m), mime::contentFactory(m));
    session.quit();
    ASSERT_TRUE(test::runToEnd(session, 30000, false).finished);
    ASSERT_TRUE(job->succeeded()) << job->error().toString().toStdString();
    EXPECT_EQ(job->recipientResults().size(), 2); // To and Bcc on the envelope
    // A 2000-character line cannot go as 8bit even though Postfix offers 8BITMIME:
    // quoted-printable, and so no BODY=8BITMIME either.
    EXPECT_FALSE(session.transcript().toString().contains(QStringLiteral("BODY=8BITMIME")));

    // Two copies arrive (To and Bcc) in the catch-all Maildir; either will do.
    const QByteArray stored = test::PostfixInstance::get().waitForMessage("X-Selfmx-Test: " + token.toUtf8());
    ASSERT_FALSE(stored.isEmpty());
    QString error;
    const QJsonObject parsed = test::parseWithPython(stored, &error);
    ASSERT_FALSE(parsed.isEmpty()) << error.toStdString();
    EXPECT_TRUE(parsed[QStringLiteral("defects")].toArray().isEmpty());
    EXPECT_EQ(parsed[QStringLiteral("subject")].toString(), m.subject);
    EXPECT_EQ(parsed[QStringLiteral("from")].toArray()[0][QStringLiteral("name")].toString(), QStringLiteral("Doe, Jane"));
    EXPECT_EQ(parsed[QStringLiteral("to")].toArray()[0][QStringLiteral("name")].toString(), QString::fromUtf8("Ünïcode Name"));
    EXPECT_FALSE(parsed[QStringLiteral("has_bcc")].toBool());
    QString text = parsed[QStringLiteral("text")].toString();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    EXPECT_EQ(text, m.text);
    EXPECT_EQ(parsed[QStringLiteral("text_cte")].toString(), QStringLiteral("quoted-printable"));
    EXPECT_EQ(parsed[QStringLiteral("html")].toString().trimmed(), m.html);
    const QJsonArray attachments = parsed[QStringLiteral("attachments")].toArray();
    ASSERT_EQ(attachments.size(), 2);
    EXPECT_EQ(attachments[0][QStringLiteral("content_id")].toString(), QStringLiteral("<logo>"));
    EXPECT_EQ(attachments[0][QStringLiteral("sha256")].toString(), sha256(png));
    EXPECT_EQ(attachments[1][QStringLiteral("filename")].toString(), QString::fromUtf8("Bestätigung.bin"));
    EXPECT_EQ(attachments[1][QStringLiteral("sha256")].toString(), sha256(binary));
}

struct InjectionCase {
    const char *name;
    std::function<void(mime::Message &)> apply;
};

class MimePostfixInjection : public MimePostfix, public ::testing::WithParamInterface<InjectionCase>
{
};

// Header injection is refused before a single command: no MAIL FROM reaches the server.
TEST_P(MimePostfixInjection, NothingIsSent)
{
    mime::Message m;
    m.from = {QString(), QStringLiteral("sender@selfmx.test")};
    m.to = {{QString(), QStringLiteral("victim@example.org")}};
    m.subject = QStringLiteral("hello");
    m.text = QStringLiteral("body");
    GetParam().apply(m);
    smtp::SmtpSession session(test::PostfixInstance::get().settings("POSTFIX_SUBMISSION_PORT"));
    smtp::SendJob *job = session.send(mime::envelopeFor(m), mime::contentFactory(m));
    session.quit();
    ASSERT_TRUE(test::runToEnd(session, 20000, false).finished);
    EXPECT_FALSE(job->succeeded());
    EXPECT_EQ(job->error().category, smtp::ErrorCategory::Config);
    EXPECT_TRUE(job->error().message.contains(QStringLiteral("line_break"))) << job->error().toString().toStdString();
    EXPECT_FALSE(session.transcript().toString().contains(QStringLiteral("MAIL FROM")));
    EXPECT_FALSE(session.error().isError()) << "the session itself stays usable";
}

INSTANTIATE_TEST_SUITE_P(
    Table, MimePostfixInjection,
    ::testing::Values(InjectionCase{"subject", [](mime::Message &m) { m.subject = QStringLiteral("x\r\nBcc: evil@example.org"); }},
                      InjectionCase{"displayName",
                                    [](mime::Message &m) { m.to[0].displayName = QStringLiteral("Eve\r\nBcc: evil@example.org"); }},
                      InjectionCase{"customHeader",
                                    [](mime::Message &m) {
                                        m.headers = {{QStringLiteral("X-A"), QStringLiteral("1\r\nBcc: evil@example.org")}};
                                    }}),
    [](const auto &p) { return std::string(p.param.name); });

TEST_F(MimePostfix, ShortUtf8TextGoesAs8bitWithBody8BitMime)
{
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    mime::Message m;
    m.from = {QString(), QStringLiteral("sender@selfmx.test")};
    m.to = {{QString(), QStringLiteral("eight@example.org")}};
    m.subject = QStringLiteral("8bit");
    m.text = QString::fromUtf8("Grüße aus Köln\n");
    m.headers = {{QStringLiteral("X-Selfmx-Test"), token}};
    smtp::SmtpSession session(test::PostfixInstance::get().settings("POSTFIX_SUBMISSION_PORT"));
    smtp::SendJob *job = session.send(mime::envelopeFor(m), mime::contentFactory(m));
    session.quit();
    ASSERT_TRUE(test::runToEnd(session, 20000, false).finished);
    ASSERT_TRUE(job->succeeded()) << job->error().toString().toStdString();
    EXPECT_TRUE(session.transcript().toString().contains(QStringLiteral("BODY=8BITMIME")));
    QString error;
    const QJsonObject parsed = test::parseWithPython(test::PostfixInstance::get().waitForMessage(token.toUtf8()), &error);
    EXPECT_EQ(parsed[QStringLiteral("text_cte")].toString(), QStringLiteral("8bit"));
    EXPECT_EQ(parsed[QStringLiteral("text")].toString(), m.text);
}
