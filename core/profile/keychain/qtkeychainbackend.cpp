// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// The keychain module: KeychainBackend on QtKeychain (the Secret Service on Linux, the
// Keychain on macOS, the Credential Store on Windows), loaded by SecretStore when a secret
// is first needed.
#include "profile/keychainbackend.h"

#include <QDBusConnection>
#include <QFileInfo>
#include <QObject>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace selfmx::profile {

namespace {

// Without a D-Bus session QtKeychain's libsecret backend fails with OtherError only; the
// environment tells us why, so the user hears "no keychain" instead of a D-Bus message. An
// address that leads nowhere (a stale DBUS_SESSION_BUS_ADDRESS) is no session either.
bool sessionBusReachable()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return QDBusConnection::sessionBus().isConnected();
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

QKeychain::Job *makeJob(KeychainBackend::Operation operation, const QString &service, const QString &secret)
{
    switch (operation) {
    case KeychainBackend::Operation::Read: return new QKeychain::ReadPasswordJob(service);
    case KeychainBackend::Operation::Write: {
        auto *job = new QKeychain::WritePasswordJob(service);
        job->setTextData(secret);
        return job;
    }
    case KeychainBackend::Operation::Remove: return new QKeychain::DeletePasswordJob(service);
    }
    return nullptr;
}

class QtKeychainBackend final : public KeychainBackend
{
public:
    void start(Operation operation, const QString &service, const QString &key, const QString &secret, QObject *context, Done done) override
    {
        QKeychain::Job *job = makeJob(operation, service, secret);
        job->setKey(key);
        job->setParent(context);
        job->setAutoDelete(false);
        // Never QtKeychain's "insecure fallback": a secret must not reach a plain file.
        job->setInsecureFallback(false);
        QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *finished) {
            Result result;
            result.error = mapError(finished->error());
            if (result.error != SecretError::None)
                result.errorString = finished->errorString();
            else if (const auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                result.secret = reader->textData();
            done(result);
        });
        // QtKeychain starts asynchronously already; the queued start keeps SecretStore's
        // promise of "never synchronous" even for backends that fail at once.
        QTimer::singleShot(0, job, [job]() { job->start(); });
    }
};

} // namespace

} // namespace selfmx::profile

extern "C" Q_DECL_EXPORT selfmx::profile::KeychainBackend *selfmx_keychain_backend_v1()
{
    static selfmx::profile::QtKeychainBackend backend;
    return &backend;
}
