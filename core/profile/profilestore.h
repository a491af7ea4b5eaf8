// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "profile.h"
#include "secretstore.h"

#include <QObject>
#include <QString>

#include <optional>

namespace selfmx::profile {

// One profile operation. finished() is emitted exactly once, never synchronously; when it
// failed, nothing was changed (a rejected profile is not half-saved).
class ProfileJob : public QObject
{
    Q_OBJECT
public:
    bool succeeded() const { return m_issues.isEmpty() && m_secretError == SecretError::None; }
    const QList<FieldIssue> &issues() const { return m_issues; }
    SecretError secretError() const { return m_secretError; }
    QString errorString() const;
    const Profile &profile() const { return m_profile; }
    QString password() const { return m_password; } // readPassword() only

Q_SIGNALS:
    void finished();

private:
    friend class ProfileStore;
    using QObject::QObject;
    void finishLater();
    // Records a keychain failure and finishes; false (and nothing recorded) when the
    // secret job succeeded, or failed only with NotFound where that is fine.
    bool failedOn(const SecretJob *secret, bool notFoundIsFine);

    QList<FieldIssue> m_issues;
    SecretError m_secretError = SecretError::None;
    QString m_secretText;
    Profile m_profile;
    QString m_password;
};

// Profiles on disk: non-secret fields in an INI file under the per-user config location,
// secrets in the keychain (SecretStore), keyed by the profile's stable id.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    explicit ProfileStore(QString path = defaultPath(), QObject *parent = nullptr);
    static QString defaultPath();
    QString path() const { return m_path; }

    QList<Profile> profiles() const; // by name
    std::optional<Profile> find(const QString &nameOrId) const;

    // Adds (empty id) or updates a profile. password: nullopt keeps what is stored, an
    // empty string removes it, anything else replaces it.
    ProfileJob *save(Profile profile, std::optional<QString> password = std::nullopt);
    ProfileJob *remove(const QString &id);
    ProfileJob *duplicate(const QString &id, const QString &newName);
    ProfileJob *readPassword(const QString &id);

private:
    bool writeProfile(const Profile &profile, QString *error);
    bool eraseProfile(const QString &id, QString *error);
    Profile readProfile(const QString &id) const;
    // A job about an existing profile; already finishing with "no profile" when there is none.
    ProfileJob *jobFor(const QString &nameOrId, bool *found);

    QString m_path;
};

} // namespace selfmx::profile
