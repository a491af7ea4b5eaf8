// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "smtp/authexchange.h"
#include "smtp/sasl.h"

#include <gtest/gtest.h>

using namespace selfmx::smtp;
using Kind = AuthExchange::Step::Kind;

namespace {

const QString User = QStringLiteral("jörg@example.test");
const QString Password = QStringLiteral("pässwörd with spaces");
const QStringList All = {QStringLiteral("PLAIN"), QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5")};

AuthExchange::Connection tlsConnection(QStringList offered = All)
{
    AuthExchange::Connection c;
    c.offered = std::move(offered);
    c.encrypted = true;
    c.tlsConfigured = true;
    c.host = QStringLiteral("mx.example.test");
    c.port = 587;
    return c;
}

Reply reply(int code, const QByteArray &text = {})
{
    Reply r;
    r.code = code;
    r.lines = {text};
    return r;
}

// Every form a secret could take on the wire.
QList<QByteArray> secrets(const QByteArray &challenge)
{
    return {Password.toUtf8(), Password.toUtf8().toBase64(), User.toUtf8().toBase64(), sasl::plainInitialResponse(User, Password),
            sasl::cramMd5Response(User, Password, challenge)};
}

} // namespace

// --- Which mechanism, or why none ---------------------------------------------------------

struct ChoiceCase {
    const char *name;
    QStringList offered;
    AuthMechanism forced;
    bool encrypted;
    bool loopback;
    bool allowPlaintext;
    bool tlsConfigured;
    std::optional<AuthMechanism> chosen;
    const char *code; // when nothing is chosen
};

class AuthExchangeChoice : public ::testing::TestWithParam<ChoiceCase>
{
};

TEST_P(AuthExchangeChoice, PicksOrRefuses)
{
    const ChoiceCase &c = GetParam();
    AuthExchange::Connection connection = tlsConnection(c.offered);
    connection.encrypted = c.encrypted;
    connection.loopbackPeer = c.loopback;
    connection.allowPlaintext = c.allowPlaintext;
    connection.tlsConfigured = c.tlsConfigured;
    AuthExchange exchange(User, Password, c.forced);
    const AuthExchange::Step step = exchange.start(connection);
    EXPECT_EQ(exchange.mechanism(), c.chosen);
    if (c.chosen) {
        EXPECT_EQ(step.kind, Kind::Send);
        EXPECT_TRUE(step.line.startsWith(QByteArray("AUTH " + mechanismName(*c.chosen).toLatin1())));
    } else {
        ASSERT_EQ(step.kind, Kind::Failed);
        EXPECT_TRUE(step.line.isEmpty()) << "nothing is sent";
        EXPECT_EQ(step.error.stage, Stage::Auth);
        EXPECT_EQ(step.error.code, QString::fromLatin1(c.code));
    }
}

const QStringList PlainLogin = {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};

INSTANTIATE_TEST_SUITE_P(
    Table, AuthExchangeChoice,
    ::testing::Values(
        ChoiceCase{"underTlsPlainFirst", All, AuthMechanism::Auto, true, false, false, true, AuthMechanism::Plain, ""},
        ChoiceCase{"underTlsThenCramMd5",
                   {QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5")},
                   AuthMechanism::Auto,
                   true,
                   false,
                   false,
                   true,
                   AuthMechanism::CramMd5,
                   ""},
        ChoiceCase{"thenPlain", PlainLogin, AuthMechanism::Auto, true, false, false, true, AuthMechanism::Plain, ""},
        ChoiceCase{"thenLogin", {QStringLiteral("LOGIN")}, AuthMechanism::Auto, true, false, false, true, AuthMechanism::Login, ""},
        ChoiceCase{"forcedAndOffered", All, AuthMechanism::Login, true, false, false, true, AuthMechanism::Login, ""},
        ChoiceCase{"forcedNotOffered", PlainLogin, AuthMechanism::CramMd5, true, false, false, true, std::nullopt,
                   "auth.forced_mechanism_not_offered"},
        ChoiceCase{"nothingInCommon",
                   {QStringLiteral("XOAUTH2"), QStringLiteral("GSSAPI")},
                   AuthMechanism::Auto,
                   true,
                   false,
                   false,
                   true,
                   std::nullopt,
                   "auth.no_common_mechanism"},
        ChoiceCase{"notOffered", {}, AuthMechanism::Auto, true, false, false, true, std::nullopt, "auth.not_offered"},
        ChoiceCase{
            "notOfferedWithoutTls", {}, AuthMechanism::Auto, false, true, false, false, std::nullopt, "auth.not_offered_without_tls"},
        ChoiceCase{"plaintextToARemoteServerRefused", All, AuthMechanism::Auto, false, false, false, false, std::nullopt,
                   "auth.plaintext_refused"},
        ChoiceCase{"plaintextToLoopbackAllowed", All, AuthMechanism::Auto, false, true, false, false, AuthMechanism::CramMd5, ""},
        ChoiceCase{"plaintextAllowedExplicitly", All, AuthMechanism::Auto, false, false, true, false, AuthMechanism::CramMd5, ""}),
    [](const auto &p) { return std::string(p.param.name); });

// --- Each mechanism, step by step ---------------------------------------------------------

struct StepsCase {
    const char *name;
    AuthMechanism mechanism;
    // The server's replies before 235, and for each what must be sent / shown.
    QList<Reply> challenges;
    QList<QByteArray> sent;
    QList<QByteArray> shown;
    QList<int> expected;
};

class AuthExchangeSteps : public ::testing::TestWithParam<StepsCase>
{
};

const QByteArray Challenge = QByteArray("<1896.697170952@postoffice.example>").toBase64();

TEST_P(AuthExchangeSteps, SendsAndShowsEachLine)
{
    const StepsCase &c = GetParam();
    AuthExchange exchange(User, Password, c.mechanism);
    QList<AuthExchange::Step> steps = {exchange.start(tlsConnection())};
    for (const Reply &challenge : c.challenges)
        steps.append(exchange.next(challenge));
    ASSERT_EQ(steps.size(), c.sent.size());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(steps[i].kind, Kind::Send);
        EXPECT_EQ(steps[i].line, c.sent[i]);
        EXPECT_EQ(steps[i].shown, c.shown[i]);
        EXPECT_EQ(steps[i].expectedCode, c.expected[i]);
        for (const QByteArray &secret : secrets(Challenge))
            EXPECT_FALSE(steps[i].shown.contains(secret)) << "shown line " << i << " leaks a secret";
    }
    EXPECT_EQ(exchange.next(reply(235, "2.7.0 ok")).kind, Kind::Succeeded);
}

INSTANTIATE_TEST_SUITE_P(Table, AuthExchangeSteps,
                         ::testing::Values(StepsCase{"plain",
                                                     AuthMechanism::Plain,
                                                     {},
                                                     {"AUTH PLAIN " + sasl::plainInitialResponse(User, Password)},
                                                     {"AUTH PLAIN <redacted: credentials>"},
                                                     {235}},
                                           StepsCase{"login",
                                                     AuthMechanism::Login,
                                                     {reply(334, "VXNlcm5hbWU6"), reply(334, "UGFzc3dvcmQ6")},
                                                     {"AUTH LOGIN", User.toUtf8().toBase64(), Password.toUtf8().toBase64()},
                                                     {"AUTH LOGIN", "<redacted: user name>", "<redacted: password>"},
                                                     {334, 334, 235}},
                                           StepsCase{"cramMd5",
                                                     AuthMechanism::CramMd5,
                                                     {reply(334, Challenge)},
                                                     {"AUTH CRAM-MD5", sasl::cramMd5Response(User, Password, Challenge)},
                                                     {"AUTH CRAM-MD5", "<redacted: CRAM-MD5 response>"},
                                                     {334, 235}}),
                         [](const auto &p) { return std::string(p.param.name); });

TEST(AuthExchange, MoreChallengesThanTheMechanismHasIsAProtocolError)
{
    AuthExchange exchange(User, Password, AuthMechanism::CramMd5);
    exchange.start(tlsConnection());
    exchange.next(reply(334, Challenge));
    const AuthExchange::Step step = exchange.next(reply(334, Challenge));
    ASSERT_EQ(step.kind, Kind::Failed);
    EXPECT_EQ(step.error.category, ErrorCategory::Protocol);
    EXPECT_EQ(step.error.code, QStringLiteral("auth.too_many_steps"));
}

// --- The server's refusals ----------------------------------------------------------------

struct RefusalCase {
    const char *name;
    int code;
    const char *errorCode;
    ErrorCategory category;
};

class AuthExchangeRefusal : public ::testing::TestWithParam<RefusalCase>
{
};

TEST_P(AuthExchangeRefusal, KeepsTheServersWords)
{
    AuthExchange exchange(User, Password, AuthMechanism::Plain);
    exchange.start(tlsConnection());
    const AuthExchange::Step step = exchange.next(reply(GetParam().code, "the server's own words"));
    ASSERT_EQ(step.kind, Kind::Failed);
    EXPECT_EQ(step.error.stage, Stage::Auth);
    EXPECT_EQ(step.error.code, QString::fromLatin1(GetParam().errorCode));
    EXPECT_EQ(step.error.category, GetParam().category);
    EXPECT_EQ(step.error.reply.code, GetParam().code);
    EXPECT_TRUE(step.error.reply.text().contains(QStringLiteral("own words")));
}

INSTANTIATE_TEST_SUITE_P(Table, AuthExchangeRefusal,
                         ::testing::Values(RefusalCase{"rejected", 535, "auth.rejected", ErrorCategory::AuthFailed},
                                           RefusalCase{"webLogin", 534, "auth.web_login_required", ErrorCategory::AuthFailed},
                                           RefusalCase{"tlsFirst", 530, "auth.tls_required", ErrorCategory::AuthFailed},
                                           RefusalCase{"encryption", 538, "auth.encryption_required", ErrorCategory::AuthFailed},
                                           RefusalCase{"unsupported", 504, "auth.mechanism_unsupported", ErrorCategory::AuthUnavailable},
                                           RefusalCase{"temporary", 454, "auth.temporary", ErrorCategory::TemporaryFailure},
                                           RefusalCase{"other", 501, "auth.failed", ErrorCategory::AuthFailed}),
                         [](const auto &p) { return std::string(p.param.name); });
