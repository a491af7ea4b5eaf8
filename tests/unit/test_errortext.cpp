// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "printers.h"
#include "text/errortext.h"

#include <gtest/gtest.h>

using namespace selfmx;
using smtp::Error;
using text::Audience;
using text::ErrorText;

namespace {

Error located(Error error)
{
    error.parameters.insert(QStringLiteral("host"), QStringLiteral("mx.example.test"));
    error.parameters.insert(QStringLiteral("port"), 587);
    return error;
}

} // namespace

TEST(ErrorText, StageSentenceServerWordsAndDetail)
{
    smtp::Reply reply;
    reply.code = 535;
    reply.enhanced = {5, 7, 8};
    reply.lines = {"Error: authentication failed"};
    const Error error = located(Error::fromReply(smtp::Stage::Auth, reply, QStringLiteral("auth.rejected"), QStringLiteral("dev")));
    EXPECT_EQ(ErrorText::describe(error, Audience::CommandLine),
              QStringLiteral("auth: the server rejected the user name or password (SMTP_USER / SMTP_PASS). "
                             "The server said: 535 5.7.8 Error: authentication failed"));
    EXPECT_EQ(ErrorText::sentence(error, Audience::Window),
              QStringLiteral("the server rejected the user name or password (User name / Password)"));
}

TEST(ErrorText, TheCommandLineNamesVariablesTheWindowNamesFields)
{
    const Error error = located(
        Error::make(smtp::Stage::Tls, smtp::ErrorCategory::TlsRequired, QStringLiteral("tls.starttls_not_offered"), QStringLiteral("dev")));
    const QString cli = ErrorText::describe(error, Audience::CommandLine);
    EXPECT_TRUE(cli.startsWith(QStringLiteral("tls: mx.example.test:587 does not offer STARTTLS"))) << cli.toStdString();
    EXPECT_TRUE(cli.contains(QStringLiteral("SMTP_PORT=465"))) << cli.toStdString();
    EXPECT_TRUE(cli.contains(QStringLiteral("SMTP_TLS_MODE=implicit"))) << cli.toStdString();
    const QString window = ErrorText::describe(error, Audience::Window);
    EXPECT_FALSE(window.contains(QStringLiteral("SMTP_"))) << window.toStdString();
    EXPECT_TRUE(window.contains(QStringLiteral("Port 465"))) << window.toStdString();
}

TEST(ErrorText, DetailIsTheOsWords)
{
    const Error error = located(Error::make(smtp::Stage::Connect, smtp::ErrorCategory::ConnectionRefused, QStringLiteral("connect.refused"),
                                            QStringLiteral("dev"), {}, QStringLiteral("Connection refused")));
    const QString cli = ErrorText::describe(error, Audience::CommandLine);
    EXPECT_TRUE(cli.startsWith(QStringLiteral("connect: mx.example.test:587 refused the connection"))) << cli.toStdString();
    EXPECT_TRUE(cli.endsWith(QStringLiteral(" (Connection refused)"))) << cli.toStdString();
}

TEST(ErrorText, ParametersFillTheSentence)
{
    const Error error = located(Error::make(smtp::Stage::Greeting, smtp::ErrorCategory::Timeout, QStringLiteral("greeting.timeout"),
                                            QStringLiteral("dev"), {{QStringLiteral("seconds"), 30}}));
    EXPECT_EQ(ErrorText::sentence(error, Audience::CommandLine),
              QStringLiteral("connected, but mx.example.test:587 sent no greeting within 30 s; if this port expects implicit TLS "
                             "(usually 465), set SMTP_TLS_MODE=implicit"));
}

TEST(ErrorText, AnUnknownCodeFallsBackToTheDevelopersWords)
{
    const Error error = Error::make(smtp::Stage::Data, smtp::ErrorCategory::Protocol, QStringLiteral("data.something_new"),
                                    QStringLiteral("something new happened"));
    EXPECT_EQ(ErrorText::describe(error, Audience::CommandLine), QStringLiteral("data: something new happened"));
}

// Every code the session and AuthExchange produce (core/smtp/error.cpp lists them) has its
// own sentence, and the window's never names an environment variable.
TEST(ErrorText, EveryCodeHasASentenceForBothAudiences)
{
    const QStringList codes = {QStringLiteral("resolve.host_missing"),
                               QStringLiteral("resolve.not_found"),
                               QStringLiteral("connect.refused"),
                               QStringLiteral("connect.timeout"),
                               QStringLiteral("connect.failed"),
                               QStringLiteral("greeting.timeout"),
                               QStringLiteral("greeting.rejected"),
                               QStringLiteral("greeting.not_220"),
                               QStringLiteral("ehlo.rejected"),
                               QStringLiteral("tls.ca_file_unreadable"),
                               QStringLiteral("tls.starttls_not_offered"),
                               QStringLiteral("tls.starttls_refused"),
                               QStringLiteral("tls.starttls_injection"),
                               QStringLiteral("tls.handshake_failed"),
                               QStringLiteral("tls.certificate_unverified"),
                               QStringLiteral("auth.plaintext_refused"),
                               QStringLiteral("auth.not_offered"),
                               QStringLiteral("auth.not_offered_without_tls"),
                               QStringLiteral("auth.no_common_mechanism"),
                               QStringLiteral("auth.forced_mechanism_not_offered"),
                               QStringLiteral("auth.rejected"),
                               QStringLiteral("auth.web_login_required"),
                               QStringLiteral("auth.tls_required"),
                               QStringLiteral("auth.encryption_required"),
                               QStringLiteral("auth.mechanism_unsupported"),
                               QStringLiteral("auth.temporary"),
                               QStringLiteral("auth.failed"),
                               QStringLiteral("auth.too_many_steps"),
                               QStringLiteral("sender.rejected"),
                               QStringLiteral("sender.unsafe_address"),
                               QStringLiteral("sender.smtputf8_not_offered"),
                               QStringLiteral("sender.8bitmime_not_offered"),
                               QStringLiteral("sender.too_large"),
                               QStringLiteral("sender.content_unavailable"),
                               QStringLiteral("recipient.none"),
                               QStringLiteral("recipient.unsafe_address"),
                               QStringLiteral("recipient.all_rejected"),
                               QStringLiteral("data.rejected"),
                               QStringLiteral("data.message_rejected"),
                               QStringLiteral("data.content_unreadable"),
                               QStringLiteral("data.read_failed"),
                               QStringLiteral("data.cancelled"),
                               QStringLiteral("quit.unexpected_reply"),
                               QStringLiteral("session.timeout"),
                               QStringLiteral("session.closed_by_server"),
                               QStringLiteral("session.network_error"),
                               QStringLiteral("session.protocol_error"),
                               QStringLiteral("session.unexpected_reply"),
                               QStringLiteral("session.service_closing"),
                               QStringLiteral("session.rset_refused"),
                               QStringLiteral("session.cancelled"),
                               QStringLiteral("session.not_accepting")};
    const QString developers = QStringLiteral("DEVELOPER TEXT");
    for (const QString &code : codes) {
        SCOPED_TRACE(code.toStdString());
        const Error error = located(Error::make(smtp::Stage::Auth, smtp::ErrorCategory::Rejected, code, developers,
                                                {{QStringLiteral("seconds"), 30},
                                                 {QStringLiteral("mechanism"), QStringLiteral("PLAIN")},
                                                 {QStringLiteral("offered"), QStringLiteral("XOAUTH2")},
                                                 {QStringLiteral("address"), QStringLiteral("a b@example.test")},
                                                 {QStringLiteral("size"), 5000},
                                                 {QStringLiteral("maxSize"), 1000}}));
        const QString cli = ErrorText::sentence(error, Audience::CommandLine);
        const QString window = ErrorText::sentence(error, Audience::Window);
        EXPECT_FALSE(cli.contains(developers)) << cli.toStdString();
        EXPECT_FALSE(window.contains(developers)) << window.toStdString();
        EXPECT_FALSE(window.contains(QStringLiteral("SMTP_"))) << window.toStdString();
        EXPECT_FALSE(cli.contains(QStringLiteral("%1")) || window.contains(QStringLiteral("%1")));
    }
}
