// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "secretstore.h"

#include "logging.h"

#include <QFileInfo>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace selfmx::profile {

namespace {

// Without a D-Bus session QtKeychain's libsecret backend fails with OtherError only; the
// environment tells us why, so the user hears "no keychain" instead of a D-Bus message.
bool sessionBusReachable()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/bus"));
}

SecretError mapError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError: return SecretError::None;
    case QKeychain::EntryNotFound: return SecretError::NotFound;
    case QKeychain::AccessDeniedByUser: return SecretError::Locked;
    case QKeychain::AccessDenied: return SecretError::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return SecretError::NoKeychain;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError: return sessionBusReachable() ? SecretError::Failed : SecretError::NoKeychain;
    }
    return SecretError::Failed;
}

} // namespace

struct SecretJobRunner {
    template<typename KeychainJob>
    static SecretJob *run(KeychainJob *keychainJob, QObject *parent);
};

template<typename KeychainJob>
SecretJob *SecretJobRunner::run(KeychainJob *keychainJob, QObject *parent)
{
    auto *job = new SecretJob(parent);
    keychainJob->setParent(job);
    keychainJob->setAutoDelete(false);
    // Never QtKeychain's "insecure fallback": a secret must not reach a plain file.
    keychainJob->setInsecureFallback(false);
    QObject::connect(keychainJob, &QKeychain::Job::finished, job, [job](QKeychain::Job *done) {
        const SecretError error = mapError(done->error());
        // The key names the profile, never the secret; errorString() is the backend's words.
        qCDebug(lcProfile) << done->metaObject()->className() << done->key() << "-> SecretError" << int(error) << done->errorString();
        const auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(done);
        SecretStore::complete(job, error, error == SecretError::None ? QString() : done->errorString(),
                              reader && error == SecretError::None ? reader->textData() : QString());
    });
    // QtKeychain starts asynchronously already; the queued start keeps our promise of
    // "never synchronous" even for backends that fail at once.
    QTimer::singleShot(0, keychainJob, [keychainJob]() { keychainJob->start(); });
    return job;
}

void SecretStore::complete(SecretJob *job, SecretError error, const QString &errorString, const QString &secret)
{
    job->m_error = error;
    job->m_errorString = errorString;
    job->m_secret = secret;
    Q_EMIT job->finished();
}

QString SecretStore::service()
{
    return QStringLiteral("selfmx-console");
}

QString SecretStore::smtpPasswordKey(const QString &profileId)
{
    return QStringLiteral("profile/%1/smtp-password").arg(profileId);
}

QString SecretStore::relayApiKeyKey(const QString &profileId)
{
    return QStringLiteral("profile/%1/relay-api-key").arg(profileId);
}

SecretJob *SecretStore::read(const QString &key, QObject *parent)
{
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setKey(key);
    return SecretJobRunner::run(job, parent);
}

SecretJob *SecretStore::write(const QString &key, const QString &secret, QObject *parent)
{
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setKey(key);
    job->setTextData(secret);
    return SecretJobRunner::run(job, parent);
}

SecretJob *SecretStore::remove(const QString &key, QObject *parent)
{
    auto *job = new QKeychain::DeletePasswordJob(service());
    job->setKey(key);
    return SecretJobRunner::run(job, parent);
}

} // namespace selfmx::profile
