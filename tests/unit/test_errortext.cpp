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
              QStringLiteral("auth: the server rejected the user name or password (SMTP_USER / SMTP_PASS) "
                             "The server said: 535 5.7.8 Error: authentication failed"));
    EXPECT_EQ(ErrorText::sentence(error, Audience::Window), QStringLiteral("the server rejected the user name or password (User / Password)"));
}

TEST(ErrorText, TheCommandLineNamesVariablesTheWindowNamesFields)
{
    const Error error = located(Error::make(smtp::Stage::Tls, smtp::ErrorCategory::TlsRequired,
                                            QStringLiteral("tls.starttls_not_offered"), QStringLiteral("dev")));
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
    const Error error = located(Error::make(smtp::Stage::Connect, smtp::ErrorCategory::ConnectionRefused,
                                            QStringLiteral("connect.refused"), QStringLiteral("dev"), {},
                                            QStringLiteral("Connection refused")));
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
