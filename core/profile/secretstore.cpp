// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "secretstore.h"

#include "keychainbackend.h"
#include "logging.h"
#include "moduledirectory.h"

#include <QLibrary>
#include <QTimer>

namespace selfmx::profile {

namespace {

// selfmx-keychain plus the platform's module suffix (core/profile/CMakeLists.txt).
constexpr char moduleFile[] = SELFMX_KEYCHAIN_MODULE_FILE;

struct LoadedBackend {
    KeychainBackend *backend = nullptr;
    QString error; // why there is none
};

// Loaded once per process, on the first secret operation, and never unloaded.
const LoadedBackend &loadedBackend()
{
    static const LoadedBackend loaded = []() {
        LoadedBackend result;
        // The one module directory, and only a file nobody else can change (moduledirectory.h).
        const ModuleFile file = findModule(QString::fromLatin1(moduleFile));
        if (file.path.isEmpty()) {
            result.error = file.problem;
            return result;
        }
        QLibrary library(file.path);
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
