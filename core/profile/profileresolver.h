// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "profile.h"
#include "secretstore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace selfmx::profile {

class ProfileStore;

// One resolution: finished() exactly once, never synchronously.
class ResolveJob : public QObject
{
    Q_OBJECT
public:
    enum class Failure {
        None,
        NotFound,     // no profile of that name
        StoredValues, // the profile file holds values that break the rules (loadIssues)
        Values,       // the environment's values break the rules (issues)
        Keychain,     // a stored secret could not be read (secretError)
    };
    Q_ENUM(Failure)

    bool succeeded() const { return m_failure == Failure::None; }
    Failure failure() const { return m_failure; }
    // The stored profile (empty when none was named).
    const Profile &profile() const { return m_profile; }
    // The settings to use: the profile's fields, its secrets from the keychain, then the
    // environment over them field by field. Valid when succeeded().
    const settings::Parsed &parsed() const { return m_parsed; }
    const settings::Configuration &configuration() const { return m_parsed.configuration; }
    // Errors by field (NotFound: key "profile", code "not_found"), and the environment's
    // warnings and unknown keys, which are reported also when it succeeded.
    const QList<settings::Issue> &issues() const { return m_issues; }
    SecretError secretError() const { return m_secretError; }
    QString secretErrorText() const { return m_secretText; }
    // With MissingSecrets::Tolerate: the secret fields the profile says are stored but the
    // keychain does not have (the rest resolved as usual).
    const QStringList &missingSecrets() const { return m_missingSecrets; }

Q_SIGNALS:
    void finished();

private:
    friend class ProfileResolver;
    using QObject::QObject;
    void finish(Failure failure);

    Failure m_failure = Failure::None;
    Profile m_profile;
    settings::Parsed m_parsed;
    QList<settings::Issue> m_issues;
    SecretError m_secretError = SecretError::None;
    QString m_secretText;
    QStringList m_missingSecrets;
};

// Turns "profile NAME, plus this environment" into settings, the same way for every front
// end (the command line, the window, the relay): the stored fields, then each stored
// secret from the keychain unless the environment sets it, then the environment's values
// over the result, field by field, as SelfMX itself reads its environment.
class ProfileResolver : public QObject
{
    Q_OBJECT
public:
    explicit ProfileResolver(ProfileStore *store, QObject *parent = nullptr);

    // A stored secret the keychain no longer has: a failure (to connect, nothing can go on),
    // or tolerated (a form shows the profile and asks for it).
    enum class MissingSecrets { Fail, Tolerate };

    // nameOrId empty: the environment alone over the defaults. Only the fields of `groups`
    // (and every SMTP_* field) are read, and only their secrets fetched.
    ResolveJob *resolve(const QString &nameOrId, const QHash<QString, QString> &environment,
                        settings::Groups groups = settings::Group::Smtp, MissingSecrets missing = MissingSecrets::Fail);

private:
    void readNextSecret(ResolveJob *job, QStringList secretFields, settings::Configuration base, const QHash<QString, QString> &environment,
                        settings::Groups groups, MissingSecrets missing);

    QPointer<ProfileStore> m_store;
};

} // namespace selfmx::profile
