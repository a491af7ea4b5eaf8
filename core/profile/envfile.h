// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "profile.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace selfmx::profile {

// A .env file as SelfMX deployments write them: KEY=value lines, "# comments", blank
// lines, an optional "export " prefix, 'single' (literal) or "double" (escapes) quotes.
struct EnvFile {
    QList<std::pair<QString, QString>> entries; // in file order
    // Lines it could not read: key "file", code "env.syntax", "env.unterminated_quote",
    // "env.trailing_text", "env.interpolation" or "env.encoding" (not UTF-8),
    // parameters "line" (1-based), "text" or "key".
    QList<settings::Issue> errors;
    QHash<QString, QString> values() const;
};
EnvFile parseEnvFile(const QString &text);
// The file's bytes: a line that is not UTF-8 is reported (code "env.encoding"), not read
// with replacement characters.
EnvFile parseEnvFile(const QByteArray &bytes);

// A profile from a .env file: missing values take the documented defaults; unknown
// SMTP_* keys are reported (typos), never silently dropped.
struct EnvImport {
    Profile profile;
    QString password;                // SMTP_PASS: for the keychain only
    QHash<QString, QString> secrets; // SMTP_PASS, API_KEY when the file has them
    QList<settings::Issue> errors;
    QList<settings::Issue> warnings;
    QStringList unknownKeys;
    bool ok() const { return errors.isEmpty(); }
};
EnvImport importEnv(const QString &text, const QString &name);
EnvImport importEnv(const QByteArray &bytes, const QString &name);
// Which provider a host belongs to, for imported profiles.
Provider guessProvider(const QString &host, QString *region = nullptr);

// Exports. The .env holds a secret (SMTP_PASS, API_KEY) only when it is passed in (the
// caller warns); swaks and msmtp never contain it: msmtp asks the keychain (passwordeval
// secret-tool), swaks prompts or asks the keychain as it runs. Every field of the table is written: the settings page's
// variables always, the others when they differ from their defaults.
QString exportEnv(const Profile &profile, const QHash<QString, QString> &secrets);
QString exportEnv(const Profile &profile, const QString &password = QString());
// passwordFromKeychain: the command line takes the password from the keychain as it runs
// (secret-tool into swaks' SWAKS_OPT_auth_password, readable by its owner alone, never an
// argument that every user sees in the process list); otherwise swaks asks for it.
QString exportSwaks(const Profile &profile, bool passwordFromKeychain = false);
QString exportMsmtp(const Profile &profile);

} // namespace selfmx::profile
