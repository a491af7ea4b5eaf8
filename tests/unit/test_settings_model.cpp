// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// The field table, the settings draft and the profile file's validation.
#include "settingsamples.h"

#include "profile/profilestore.h"
#include "profile/settingsdraft.h"
#include "settings/fields.h"
#include "text/settingstext.h"

#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace selfmx;
using settings::Field;
using settings::Group;

namespace {

QHash<QString, QString> everyFieldSet()
{
    return test::everySetting();
}

} // namespace

// Every row is complete, keys are unique, and each default passes its own rules.
TEST(FieldTable, RowsAreCompleteAndDefaultsValid)
{
    QSet<QString> keys;
    QSet<QString> options;
    for (const Field &f : settings::fields()) {
        SCOPED_TRACE(f.key.toStdString());
        EXPECT_FALSE(keys.contains(f.key));
        keys.insert(f.key);
        EXPECT_TRUE(f.label && *f.label);
        EXPECT_TRUE(f.help && *f.help);
        EXPECT_TRUE(f.read && f.write);
        if (!f.option.isEmpty()) {
            EXPECT_FALSE(options.contains(f.option));
            options.insert(f.option);
        }
        EXPECT_EQ(f.isSecret(), f.option.isEmpty()) << "secrets are never command-line options";
        settings::Issue problem;
        EXPECT_EQ(f.normalize(f.defaultText, &problem), std::optional<QString>(f.defaultText));
        // The typed defaults are the table's defaults.
        if (!f.defaultText.isEmpty()) {
            EXPECT_EQ(f.read(settings::Configuration()), f.defaultText);
        }
    }
    EXPECT_EQ(keys.size(), everyFieldSet().size()) << "the round-trip tests cover every field";
}

// The settings page's variables and the relay's, with SelfMX's names and the console's defaults.
TEST(FieldTable, DocumentedNamesGroupsAndDefaults)
{
    struct Row {
        const char *key;
        Group group;
        const char *defaultText;
    };
    const Row rows[] = {
        {"SMTP_HOST", Group::Smtp, ""},
        {"SMTP_PORT", Group::Smtp, "587"},
        {"SMTP_USER", Group::Smtp, ""},
        {"SMTP_PASS", Group::Smtp, ""},
        {"SMTP_TLS", Group::Smtp, "true"},
        {"SMTP_TLS_VERIFY", Group::Smtp, "true"},
        {"SMTP_TIMEOUT", Group::Smtp, "30"},
        {"SMTP_POOL_SIZE", Group::Relay, "10"},
        {"HOST", Group::Relay, "127.0.0.1"},
        {"PORT", Group::Relay, "8080"},
        {"API_KEY", Group::Relay, ""},
        {"RATE_LIMIT_REQUESTS", Group::Relay, "100"},
        {"RATE_LIMIT_WINDOW", Group::Relay, "60"},
        {"QUEUE_WORKERS", Group::Relay, "4"},
        {"QUEUE_RETRY_ATTEMPTS", Group::Relay, "3"},
        {"QUEUE_RETRY_DELAY", Group::Relay, "60"},
        {"LOG_LEVEL", Group::Relay, "info"},
        {"LOG_FORMAT", Group::Relay, "json"},
        {"CORS_ORIGINS", Group::Relay, ""},
        {"MAX_BODY_SIZE", Group::Relay, "40"},
    };
    for (const Row &row : rows) {
        const Field *f = settings::field(QString::fromLatin1(row.key));
        ASSERT_NE(f, nullptr) << row.key;
        EXPECT_EQ(f->group, row.group) << row.key;
        EXPECT_EQ(f->defaultText, QString::fromLatin1(row.defaultText)) << row.key;
    }
    EXPECT_TRUE(settings::field(QStringLiteral("SMTP_PASS"))->isSecret());
    EXPECT_TRUE(settings::field(QStringLiteral("API_KEY"))->isSecret());
}

// values() and parse() are inverse for every field, and check() agrees with parse().
TEST(FieldTable, EveryFieldRoundTripsThroughText)
{
    const settings::Parsed parsed = settings::parse(everyFieldSet(), {}, settings::Groups(Group::Smtp) | Group::Relay);
    ASSERT_TRUE(parsed.ok())
        << selfmx::text::SettingsText::describe(parsed.errors, selfmx::text::Audience::CommandLine).join(u'\n').toStdString();
    EXPECT_EQ(settings::values(parsed.configuration), everyFieldSet());
    EXPECT_TRUE(settings::check(parsed.configuration).isEmpty());
}

// A non-SMTP relay variable (PORT is common in a developer's shell) is read only for the relay.
TEST(FieldTable, RelayNamesAreReadOnlyForTheRelay)
{
    QHash<QString, QString> env = {{QStringLiteral("SMTP_HOST"), QStringLiteral("h.test")},
                                   {QStringLiteral("PORT"), QStringLiteral("nope")}};
    EXPECT_TRUE(settings::parse(env).ok());
    const settings::Parsed relay = settings::parse(env, {}, settings::Groups(Group::Smtp) | Group::Relay);
    ASSERT_EQ(relay.errors.size(), 1);
    EXPECT_EQ(relay.errors[0].key, QStringLiteral("PORT"));
    env.insert(QStringLiteral("SMTP_POOL_SIZE"), QStringLiteral("1000"));
    EXPECT_FALSE(settings::parse(env).ok()) << "every SMTP_* variable is checked, as before";
}

TEST(FieldTable, TinyTimeoutsAreRefusedNotRoundedToZero)
{
    settings::Issue problem;
    EXPECT_FALSE(settings::field(QStringLiteral("SMTP_TIMEOUT"))->normalize(QStringLiteral("0.0001"), &problem));
    EXPECT_EQ(problem.code, QStringLiteral("not_seconds"));
}

class Draft : public ::testing::Test
{
protected:
    profile::Profile stored() const
    {
        profile::Profile p;
        p.id = QStringLiteral("id-1");
        p.name = QStringLiteral("prod");
        p.smtp.host = QStringLiteral("old.example.test");
        p.smtp.ehloName = QStringLiteral("client.example.test");
        p.smtp.pinnedSha256 = QByteArray("cd").repeated(32);
        p.smtp.authMechanism = smtp::AuthMechanism::Login;
        p.relay.poolSize = 3;
        return p;
    }
};

// "Apply to this profile" writes the edited fields only: what a form does not show (or the
// user did not touch) keeps its stored value.
TEST_F(Draft, ApplyWritesTheEditedFieldsOnly)
{
    profile::SettingsDraft draft;
    draft.load(stored());
    EXPECT_FALSE(draft.isDirty());
    QSignalSpy dirty(&draft, &profile::SettingsDraft::dirtyChanged);
    draft.setValue(QStringLiteral("SMTP_HOST"), QStringLiteral("new.example.test"));
    ASSERT_EQ(dirty.count(), 1);
    EXPECT_TRUE(dirty.at(0).at(0).toBool());

    profile::Profile target = stored();
    target.smtp.ehloName = QStringLiteral("changed-meanwhile.example.test"); // e.g. by the command line
    ASSERT_TRUE(draft.applyTo(target));
    EXPECT_EQ(target.smtp.host, QStringLiteral("new.example.test"));
    EXPECT_EQ(target.smtp.ehloName, QStringLiteral("changed-meanwhile.example.test"));
    EXPECT_EQ(target.smtp.pinnedSha256, stored().smtp.pinnedSha256);
    EXPECT_EQ(target.smtp.authMechanism, smtp::AuthMechanism::Login);
    EXPECT_EQ(target.relay.poolSize, 3);
}

// Problems appear as the user types, name the field, and block apply without writing anything.
TEST_F(Draft, ProblemsAsYouTypeAndNothingHalfApplied)
{
    profile::SettingsDraft draft;
    draft.load(stored());
    QSignalSpy errors(&draft, &profile::SettingsDraft::errorsChanged);
    draft.setValue(QStringLiteral("SMTP_HOST"), QStringLiteral("better.example.test"));
    draft.setValue(QStringLiteral("SMTP_TLS_PIN_SHA256"), QStringLiteral("not hex"));
    ASSERT_EQ(errors.count(), 1);
    EXPECT_EQ(errors.at(0).at(0).toString(), QStringLiteral("SMTP_TLS_PIN_SHA256"));
    ASSERT_EQ(draft.errors(QStringLiteral("SMTP_TLS_PIN_SHA256")).size(), 1);
    EXPECT_EQ(draft.errors(QStringLiteral("SMTP_TLS_PIN_SHA256"))[0].code, QStringLiteral("not_a_fingerprint"));
    profile::Profile target = stored();
    EXPECT_FALSE(draft.applyTo(target));
    EXPECT_EQ(target.smtp.host, stored().smtp.host) << "a rejected draft changes nothing";

    draft.setValue(QStringLiteral("SMTP_HOST"), QString());
    EXPECT_EQ(draft.errors(QStringLiteral("SMTP_HOST"))[0].code, QStringLiteral("required"));
    draft.setValue(QStringLiteral("SMTP_TLS_PIN_SHA256"), QString()); // cleared: no pin
    draft.setValue(QStringLiteral("SMTP_HOST"), QStringLiteral("better.example.test"));
    ASSERT_TRUE(draft.applyTo(target));
    EXPECT_TRUE(target.smtp.pinnedSha256.isEmpty());
}

TEST_F(Draft, SecretsAreEditedApartFromTheProfile)
{
    profile::SettingsDraft draft;
    draft.load(stored(), {{QStringLiteral("SMTP_PASS"), QStringLiteral("from-keychain")}});
    EXPECT_EQ(draft.configuration().smtp.password, QStringLiteral("from-keychain"));
    EXPECT_TRUE(draft.editedSecrets().isEmpty());
    draft.setValue(QStringLiteral("SMTP_PASS"), QStringLiteral("new"));
    EXPECT_EQ(draft.editedSecrets(), (QHash<QString, QString>{{QStringLiteral("SMTP_PASS"), QStringLiteral("new")}}));
    profile::Profile target = stored();
    ASSERT_TRUE(draft.applyTo(target));
    EXPECT_TRUE(target.smtp.password.isEmpty()) << "a secret never rides in the profile";
}

// Hand-edited files go through the same rules as the environment; the issue names the
// file, the profile and the key. Profiles written by 0.1 are read from their old keys.
TEST(ProfileFile, StoredValuesAreCheckedAndOldKeysRead)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.ini"));
    {
        QSettings ini(path, QSettings::IniFormat);
        ini.setValue(QStringLiteral("a/name"), QStringLiteral("broken"));
        ini.setValue(QStringLiteral("a/SMTP_HOST"), QStringLiteral("h.test"));
        ini.setValue(QStringLiteral("a/SMTP_PORT"), QStringLiteral("70000"));
        ini.setValue(QStringLiteral("a/SMTP_TIMEOUT"), QStringLiteral("0"));
        ini.setValue(QStringLiteral("b/name"), QStringLiteral("old"));
        ini.setValue(QStringLiteral("b/host"), QStringLiteral("legacy.example.test"));
        ini.setValue(QStringLiteral("b/port"), 2525);
        ini.setValue(QStringLiteral("b/timeoutMs"), 12500);
        ini.setValue(QStringLiteral("b/poolSize"), 4);
        ini.setValue(QStringLiteral("b/ehloName"), QStringLiteral("me.example.test"));
    }
    profile::ProfileStore store(path);
    const auto broken = store.find(QStringLiteral("broken"));
    ASSERT_TRUE(broken.has_value());
    ASSERT_EQ(broken->loadIssues.size(), 2);
    EXPECT_EQ(broken->loadIssues[0].key, QStringLiteral("SMTP_PORT"));
    EXPECT_EQ(broken->loadIssues[1].key, QStringLiteral("SMTP_TIMEOUT"));
    const QString message = text::SettingsText::describe(broken->loadIssues[0], text::Audience::CommandLine);
    EXPECT_TRUE(message.contains(path)) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("SMTP_PORT: \"70000\" is not a port"))) << message.toStdString();

    const auto old = store.find(QStringLiteral("old"));
    ASSERT_TRUE(old.has_value());
    EXPECT_TRUE(old->loadIssues.isEmpty());
    EXPECT_EQ(old->smtp.host, QStringLiteral("legacy.example.test"));
    EXPECT_EQ(old->smtp.port, 2525);
    EXPECT_EQ(old->smtp.timeout, std::chrono::milliseconds(12500));
    EXPECT_EQ(old->relay.poolSize, 4);
    EXPECT_EQ(old->smtp.ehloName, QStringLiteral("me.example.test"));
}
