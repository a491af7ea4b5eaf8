// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "printers.h"

#include "profile/envfile.h"
#include "profile/moduledirectory.h"
#include "profile/profile.h"
#include "text/settingstext.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace selfmx::profile;
using selfmx::settings::Issue;
using selfmx::smtp::TlsMode;
using selfmx::text::Audience;
using selfmx::text::SettingsText;

namespace {

Profile valid()
{
    Profile p = profileFromPreset(Provider::Custom);
    p.name = QStringLiteral("home");
    p.smtp.host = QStringLiteral("mail.example.com");
    return p;
}

QStringList fields(const QList<Issue> &issues)
{
    QStringList names;
    for (const Issue &issue : issues)
        names.append(issue.key);
    return names;
}

} // namespace

TEST(Profile, DefaultsAreTheDocumentedOnes)
{
    const Profile p = profileFromPreset(Provider::Custom);
    EXPECT_EQ(p.smtp.port, 587);
    EXPECT_TRUE(p.smtp.tls);
    EXPECT_TRUE(p.smtp.verifyPeer);
    EXPECT_EQ(p.smtp.timeout, std::chrono::seconds(30));
    EXPECT_EQ(p.relay.poolSize, 10);
}

struct Rule {
    const char *name;
    std::function<void(Profile &)> breakIt;
    const char *field;
    const char *mentions;
};

class ProfileValidation : public ::testing::TestWithParam<Rule>
{
};

TEST_P(ProfileValidation, NamesTheFieldAndAcceptedValues)
{
    Profile p = valid();
    ASSERT_TRUE(validate(p).isEmpty());
    GetParam().breakIt(p);
    const QList<Issue> issues = validate(p);
    ASSERT_EQ(issues.size(), 1) << fields(issues).join(u',').toStdString();
    EXPECT_EQ(issues[0].key, QString::fromLatin1(GetParam().field));
    const QString message = SettingsText::describe(issues[0], Audience::CommandLine);
    EXPECT_TRUE(message.contains(QString::fromUtf8(GetParam().mentions))) << message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Rules, ProfileValidation,
    ::testing::Values(Rule{"hostRequired", [](Profile &p) { p.smtp.host.clear(); }, "SMTP_HOST", "required"},
                      Rule{"hostSyntax", [](Profile &p) { p.smtp.host = QStringLiteral("not a host"); }, "SMTP_HOST", "host name or IP"},
                      Rule{"portZero", [](Profile &p) { p.smtp.port = 0; }, "SMTP_PORT", "1 to 65535"},
                      Rule{"timeoutZero", [](Profile &p) { p.smtp.timeout = std::chrono::milliseconds(0); }, "SMTP_TIMEOUT",
                           "greater than 0"},
                      Rule{"poolTooBig", [](Profile &p) { p.relay.poolSize = 101; }, "SMTP_POOL_SIZE", "1 to 100"},
                      Rule{"poolZero", [](Profile &p) { p.relay.poolSize = 0; }, "SMTP_POOL_SIZE", "1 to 100"},
                      Rule{"sender", [](Profile &p) { p.defaultSender = QStringLiteral("not-an-address"); }, "SMTP_FROM", "name@domain"},
                      Rule{"nameRequired", [](Profile &p) { p.name.clear(); }, "name", "required"},
                      Rule{"sesRegion",
                           [](Profile &p) {
                               p.provider = Provider::AmazonSes;
                               p.region = QStringLiteral("mars-1");
                           },
                           "region", "us-east-1"}),
    [](const auto &p) { return std::string(p.param.name); });

TEST(Presets, HostsAndRegions)
{
    EXPECT_EQ(profileFromPreset(Provider::SendGrid).smtp.host, QStringLiteral("smtp.sendgrid.net"));
    EXPECT_EQ(profileFromPreset(Provider::SendGrid).smtp.username, QStringLiteral("apikey"));
    EXPECT_EQ(profileFromPreset(Provider::Mailgun).smtp.host, QStringLiteral("smtp.mailgun.org"));
    EXPECT_EQ(profileFromPreset(Provider::Mailgun, QStringLiteral("eu")).smtp.host, QStringLiteral("smtp.eu.mailgun.org"));
    EXPECT_EQ(profileFromPreset(Provider::AmazonSes, QStringLiteral("eu-west-1")).smtp.host,
              QStringLiteral("email-smtp.eu-west-1.amazonaws.com"));
    EXPECT_EQ(profileFromPreset(Provider::AmazonSes).smtp.host, QStringLiteral("email-smtp.us-east-1.amazonaws.com"));
    EXPECT_EQ(profileFromPreset(Provider::Postmark).smtp.host, QStringLiteral("smtp.postmarkapp.com"));
    EXPECT_EQ(profileFromPreset(Provider::Gmail).smtp.host, QStringLiteral("smtp.gmail.com"));
    EXPECT_EQ(profileFromPreset(Provider::Microsoft365).smtp.host, QStringLiteral("smtp.office365.com"));
    EXPECT_EQ(profileFromPreset(Provider::Outlook).smtp.host, QStringLiteral("smtp-mail.outlook.com"));
    EXPECT_EQ(preset(Provider::Gmail).implicitTlsPorts, QList<quint16>{465});
    EXPECT_TRUE(preset(Provider::Microsoft365).implicitTlsPorts.isEmpty()) << "Microsoft 365 submission is STARTTLS only";
    for (const ProviderPreset &p : presets()) {
        EXPECT_EQ(providerFromKey(p.key), p.provider);
        // Every provider but "custom" says where its credentials come from, over https.
        if (p.provider != Provider::Custom) {
            EXPECT_TRUE(p.credentialsUrl.startsWith(QStringLiteral("https://"))) << p.key.toStdString();
        }
        // A preset's host is recognised as that provider (imported .env files, diagnosis).
        if (!p.host.isEmpty() && p.provider != Provider::Postfix) {
            EXPECT_EQ(guessProvider(p.host), p.provider) << p.key.toStdString();
        }
    }
}

struct DomainCase {
    const char *input;
    std::optional<Provider> provider;
    const char *domain;
    const char *region;
};

class AddressPresets : public ::testing::TestWithParam<DomainCase>
{
};

TEST_P(AddressPresets, PickTheProviderAndSayWhichDomainMatched)
{
    const DomainCase &c = GetParam();
    const std::optional<DomainMatch> match = presetForAddress(QString::fromUtf8(c.input));
    ASSERT_EQ(match.has_value(), c.provider.has_value()) << c.input;
    if (!match)
        return;
    EXPECT_EQ(match->provider, *c.provider) << c.input;
    EXPECT_EQ(match->domain, QString::fromUtf8(c.domain)) << c.input;
    EXPECT_EQ(match->region, QString::fromUtf8(c.region)) << c.input;
}

INSTANTIATE_TEST_SUITE_P(Table, AddressPresets,
                         ::testing::Values(DomainCase{"someone@gmail.com", Provider::Gmail, "gmail.com", ""},
                                           DomainCase{"Someone@GoogleMail.COM", Provider::Gmail, "googlemail.com", ""},
                                           DomainCase{"gmail.com", Provider::Gmail, "gmail.com", ""},
                                           DomainCase{" me@outlook.com ", Provider::Outlook, "outlook.com", ""},
                                           DomainCase{"me@hotmail.com", Provider::Outlook, "hotmail.com", ""},
                                           DomainCase{"me@live.com", Provider::Outlook, "live.com", ""},
                                           DomainCase{"me@msn.com", Provider::Outlook, "msn.com", ""},
                                           DomainCase{"admin@contoso.onmicrosoft.com", Provider::Microsoft365, "onmicrosoft.com", ""},
                                           DomainCase{"postmaster@sandbox123.mailgun.org", Provider::Mailgun, "mailgun.org", ""},
                                           DomainCase{"smtp.sendgrid.net", Provider::SendGrid, "smtp.sendgrid.net", ""},
                                           DomainCase{"email-smtp.eu-west-1.amazonaws.com", Provider::AmazonSes,
                                                      "email-smtp.eu-west-1.amazonaws.com", "eu-west-1"},
                                           DomainCase{"smtp.eu.mailgun.org", Provider::Mailgun, "smtp.eu.mailgun.org", "eu"},
                                           DomainCase{"smtp.office365.com", Provider::Microsoft365, "smtp.office365.com", ""},
                                           DomainCase{"me@notgmail.com", std::nullopt, "", ""},
                                           DomainCase{"me@example.org", std::nullopt, "", ""}, DomainCase{"", std::nullopt, "", ""},
                                           DomainCase{"me@", std::nullopt, "", ""}));

struct HintCase {
    const char *name;
    Provider provider;
    std::function<void(Profile &)> setUp;
    const char *password;
    const char *field; // empty: no hint expected
    const char *mentions;
};

class ProviderHints : public ::testing::TestWithParam<HintCase>
{
};

// An empty SendGrid user gets the rule alone: the hint read "…apikey, not \"\"" before.
TEST(ProviderHintText, AnEmptySendGridUserIsNotQuotedBack)
{
    Profile p = profileFromPreset(Provider::SendGrid);
    p.name = QStringLiteral("x");
    p.smtp.username.clear();
    const QList<Issue> hints = providerHints(p, QStringLiteral("SG.a"));
    const auto user = std::find_if(hints.cbegin(), hints.cend(), [](const Issue &h) { return h.key == u"SMTP_USER"; });
    ASSERT_NE(user, hints.cend());
    for (const Audience audience : {Audience::CommandLine, Audience::Window}) {
        const QString text = SettingsText::describe(*user, audience);
        EXPECT_TRUE(text.contains(QStringLiteral("apikey"))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("not"))) << text.toStdString();
    }
}

TEST_P(ProviderHints, AreGivenWhenTheyApply)
{
    const HintCase &c = GetParam();
    Profile p = profileFromPreset(c.provider, c.provider == Provider::AmazonSes ? QStringLiteral("eu-west-1") : QString());
    p.name = QStringLiteral("x");
    if (p.smtp.host.isEmpty())
        p.smtp.host = QStringLiteral("mail.example.com");
    c.setUp(p);
    const QList<Issue> hints = providerHints(p, QString::fromUtf8(c.password));
    if (!*c.field) {
        EXPECT_TRUE(hints.isEmpty()) << fields(hints).join(u',').toStdString();
        return;
    }
    const auto hit = std::find_if(hints.cbegin(), hints.cend(), [&c](const Issue &h) {
        return h.key == QString::fromLatin1(c.field)
               && SettingsText::describe(h, Audience::CommandLine).contains(QString::fromUtf8(c.mentions));
    });
    EXPECT_NE(hit, hints.cend()) << fields(hints).join(u',').toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Table, ProviderHints,
    ::
        testing::
            Values(HintCase{"sendgridGood", Provider::SendGrid, [](Profile &) {}, "SG.abc.def", "", ""},
                   HintCase{"sendgridUser", Provider::SendGrid, [](Profile &p) { p.smtp.username = QStringLiteral("me@x.com"); }, "SG.a",
                            "SMTP_USER", "apikey"},
                   HintCase{"sendgridPassword", Provider::SendGrid, [](Profile &) {}, "hunter2", "SMTP_PASS", "SG."},
                   HintCase{"sendgridPort", Provider::SendGrid, [](Profile &p) { p.smtp.port = 2526; }, "SG.a", "SMTP_PORT",
                            "587, 25, 2525, 465"},
                   HintCase{"sendgrid465NeedsImplicit", Provider::SendGrid,
                            [](Profile &p) {
                                p.smtp.port = 465;
                                p.smtp.tlsModeOverride = TlsMode::StartTls;
                            },
                            "SG.a", "SMTP_TLS_MODE", "implicit"},
                   HintCase{"postmarkGood", Provider::Postmark, [](Profile &p) { p.smtp.username = QStringLiteral("tok-1"); }, "tok-1", "",
                            ""},
                   HintCase{"postmarkDiffer", Provider::Postmark, [](Profile &p) { p.smtp.username = QStringLiteral("tok-1"); }, "tok-2",
                            "SMTP_USER", "same token"},
                   HintCase{"postmarkPort465", Provider::Postmark,
                            [](Profile &p) {
                                p.smtp.username = QStringLiteral("t");
                                p.smtp.port = 465;
                            },
                            "t", "SMTP_PORT", "587, 25, 2525"},
                   HintCase{"sesIamKeys", Provider::AmazonSes, [](Profile &p) { p.smtp.username = QStringLiteral("AKIAIOSFODNN7EXAMPLE"); },
                            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "SMTP_PASS", "IAM access key"},
                   HintCase{"sesSmtpCredentials", Provider::AmazonSes,
                            [](Profile &p) { p.smtp.username = QStringLiteral("AKIAIOSFODNN7EXAMPLE"); },
                            "BEXAMPLEsmtpPasswordOf44CharactersXXXXXXXXX=", "", ""},
                   HintCase{"sesOtherRegionHost", Provider::AmazonSes,
                            [](Profile &p) { p.smtp.host = QStringLiteral("email-smtp.us-east-1.amazonaws.com"); }, "", "SMTP_HOST",
                            "eu-west-1"},
                   HintCase{"sesPlaintext", Provider::AmazonSes, [](Profile &p) { p.smtp.tls = false; }, "", "SMTP_TLS", "unencrypted"},
                   HintCase{"mailgunUser", Provider::Mailgun, [](Profile &p) { p.smtp.username = QStringLiteral("postmaster"); }, "x",
                            "SMTP_USER", "domain"},
                   HintCase{"mailgunEuHost", Provider::Mailgun,
                            [](Profile &p) {
                                p.region = QStringLiteral("eu");
                                p.smtp.host = QStringLiteral("smtp.mailgun.org");
                                p.smtp.username = QStringLiteral("postmaster@mg.example.com");
                            },
                            "x", "SMTP_HOST", "smtp.eu.mailgun.org"},
                   HintCase{"port25", Provider::Postfix, [](Profile &p) { p.smtp.port = 25; }, "", "SMTP_PORT", "blocked"},
                   HintCase{"postfixGood", Provider::Postfix, [](Profile &) {}, "x", "", ""},
                   HintCase{
                       "gmailGood", Provider::Gmail,
                       [](Profile &p) { p.smtp.username = QStringLiteral("me@gmail.com"); }, "abcdabcdabcdabcd", "", ""},
                   HintCase{
                       "gmailBareUser",
                       Provider::Gmail,
                       [](Profile &p) { p.smtp.username = QStringLiteral("me"); }, "x", "SMTP_USER", "full address"},
                   HintCase{
                       "microsoft365Port465",
                       Provider::Microsoft365,
                       [](Profile &p) {
                           p.smtp.username = QStringLiteral("me@example.com");
                           p.smtp.port = 465;
                       },
                       "x", "SMTP_PORT", "587, 25"},
                   HintCase{"outlookBareUser", Provider::Outlook, [](Profile &p) { p.smtp.username = QStringLiteral("me"); }, "x",
                            "SMTP_USER", "Outlook.com"}),
    [](const auto &p) { return std::string(p.param.name); });

TEST(EnvFile, ParsesWhatDeploymentsWrite)
{
    const EnvFile file = parseEnvFile(QStringLiteral("# SelfMX\n\nexport SMTP_HOST=smtp.example.com\n"
                                                     "SMTP_PORT=465 # implicit TLS\n"
                                                     "SMTP_USER='single # not a comment'\n"
                                                     "SMTP_PASS=\"p\\\"w \\\\ x\"\r\n"
                                                     "   SMTP_TLS = true   \n"));
    EXPECT_TRUE(file.errors.isEmpty()) << SettingsText::describe(file.errors, Audience::CommandLine).join(u';').toStdString();
    const auto v = file.values();
    EXPECT_EQ(v.value(QStringLiteral("SMTP_HOST")), QStringLiteral("smtp.example.com"));
    EXPECT_EQ(v.value(QStringLiteral("SMTP_PORT")), QStringLiteral("465"));
    EXPECT_EQ(v.value(QStringLiteral("SMTP_USER")), QStringLiteral("single # not a comment"));
    EXPECT_EQ(v.value(QStringLiteral("SMTP_PASS")), QStringLiteral("p\"w \\ x"));
    EXPECT_EQ(v.value(QStringLiteral("SMTP_TLS")), QStringLiteral("true"));
}

TEST(EnvFile, BadLinesAreReportedWithTheirNumber)
{
    const EnvFile file = parseEnvFile(QStringLiteral("SMTP_HOST=a.test\nthis is not a line\nSMTP_USER='open\n"));
    ASSERT_EQ(file.errors.size(), 2);
    EXPECT_TRUE(SettingsText::describe(file.errors[0], Audience::CommandLine).startsWith(QStringLiteral("line 2")));
    EXPECT_TRUE(SettingsText::describe(file.errors[1], Audience::CommandLine).startsWith(QStringLiteral("line 3")));
}

TEST(EnvImport, DefaultsUnknownKeysAndProvider)
{
    const EnvImport imported =
        importEnv(QStringLiteral("SMTP_HOST=email-smtp.eu-west-1.amazonaws.com\nSMTP_PASSWORD=oops\nSMTP_USER=AKIAX\nSMTP_PASS=s3cret\n"),
                  QStringLiteral("ses"));
    ASSERT_TRUE(imported.ok());
    EXPECT_EQ(imported.unknownKeys, QStringList{QStringLiteral("SMTP_PASSWORD")});
    EXPECT_EQ(imported.profile.provider, Provider::AmazonSes);
    EXPECT_EQ(imported.profile.region, QStringLiteral("eu-west-1"));
    EXPECT_EQ(imported.profile.smtp.port, 587);
    EXPECT_EQ(imported.profile.relay.poolSize, 10);
    EXPECT_EQ(imported.password, QStringLiteral("s3cret"));
    EXPECT_TRUE(imported.profile.smtp.password.isEmpty()) << "the password never rides in the profile";
}

TEST(EnvImport, BadValuesNameTheVariable)
{
    const EnvImport imported = importEnv(QStringLiteral("SMTP_HOST=h.test\nSMTP_PORT=99999\n"), QStringLiteral("x"));
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(imported.errors[0].key, QStringLiteral("SMTP_PORT"));
}

// The provider is not a variable: an export -> import turned a self-hosted Postfix on
// 127.0.0.1 into "custom" (a guess from the host), and its hints were gone.
TEST(EnvImport, ExportImportKeepsTheProviderAndRegion)
{
    Profile postfix = profileFromPreset(Provider::Postfix);
    postfix.name = QStringLiteral("pf");
    postfix.smtp.host = QStringLiteral("127.0.0.1");
    const EnvImport back = importEnv(exportEnv(postfix), QStringLiteral("pf2"));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.profile.provider, Provider::Postfix);

    Profile ses = profileFromPreset(Provider::AmazonSes, QStringLiteral("eu-west-1"));
    ses.name = QStringLiteral("ses");
    const EnvImport sesBack = importEnv(exportEnv(ses).toUtf8(), QStringLiteral("ses2"));
    ASSERT_TRUE(sesBack.ok());
    EXPECT_EQ(sesBack.profile.provider, Provider::AmazonSes);
    EXPECT_EQ(sesBack.profile.region, QStringLiteral("eu-west-1"));
}

// import -> export -> import gives the same profile (and the same password when asked).
TEST(EnvImport, RoundTrip)
{
    const QString text =
        QStringLiteral("SMTP_HOST=smtp.postmarkapp.com\nSMTP_PORT=2525\nSMTP_USER=tok en\nSMTP_PASS=\"it's \\$x \\\"q\\\" `b` \\\\\"\n"
                       "SMTP_TLS=true\nSMTP_TLS_VERIFY=false\nSMTP_TIMEOUT=12.5\nSMTP_POOL_SIZE=3\n"
                       "SMTP_TLS_MODE=starttls\nSMTP_TLS_CA_FILE=/etc/ssl/my ca.pem\nSMTP_AUTH_MECHANISM=LOGIN\n"
                       "SMTP_EHLO_NAME=client.example.com\n");
    const EnvImport first = importEnv(text, QStringLiteral("pm"));
    ASSERT_TRUE(first.ok());
    const EnvImport second = importEnv(exportEnv(first.profile, first.password), QStringLiteral("pm"));
    ASSERT_TRUE(second.ok());
    const auto &a = first.profile.smtp;
    const auto &b = second.profile.smtp;
    EXPECT_EQ(a.host, b.host);
    EXPECT_EQ(a.port, b.port);
    EXPECT_EQ(a.username, b.username);
    EXPECT_EQ(a.tls, b.tls);
    EXPECT_EQ(a.tlsModeOverride, b.tlsModeOverride);
    EXPECT_EQ(a.verifyPeer, b.verifyPeer);
    EXPECT_EQ(a.caFile, b.caFile);
    EXPECT_EQ(a.timeout, b.timeout);
    EXPECT_EQ(first.profile.relay.poolSize, second.profile.relay.poolSize);
    EXPECT_EQ(a.authMechanism, b.authMechanism);
    EXPECT_EQ(a.ehloName, b.ehloName);
    EXPECT_EQ(first.profile.provider, second.profile.provider);
    EXPECT_EQ(first.password, second.password);
    EXPECT_EQ(first.password, QStringLiteral("it's $x \"q\" `b` \\"));
}

TEST(Export, EnvLeavesThePasswordOutUnlessGiven)
{
    Profile p = valid();
    p.hasPassword = true;
    const QString env = exportEnv(p);
    EXPECT_FALSE(env.contains(QStringLiteral("SMTP_PASS=")));
    EXPECT_TRUE(env.contains(QStringLiteral("keychain")));
    EXPECT_TRUE(exportEnv(p, QStringLiteral("pw")).contains(QStringLiteral("SMTP_PASS=pw")));
}

TEST(Export, SwaksAndMsmtpFollowTheTlsMode)
{
    Profile p = valid();
    p.smtp.username = QStringLiteral("me");
    p.smtp.port = 465;
    EXPECT_TRUE(exportSwaks(p).contains(QStringLiteral("--tls-on-connect")));
    EXPECT_FALSE(exportSwaks(p).contains(QStringLiteral("--auth-password")));
    EXPECT_TRUE(exportMsmtp(p).contains(QStringLiteral("tls_starttls off")));
    p.smtp.port = 587;
    EXPECT_TRUE(exportSwaks(p).contains(QStringLiteral(" --tls ")));
    EXPECT_TRUE(exportMsmtp(p).contains(QStringLiteral("tls_starttls on")));
    EXPECT_TRUE(exportMsmtp(p).contains(QStringLiteral("passwordeval \"secret-tool lookup server selfmx-console")));
}

// Docker Compose's .env rules, where these files come from (issue: values read differently
// from the shells and Compose files people copy them from).
TEST(EnvFile, FollowsDockerComposeRules)
{
    const EnvFile file = parseEnvFile(QStringLiteral("SMTP_PASS=secret\t# rotated\n"
                                                     "SMTP_USER=a#b\n"
                                                     "SMTP_HOST='lit $x # not a comment' # but this is\n"
                                                     "SMTP_EHLO_NAME=\"esc \\$ and $$ and \\t\"\n"
                                                     "SMTP_FROM=price$$5\n"));
    EXPECT_TRUE(file.errors.isEmpty()) << SettingsText::describe(file.errors, Audience::CommandLine).join(u';').toStdString();
    const auto v = file.values();
    EXPECT_EQ(v.value(QStringLiteral("SMTP_PASS")), QStringLiteral("secret"));
    EXPECT_EQ(v.value(QStringLiteral("SMTP_USER")), QStringLiteral("a#b"));
    EXPECT_EQ(v.value(QStringLiteral("SMTP_HOST")), QStringLiteral("lit $x # not a comment"));
    EXPECT_EQ(v.value(QStringLiteral("SMTP_EHLO_NAME")), QStringLiteral("esc $ and $ and \t"));
    EXPECT_EQ(v.value(QStringLiteral("SMTP_FROM")), QStringLiteral("price$5"));
}

// Compose's current escapes (compose-go dotenv, expandEscapes): the Go escapes it knows
// become characters, any other backslash stays as written (a password "p\ss" was stored
// as "pss"); in single quotes only \' is an escape.
TEST(EnvFile, UnknownEscapesKeepTheirBackslashAsInCompose)
{
    const EnvFile file = parseEnvFile(QStringLiteral("SMTP_PASS=\"p\\ss \\v\\a \\0101 \\q\"\n"
                                                     "SMTP_USER='Let\\'s go! \\n'\n"
                                                     "SMTP_FROM=\"A \\\"B\\\" \\\\ C <a@b.test>\"\n"));
    EXPECT_TRUE(file.errors.isEmpty()) << SettingsText::describe(file.errors, Audience::CommandLine).join(u';').toStdString();
    const auto v = file.values();
    EXPECT_EQ(v.value(QStringLiteral("SMTP_PASS")), QStringLiteral("p\\ss \v\a A \\q"));
    EXPECT_EQ(v.value(QStringLiteral("SMTP_USER")), QStringLiteral("Let's go! \\n"));
    EXPECT_EQ(v.value(QStringLiteral("SMTP_FROM")), QStringLiteral("A \"B\" \\ C <a@b.test>"));
}

// A file that is not UTF-8 (a Latin-1 "J\xfcrgen") is reported by line, not imported with
// replacement characters.
TEST(EnvFile, ALineThatIsNotUtf8IsReported)
{
    const EnvFile file = parseEnvFile(QByteArray("SMTP_HOST=h.test\nSMTP_FROM=J\xfcrgen <j@h.test>\nSMTP_USER=ok\n"));
    ASSERT_EQ(file.errors.size(), 1);
    EXPECT_EQ(file.errors[0].code, QStringLiteral("env.encoding"));
    EXPECT_EQ(file.errors[0].parameters.value(QStringLiteral("line")).toInt(), 2);
    EXPECT_TRUE(SettingsText::describe(file.errors[0], Audience::CommandLine).contains(QStringLiteral("UTF-8")));
    EXPECT_FALSE(file.values().contains(QStringLiteral("SMTP_FROM")));
    EXPECT_EQ(file.values().value(QStringLiteral("SMTP_USER")), QStringLiteral("ok"));
}

TEST(EnvFile, ReportsWhatItCannotReadInsteadOfGuessing)
{
    const EnvFile file = parseEnvFile(QStringLiteral("SMTP_EHLO_NAME=\"mail.example.test\"junk\n"
                                                     "SMTP_PASS=$SECRET\n"
                                                     "SMTP_USER=\"${USER}\"\n"
                                                     "SMTP_HOST='ok' # fine\n"));
    ASSERT_EQ(file.errors.size(), 3) << SettingsText::describe(file.errors, Audience::CommandLine).join(u';').toStdString();
    EXPECT_EQ(file.errors[0].code, QStringLiteral("env.trailing_text"));
    EXPECT_EQ(file.errors[1].code, QStringLiteral("env.interpolation"));
    EXPECT_EQ(file.errors[2].code, QStringLiteral("env.interpolation"));
    EXPECT_TRUE(SettingsText::describe(file.errors[0], Audience::CommandLine).startsWith(QStringLiteral("line 1: SMTP_EHLO_NAME")));
    EXPECT_EQ(file.values().value(QStringLiteral("SMTP_HOST")), QStringLiteral("ok"));
    EXPECT_FALSE(file.values().contains(QStringLiteral("SMTP_PASS"))) << "a refused line gives no value";
}

TEST(EnvFile, GarbageGetsAShortAnswer)
{
    QString garbage;
    for (int i = 0; i < 5000; ++i)
        garbage += QStringLiteral("not a line %1\n").arg(i);
    const EnvFile file = parseEnvFile(garbage);
    ASSERT_EQ(file.errors.size(), 21);
    EXPECT_EQ(file.errors.last().code, QStringLiteral("env.more_errors"));
    EXPECT_EQ(file.errors.last().parameters.value(QStringLiteral("count")).toInt(), 4980);
}

namespace {

// A module directory of its own in SELFMX_MODULE_DIR for one test, the runner's restored after.
class ModuleDirectory : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_saved = qgetenv("SELFMX_MODULE_DIR");
        ASSERT_TRUE(m_dir.isValid());
        qputenv("SELFMX_MODULE_DIR", QFile::encodeName(m_dir.path()));
        QFile module(m_dir.filePath(QStringLiteral("selfmx-test.so")));
        ASSERT_TRUE(module.open(QIODevice::WriteOnly));
        ASSERT_TRUE(setPermissions(m_dir.path(), privateDirectory));
        ASSERT_TRUE(setPermissions(module.fileName(), privateFile));
    }
    void TearDown() override { qputenv("SELFMX_MODULE_DIR", m_saved); }
    QString modulePath() const { return m_dir.filePath(QStringLiteral("selfmx-test.so")); }
    QString directory() const { return m_dir.path(); }
    static bool setPermissions(const QString &path, QFileDevice::Permissions permissions)
    {
        return QFile::setPermissions(path, permissions);
    }

    static constexpr QFileDevice::Permissions privateDirectory = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                                 | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                                 | QFileDevice::ExeOther;
    static constexpr QFileDevice::Permissions privateFile = privateDirectory;

private:
    QByteArray m_saved;
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ModuleDirectory, AFileOnlyItsOwnerCanChangeIsFound)
{
    const ModuleFile found = findModule(QStringLiteral("selfmx-test.so"));
    EXPECT_TRUE(found.exists);
    EXPECT_EQ(found.path, modulePath()) << found.problem.toStdString();
    EXPECT_TRUE(found.problem.isEmpty()) << found.problem.toStdString();
}

// A member of the file's group could replace the module as well as anyone: refused.
TEST_F(ModuleDirectory, GroupWritableFileIsRefused)
{
    ASSERT_TRUE(setPermissions(modulePath(), privateFile | QFileDevice::WriteGroup));
    const ModuleFile found = findModule(QStringLiteral("selfmx-test.so"));
    EXPECT_TRUE(found.exists);
    EXPECT_TRUE(found.path.isEmpty()) << "loaded from a group-writable file";
    EXPECT_EQ(found.problem, modulePath() + QStringLiteral(" is writable by its group; not loaded"));
}

// And one of the directory's group could put another file in its place.
TEST_F(ModuleDirectory, GroupWritableDirectoryIsRefused)
{
    ASSERT_TRUE(setPermissions(directory(), privateDirectory | QFileDevice::WriteGroup));
    const ModuleFile found = findModule(QStringLiteral("selfmx-test.so"));
    EXPECT_TRUE(found.exists);
    EXPECT_TRUE(found.path.isEmpty()) << "loaded from a group-writable directory";
    EXPECT_EQ(found.problem, directory() + QStringLiteral(" is writable by its group; not loaded"));
}

TEST_F(ModuleDirectory, WorldWritableFileIsRefused)
{
    ASSERT_TRUE(setPermissions(modulePath(), privateFile | QFileDevice::WriteOther));
    const ModuleFile found = findModule(QStringLiteral("selfmx-test.so"));
    EXPECT_TRUE(found.path.isEmpty());
    EXPECT_EQ(found.problem, modulePath() + QStringLiteral(" is writable by every user; not loaded"));
}
