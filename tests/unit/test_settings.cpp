// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "settings/fields.h"
#include "text/settingstext.h"

#include <gtest/gtest.h>

using namespace selfmx::settings;
using selfmx::smtp::TlsMode;
using selfmx::text::Audience;
using selfmx::text::SettingsText;

namespace {
QHash<QString, QString> vars(std::initializer_list<std::pair<const char *, const char *>> list)
{
    QHash<QString, QString> h;
    for (const auto &[k, v] : list)
        h.insert(QString::fromLatin1(k), QString::fromUtf8(v));
    return h;
}

QStringList errorVariables(const Parsed &parsed)
{
    QStringList names;
    for (const Issue &issue : parsed.errors)
        names.append(issue.key);
    return names;
}
} // namespace

// The defaults of the SelfMX settings page: 587, TLS on, verify on, 30 s, pool 10.
TEST(Settings, DocumentedDefaults)
{
    const Parsed parsed = parse(vars({{"SMTP_HOST", "smtp.example.com"}}));
    ASSERT_TRUE(parsed.ok());
    const selfmx::smtp::Settings &s = parsed.smtp();
    EXPECT_EQ(s.port, 587);
    EXPECT_TRUE(s.tls);
    EXPECT_TRUE(s.verifyPeer);
    EXPECT_EQ(s.timeout, std::chrono::seconds(30));
    EXPECT_EQ(parsed.configuration.relay.poolSize, 10);
    EXPECT_EQ(s.tlsMode(), TlsMode::StartTls);
}

// Every provider example of the settings page parses as written.
TEST(Settings, ProviderExamplesFromTheSettingsPage)
{
    const QList<QHash<QString, QString>> examples = {
        vars({{"SMTP_HOST", "smtp.sendgrid.net"},
              {"SMTP_PORT", "587"},
              {"SMTP_USER", "apikey"},
              {"SMTP_PASS", "SG.your-api-key-here"},
              {"SMTP_TLS", "true"}}),
        vars({{"SMTP_HOST", "smtp.mailgun.org"},
              {"SMTP_PORT", "587"},
              {"SMTP_USER", "postmaster@your-domain.mailgun.org"},
              {"SMTP_PASS", "your-mailgun-password"},
              {"SMTP_TLS", "true"}}),
        vars({{"SMTP_HOST", "email-smtp.us-east-1.amazonaws.com"},
              {"SMTP_PORT", "587"},
              {"SMTP_USER", "your-ses-smtp-username"},
              {"SMTP_PASS", "your-ses-smtp-password"},
              {"SMTP_TLS", "true"}}),
        vars({{"SMTP_HOST", "smtp.postmarkapp.com"},
              {"SMTP_PORT", "587"},
              {"SMTP_USER", "your-postmark-server-api-token"},
              {"SMTP_PASS", "your-postmark-server-api-token"},
              {"SMTP_TLS", "true"}}),
        vars({{"SMTP_HOST", "mail.yourdomain.com"},
              {"SMTP_PORT", "587"},
              {"SMTP_USER", "noreply@yourdomain.com"},
              {"SMTP_PASS", "your-email-password"},
              {"SMTP_TLS", "true"}}),
    };
    for (const auto &example : examples) {
        const Parsed parsed = parse(example);
        EXPECT_TRUE(parsed.ok()) << example.value(QStringLiteral("SMTP_HOST")).toStdString();
        EXPECT_EQ(parsed.smtp().tlsMode(), TlsMode::StartTls);
        EXPECT_EQ(parsed.smtp().username, example.value(QStringLiteral("SMTP_USER")));
    }
}

struct TlsCase {
    const char *name;
    const char *tls;
    const char *port;
    const char *mode;
    TlsMode expected;
};

class SettingsTlsMode : public ::testing::TestWithParam<TlsCase>
{
};

TEST_P(SettingsTlsMode, FollowsTheSettingsPage)
{
    const TlsCase &c = GetParam();
    auto v = vars({{"SMTP_HOST", "h.test"}, {"SMTP_TLS", c.tls}, {"SMTP_PORT", c.port}});
    if (*c.mode)
        v.insert(QStringLiteral("SMTP_TLS_MODE"), QString::fromLatin1(c.mode));
    const Parsed parsed = parse(v);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed.smtp().tlsMode(), c.expected);
}

INSTANTIATE_TEST_SUITE_P(Table, SettingsTlsMode,
                         ::testing::Values(TlsCase{"tls465IsImplicit", "true", "465", "", TlsMode::Implicit},
                                           TlsCase{"tls587IsStartTls", "true", "587", "", TlsMode::StartTls},
                                           TlsCase{"tls2525IsStartTls", "true", "2525", "", TlsMode::StartTls},
                                           TlsCase{"tls25IsStartTls", "true", "25", "", TlsMode::StartTls},
                                           TlsCase{"tlsFalseIsPlain", "false", "587", "", TlsMode::None},
                                           TlsCase{"overrideImplicitOnOddPort", "true", "2465", "implicit", TlsMode::Implicit},
                                           TlsCase{"overrideStartTlsOn465", "true", "465", "starttls", TlsMode::StartTls},
                                           TlsCase{"overrideNone", "true", "587", "none", TlsMode::None}),
                         [](const auto &p) { return std::string(p.param.name); });

struct BadValue {
    const char *variable;
    const char *value;
    const char *mentions; // the accepted values the message must name
};

class SettingsRejects : public ::testing::TestWithParam<BadValue>
{
};

TEST_P(SettingsRejects, NamingTheVariableAndAcceptedValues)
{
    const BadValue &c = GetParam();
    auto v = vars({{"SMTP_HOST", "h.test"}});
    v.insert(QString::fromLatin1(c.variable), QString::fromUtf8(c.value));
    const Parsed parsed = parse(v);
    ASSERT_EQ(parsed.errors.size(), 1);
    EXPECT_EQ(parsed.errors[0].key, QString::fromLatin1(c.variable));
    const QString message = SettingsText::describe(parsed.errors[0], Audience::CommandLine);
    EXPECT_TRUE(message.startsWith(QString::fromLatin1(c.variable) + QStringLiteral(": "))) << message.toStdString();
    EXPECT_TRUE(message.contains(QString::fromUtf8(c.mentions))) << message.toStdString();
    EXPECT_TRUE(message.contains(QString::fromUtf8(c.value)));
}

INSTANTIATE_TEST_SUITE_P(Table, SettingsRejects,
                         ::testing::Values(BadValue{"SMTP_PORT", "0", "1 to 65535"}, BadValue{"SMTP_PORT", "70000", "1 to 65535"},
                                           BadValue{"SMTP_PORT", "abc", "1 to 65535"}, BadValue{"SMTP_TIMEOUT", "abc", "seconds"},
                                           BadValue{"SMTP_TIMEOUT", "-1", "seconds"}, BadValue{"SMTP_TLS", "maybe", "true or false"},
                                           BadValue{"SMTP_TLS_VERIFY", "perhaps", "true or false"},
                                           BadValue{"SMTP_TLS_MODE", "sometimes", "implicit, starttls or none"},
                                           BadValue{"SMTP_POOL_SIZE", "0", "1 to 100"}, BadValue{"SMTP_POOL_SIZE", "101", "1 to 100"},
                                           BadValue{"SMTP_HOST", "bad host!", "host name"},
                                           BadValue{"SMTP_AUTH_MECHANISM", "XOAUTH2", "PLAIN, LOGIN or CRAM-MD5"}));

TEST(Settings, HostIsRequired)
{
    const Parsed parsed = parse({});
    EXPECT_EQ(errorVariables(parsed), QStringList{QStringLiteral("SMTP_HOST")});
}

TEST(Settings, AllBadValuesReportedAtOnce)
{
    const Parsed parsed = parse(vars({{"SMTP_PORT", "70000"}, {"SMTP_TIMEOUT", "abc"}, {"SMTP_TLS", "maybe"}}));
    EXPECT_EQ(errorVariables(parsed).size(), 4); // three bad values and the missing host
}

TEST(Settings, VerificationOffIsAWarningNotAnError)
{
    const Parsed parsed = parse(vars({{"SMTP_HOST", "h.test"}, {"SMTP_TLS_VERIFY", "false"}}));
    EXPECT_TRUE(parsed.ok());
    EXPECT_FALSE(parsed.smtp().verifyPeer);
    ASSERT_EQ(parsed.warnings.size(), 1);
    EXPECT_EQ(parsed.warnings[0].key, QStringLiteral("SMTP_TLS_VERIFY"));
}

TEST(Settings, UnknownSmtpKeysAreReported)
{
    const Parsed parsed = parse(vars({{"SMTP_HOST", "h.test"}, {"SMTP_PASSWORD", "x"}}));
    EXPECT_EQ(parsed.unknownKeys, QStringList{QStringLiteral("SMTP_PASSWORD")});
}

TEST(Settings, ValuesOverrideABaseFieldByField)
{
    Configuration base;
    base.smtp.host = QStringLiteral("stored.example.com");
    base.smtp.port = 2525;
    base.smtp.username = QStringLiteral("stored-user");
    const Parsed parsed = parse(vars({{"SMTP_PORT", "465"}}), base);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed.smtp().host, QStringLiteral("stored.example.com"));
    EXPECT_EQ(parsed.smtp().port, 465);
    EXPECT_EQ(parsed.smtp().username, QStringLiteral("stored-user"));
}

TEST(Settings, HostSyntax)
{
    for (const char *good : {"smtp.example.com", "localhost", "127.0.0.1", "::1", "[::1]", "mail.exämple.test", "a-b.c"})
        EXPECT_TRUE(selfmx::smtp::isValidHost(QString::fromUtf8(good))) << good;
    for (const char *bad : {"", "bad host", "-lead.example", "a..b", "host_name.example", "smtp.example.com:587"})
        EXPECT_FALSE(selfmx::smtp::isValidHost(QString::fromUtf8(bad))) << bad;
}

TEST(Settings, UnknownKeysGetTheNearestName)
{
    EXPECT_TRUE(SettingsText::unknownKey(QStringLiteral("SMTP_PASSWORD")).endsWith(QStringLiteral("did you mean SMTP_PASS?")));
    EXPECT_TRUE(SettingsText::unknownKey(QStringLiteral("SMTP_TSL")).endsWith(QStringLiteral("did you mean SMTP_TLS?")));
    EXPECT_FALSE(SettingsText::unknownKey(QStringLiteral("SMTP_DATABASE_URL")).contains(QStringLiteral("did you mean")));
}
