// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QObject>
#include <QString>

namespace selfmx::profile {

// What went wrong with the keychain, each with its own message and fix.
enum class SecretError {
    None,
    NoKeychain,   // no Secret Service / D-Bus session: nothing can be stored
    Locked,       // the keychain is locked and was not unlocked
    AccessDenied, // the keychain refused this program
    NotFound,     // no secret under this key
    NotInstalled, // the keychain module is missing from this installation (keychainbackend.h)
    Failed,       // anything else, with the backend's words
};

// One keychain operation; finished() is emitted exactly once, never synchronously.
class SecretJob : public QObject
{
    Q_OBJECT
public:
    SecretError error() const { return m_error; }
    // The keychain backend's own words (untranslated); people read text/keychaintext.h.
    QString errorString() const { return m_errorString; }
    QString secret() const { return m_secret; }

Q_SIGNALS:
    void finished();

private:
    friend class SecretStore;
    friend struct SecretJobRunner;
    using QObject::QObject;
    SecretError m_error = SecretError::None;
    QString m_errorString;
    QString m_secret;
};

// Secrets live only in the OS keychain, through QtKeychain in a module loaded on the first
// operation (keychainbackend.h): service "selfmx-console", one
// key per profile and kind of secret. There is no fallback to a file, ever: without a
// keychain, storing fails with SecretError::NoKeychain.
class SecretStore
{
public:
    static QString service();
    static QString smtpPasswordKey(const QString &profileId);
    static QString relayApiKeyKey(const QString &profileId);

    static SecretJob *read(const QString &key, QObject *parent);
    static SecretJob *write(const QString &key, const QString &secret, QObject *parent);
    static SecretJob *remove(const QString &key, QObject *parent);

private:
    friend struct SecretJobRunner;
    static void complete(SecretJob *job, SecretError error, const QString &errorString, const QString &secret);
};

} // namespace selfmx::profile
