// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "secretstore.h"

#include "keychainbackend.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace selfmx::profile {

namespace {

// selfmx-keychain plus the platform's module suffix (core/profile/CMakeLists.txt).
constexpr char moduleFile[] = SELFMX_KEYCHAIN_MODULE_FILE;

// The one directory this program takes the keychain module from: SELFMX_MODULE_DIR when
// set (the test runner, debugging), else the place relative to the program that an
// installed tree and the build tree share, with no absolute path baked in: bin/ and the
// build's app/ (and tests/, bench/ one level down) look in ../lib/selfmx-console, the helper
// programs under libexec/selfmx-console/ two levels up. Never a second guess: a directory
// two levels above bin/ is another prefix's (/usr/local/bin -> /usr/lib).
QString moduleDirectory()
{
    if (QString fromEnvironment = qEnvironmentVariable("SELFMX_MODULE_DIR"); !fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString program = QCoreApplication::applicationDirPath();
    const bool helper = program.endsWith(QLatin1String("/libexec/selfmx-console"));
    return QDir::cleanPath(program + (helper ? QStringLiteral("/../../lib/selfmx-console") : QStringLiteral("/../lib/selfmx-console")));
}

// Code that runs where passwords are read: only from a directory and a file that nobody but
// root or this user can change.
bool trusted(const QFileInfo &info, QString *why)
{
#ifdef Q_OS_UNIX
    if (info.ownerId() != 0 && info.ownerId() != uint(::geteuid())) {
        *why = QStringLiteral("%1 belongs to another user; not loaded").arg(info.filePath());
        return false;
    }
    if (info.permissions().testFlag(QFileDevice::WriteOther)) {
        *why = QStringLiteral("%1 is writable by every user; not loaded").arg(info.filePath());
        return false;
    }
#else
    Q_UNUSED(info)
    Q_UNUSED(why)
#endif
    return true;
}

struct LoadedBackend {
    KeychainBackend *backend = nullptr;
    QString error; // why there is none
};

// Loaded once per process, on the first secret operation, and never unloaded.
const LoadedBackend &loadedBackend()
{
    static const LoadedBackend loaded = []() {
        LoadedBackend result;
        const QFileInfo dir(moduleDirectory());
        const QFileInfo file(QDir(dir.filePath()).filePath(QLatin1StringView(moduleFile)));
        if (!file.isFile()) {
            result.error = QStringLiteral("%1 does not exist").arg(file.filePath());
            return result;
        }
        if (!trusted(dir, &result.error) || !trusted(file, &result.error))
            return result;
        QLibrary library(file.filePath());
        const auto entry =
            library.load() ? reinterpret_cast<KeychainBackendEntryPoint>(library.resolve(keychainBackendEntryPoint)) : nullptr;
        if (entry == nullptr) {
            result.error = library.errorString();
            return result;
        }
        result.backend = entry();
        qCDebug(lcProfile) << "keychain module" << library.fileName();
        return result;
    }();
    return loaded;
}

const char *operationName(KeychainBackend::Operation operation)
{
    switch (operation) {
    case KeychainBackend::Operation::Read: return "read";
    case KeychainBackend::Operation::Write: return "write";
    case KeychainBackend::Operation::Remove: return "remove";
    }
    return "?";
}

} // namespace

struct SecretJobRunner {
    static SecretJob *run(KeychainBackend::Operation operation, const QString &key, const QString &secret, QObject *parent)
    {
        auto *job = new SecretJob(parent);
        const LoadedBackend &loaded = loadedBackend();
        if (loaded.backend == nullptr) {
            // Without the module nothing can be stored; the loader's words say what is missing.
            QTimer::singleShot(0, job, [job, error = loaded.error]() { SecretStore::complete(job, SecretError::NotInstalled, error, {}); });
            return job;
        }
        loaded.backend->start(operation, SecretStore::service(), key, secret, job,
                              [job, operation, key](const KeychainBackend::Result &result) {
                                  // The key names the profile, never the secret.
                                  qCDebug(lcProfile) << "keychain" << operationName(operation) << key << "-> SecretError"
                                                     << int(result.error) << result.errorString;
                                  SecretStore::complete(job, result.error, result.errorString, result.secret);
                              });
        return job;
    }
};

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
    return SecretJobRunner::run(KeychainBackend::Operation::Read, key, {}, parent);
}

SecretJob *SecretStore::write(const QString &key, const QString &secret, QObject *parent)
{
    return SecretJobRunner::run(KeychainBackend::Operation::Write, key, secret, parent);
}

SecretJob *SecretStore::remove(const QString &key, QObject *parent)
{
    return SecretJobRunner::run(KeychainBackend::Operation::Remove, key, {}, parent);
}

} // namespace selfmx::profile
