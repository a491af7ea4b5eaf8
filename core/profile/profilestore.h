// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "profile.h"
#include "secretstore.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace selfmx::profile {

// One profile operation. finished() is emitted exactly once, never synchronously; when it
// failed, nothing was changed (a rejected profile is not half-saved).
class ProfileJob : public QObject
{
    Q_OBJECT
public:
    bool succeeded() const { return m_issues.isEmpty() && m_secretError == SecretError::None; }
    // What was wrong with the profile or the file (codes and parameters, see settings::Issue).
    const QList<settings::Issue> &issues() const { return m_issues; }
    SecretError secretError() const { return m_secretError; }
    // The keychain backend's own words, when it failed (text/keychaintext.h words it).
    QString secretErrorText() const { return m_secretText; }
    const Profile &profile() const { return m_profile; }
    QString secret() const { return m_secret; } // readSecret() / readPassword() only
    QString password() const { return m_secret; }
    // For logs and test failures: "SMTP_PORT: not_a_port; <the keychain's words>". People
    // read these through the front ends' text (text/settingstext.h).
    QString errorString() const;

Q_SIGNALS:
    void finished();

private:
    friend class ProfileStore;
    using QObject::QObject;
    void finishLater();
    // Records a keychain failure and finishes; false (and nothing recorded) when the
    // secret job succeeded, or failed only with NotFound where that is fine.
    bool failedOn(const SecretJob *secret, bool notFoundIsFine);

    QList<settings::Issue> m_issues;
    SecretError m_secretError = SecretError::None;
    QString m_secretText;
    Profile m_profile;
    QString m_secret;
};

// Profiles on disk: the field table's non-secret values in an INI file under the per-user
// config location (one group per profile id, one key per field), secrets in the keychain
// (SecretStore) keyed by the profile's id. One instance per process, passed to whoever
// needs it; profilesChanged() tells them when a profile was added, changed or removed.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    explicit ProfileStore(QString path = defaultPath(), QObject *parent = nullptr);
    static QString defaultPath();
    QString path() const { return m_path; }

    // By name. A profile whose stored values break the rules is listed with loadIssues.
    QList<Profile> profiles() const;
    std::optional<Profile> find(const QString &nameOrId) const;

    // Secret changes by field key (SMTP_PASS, API_KEY): absent keeps what is stored, an
    // empty string removes it, anything else replaces it.
    using SecretChanges = QHash<QString, QString>;

    // Adds (empty id) or updates a profile. password: nullopt keeps what is stored, an
    // empty string removes it, anything else replaces it.
    ProfileJob *save(Profile profile, std::optional<QString> password = std::nullopt);
    ProfileJob *saveWithSecrets(Profile profile, const SecretChanges &secrets);
    ProfileJob *remove(const QString &id);
    ProfileJob *duplicate(const QString &id, const QString &newName);
    ProfileJob *readPassword(const QString &id);
    ProfileJob *readSecret(const QString &id, const QString &fieldKey);

    // The profile the command line uses when no --profile is given and no SMTP_* variable is
    // set (README "Profiles"): its id, kept in the file's [General] section; empty when none
    // is chosen or the chosen one was removed.
    QString defaultProfileId() const;
    // Chooses the default by name or id (empty: none). False when there is no such profile
    // or the file cannot be written. Emits profilesChanged() when it changed.
    bool setDefaultProfile(const QString &nameOrId);

    // The keychain key of a secret field of a profile.
    static QString secretKey(const QString &profileId, const QString &fieldKey);

Q_SIGNALS:
    void profilesChanged();

private:
    struct SecretStep {
        QString fieldKey;
        QString value; // empty: remove
    };
    // False when the file cannot be written; the caller records "cannot_write".
    bool writeProfile(const Profile &profile);
    bool eraseProfile(const QString &id);
    Profile readProfile(const QString &id) const;
    // A job about an existing profile; already finishing with "no profile" when there is none.
    ProfileJob *jobFor(const QString &nameOrId, bool *found);
    // A save: back up the secrets it replaces, apply the secret changes, write the file;
    // on a failure put every changed secret back before finishing.
    struct SaveState {
        QPointer<ProfileJob> job;
        Profile profile;
        bool isNew = false;
        QList<SecretStep> steps;
        QStringList toBackUp;
        QHash<QString, QString> previous; // field key -> the stored secret before the save
        QStringList applied;              // field keys changed in the keychain so far
    };
    void backUpSecrets(const std::shared_ptr<SaveState> &save);
    void applySecrets(const std::shared_ptr<SaveState> &save);
    void writeSaved(const std::shared_ptr<SaveState> &save);
    void finishSave(const std::shared_ptr<SaveState> &save, SecretError error, const QString &errorText);
    void removeNext(ProfileJob *job, QStringList secretFields, bool removedAny);
    // Reads the secrets one after another, then calls `then`; a keychain failure finishes `job`.
    void readSecrets(ProfileJob *job, const QString &profileId, QStringList fieldKeys, SecretChanges read,
                     const std::function<void(const SecretChanges &)> &then);

    QString m_path;
};

} // namespace selfmx::profile
