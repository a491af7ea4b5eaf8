// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "profileresolver.h"

#include "profilestore.h"

#include <QTimer>

namespace selfmx::profile {

void ResolveJob::finish(Failure failure)
{
    m_failure = failure;
    Q_EMIT finished();
}

ProfileResolver::ProfileResolver(ProfileStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

ResolveJob *ProfileResolver::resolve(const QString &nameOrId, const QHash<QString, QString> &environment, settings::Groups groups,
                                     MissingSecrets missing)
{
    auto *job = new ResolveJob(this);
    QStringList secretFields;
    if (!nameOrId.isEmpty()) {
        const std::optional<Profile> stored = m_store ? m_store->find(nameOrId) : std::nullopt;
        if (!stored) {
            job->m_issues.append({QStringLiteral("profile"), QStringLiteral("not_found"), {{QStringLiteral("value"), nameOrId}}});
            QTimer::singleShot(0, job, [job]() { job->finish(ResolveJob::Failure::NotFound); });
            return job;
        }
        job->m_profile = *stored;
        if (!stored->loadIssues.isEmpty()) {
            job->m_issues = stored->loadIssues;
            QTimer::singleShot(0, job, [job]() { job->finish(ResolveJob::Failure::StoredValues); });
            return job;
        }
        for (const settings::Field *f : settings::fields(groups)) {
            // A secret in the environment wins, as every other variable does; else the keychain's.
            if (f->isSecret() && hasSecret(*stored, f->key) && environment.value(f->key).isEmpty())
                secretFields.append(f->key);
        }
    }
    const settings::Configuration base = job->m_profile;
    QTimer::singleShot(0, job, [this, job, secretFields, base, environment, groups, missing]() {
        readNextSecret(job, secretFields, base, environment, groups, missing);
    });
    return job;
}

void ProfileResolver::readNextSecret(ResolveJob *job, QStringList secretFields, settings::Configuration base,
                                     const QHash<QString, QString> &environment, settings::Groups groups, MissingSecrets missing)
{
    if (secretFields.isEmpty()) {
        job->m_parsed = settings::parse(environment, base, groups);
        job->m_issues += job->m_parsed.errors;
        job->finish(job->m_parsed.ok() ? ResolveJob::Failure::None : ResolveJob::Failure::Values);
        return;
    }
    const QString fieldKey = secretFields.takeFirst();
    SecretJob *secret = SecretStore::read(ProfileStore::secretKey(job->m_profile.id, fieldKey), job);
    connect(secret, &SecretJob::finished, job, [this, job, secret, secretFields, base, environment, groups, fieldKey, missing]() mutable {
        if (secret->error() == SecretError::NotFound && missing == MissingSecrets::Tolerate) {
            job->m_missingSecrets.append(fieldKey);
            readNextSecret(job, secretFields, base, environment, groups, missing);
            return;
        }
        if (secret->error() != SecretError::None) {
            job->m_secretError = secret->error();
            job->m_secretText = secret->errorString();
            job->finish(ResolveJob::Failure::Keychain);
            return;
        }
        settings::field(fieldKey)->write(base, secret->secret());
        readNextSecret(job, secretFields, base, environment, groups, missing);
    });
}

} // namespace selfmx::profile
