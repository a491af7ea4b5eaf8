// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "profilestore.h"

#include "logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

namespace selfmx::profile {

QString ProfileJob::errorString() const
{
    QStringList parts;
    for (const FieldIssue &issue : m_issues)
        parts.append(issue.toString());
    if (m_secretError != SecretError::None)
        parts.append(m_secretText);
    return parts.join(QStringLiteral("; "));
}

void ProfileJob::finishLater()
{
    QTimer::singleShot(0, this, &ProfileJob::finished);
}

bool ProfileJob::failedOn(const SecretJob *secret, bool notFoundIsFine)
{
    if (secret->error() == SecretError::None || (notFoundIsFine && secret->error() == SecretError::NotFound))
        return false;
    m_secretError = secret->error();
    m_secretText = secret->errorString();
    Q_EMIT finished();
    return true;
}

ProfileJob *ProfileStore::jobFor(const QString &nameOrId, bool *found)
{
    auto *job = new ProfileJob(this);
    const std::optional<Profile> profile = find(nameOrId);
    *found = profile.has_value();
    if (!profile) {
        job->m_issues.append({QStringLiteral("name"), QStringLiteral("no profile \"%1\"").arg(nameOrId)});
        job->finishLater();
    } else {
        job->m_profile = *profile;
    }
    return job;
}

ProfileStore::ProfileStore(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{
}

QString ProfileStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/profiles.ini");
}

Profile ProfileStore::readProfile(const QString &id) const
{
    QSettings ini(m_path, QSettings::IniFormat);
    ini.beginGroup(id);
    Profile p;
    p.id = id;
    p.name = ini.value(QStringLiteral("name")).toString();
    p.provider = providerFromKey(ini.value(QStringLiteral("provider")).toString()).value_or(Provider::Custom);
    p.region = ini.value(QStringLiteral("region")).toString();
    smtp::Settings &s = p.smtp;
    s.host = ini.value(QStringLiteral("host")).toString();
    s.port = quint16(ini.value(QStringLiteral("port"), 587).toUInt());
    s.username = ini.value(QStringLiteral("username")).toString();
    s.tls = ini.value(QStringLiteral("tls"), true).toBool();
    const QString mode = ini.value(QStringLiteral("tlsMode")).toString();
    if (mode == u"implicit")
        s.tlsModeOverride = smtp::TlsMode::Implicit;
    else if (mode == u"starttls")
        s.tlsModeOverride = smtp::TlsMode::StartTls;
    else if (mode == u"none")
        s.tlsModeOverride = smtp::TlsMode::None;
    s.verifyPeer = ini.value(QStringLiteral("tlsVerify"), true).toBool();
    s.caFile = ini.value(QStringLiteral("caFile")).toString();
    s.timeout = std::chrono::milliseconds(ini.value(QStringLiteral("timeoutMs"), 30000).toLongLong());
    s.poolSize = ini.value(QStringLiteral("poolSize"), 10).toInt();
    s.ehloName = ini.value(QStringLiteral("ehloName")).toString();
    const QString mechanism = ini.value(QStringLiteral("authMechanism")).toString();
    for (smtp::AuthMechanism m : {smtp::AuthMechanism::Plain, smtp::AuthMechanism::Login, smtp::AuthMechanism::CramMd5}) {
        if (mechanism == smtp::mechanismName(m))
            s.authMechanism = m;
    }
    s.allowPlaintextAuth = ini.value(QStringLiteral("allowPlaintextAuth"), false).toBool();
    p.defaultSender = ini.value(QStringLiteral("sender")).toString();
    p.hasPassword = ini.value(QStringLiteral("hasPassword"), false).toBool();
    return p;
}

bool ProfileStore::writeProfile(const Profile &p, QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSettings ini(m_path, QSettings::IniFormat);
    ini.remove(p.id);
    ini.beginGroup(p.id);
    const smtp::Settings &s = p.smtp;
    ini.setValue(QStringLiteral("name"), p.name);
    ini.setValue(QStringLiteral("provider"), providerKey(p.provider));
    ini.setValue(QStringLiteral("region"), p.region);
    ini.setValue(QStringLiteral("host"), s.host);
    ini.setValue(QStringLiteral("port"), s.port);
    ini.setValue(QStringLiteral("username"), s.username);
    ini.setValue(QStringLiteral("tls"), s.tls);
    ini.setValue(QStringLiteral("tlsMode"), s.tlsModeOverride ? smtp::tlsModeName(*s.tlsModeOverride) : QString());
    ini.setValue(QStringLiteral("tlsVerify"), s.verifyPeer);
    ini.setValue(QStringLiteral("caFile"), s.caFile);
    ini.setValue(QStringLiteral("timeoutMs"), qint64(s.timeout.count()));
    ini.setValue(QStringLiteral("poolSize"), s.poolSize);
    ini.setValue(QStringLiteral("ehloName"), s.ehloName);
    ini.setValue(QStringLiteral("authMechanism"),
                 s.authMechanism == smtp::AuthMechanism::Auto ? QString() : smtp::mechanismName(s.authMechanism));
    ini.setValue(QStringLiteral("allowPlaintextAuth"), s.allowPlaintextAuth);
    ini.setValue(QStringLiteral("sender"), p.defaultSender);
    ini.setValue(QStringLiteral("hasPassword"), p.hasPassword);
    ini.endGroup();
    ini.sync();
    if (ini.status() != QSettings::NoError) {
        qCDebug(lcProfile) << "writing profile" << p.id << "to" << m_path << "failed:" << ini.status();
        *error = QStringLiteral("cannot write %1").arg(m_path);
        return false;
    }
    qCDebug(lcProfile) << "wrote profile" << p.id << p.name << "to" << m_path;
    return true;
}

bool ProfileStore::eraseProfile(const QString &id, QString *error)
{
    QSettings ini(m_path, QSettings::IniFormat);
    ini.remove(id);
    ini.sync();
    if (ini.status() != QSettings::NoError) {
        qCDebug(lcProfile) << "removing profile" << id << "from" << m_path << "failed:" << ini.status();
        *error = QStringLiteral("cannot write %1").arg(m_path);
        return false;
    }
    qCDebug(lcProfile) << "removed profile" << id << "from" << m_path;
    return true;
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> list;
    if (!QFileInfo::exists(m_path))
        return list;
    const QSettings ini(m_path, QSettings::IniFormat);
    const QStringList groups = ini.childGroups();
    for (const QString &id : groups)
        list.append(readProfile(id));
    qCDebug(lcProfile) << "read" << list.size() << "profiles from" << m_path;
    std::sort(list.begin(), list.end(), [](const Profile &a, const Profile &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return list;
}

std::optional<Profile> ProfileStore::find(const QString &nameOrId) const
{
    const QList<Profile> all = profiles();
    for (const Profile &p : all) {
        if (p.id == nameOrId || p.name.compare(nameOrId, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

ProfileJob *ProfileStore::save(Profile profile, std::optional<QString> password)
{
    auto *job = new ProfileJob(this);
    const QList<Profile> stored = profiles();
    const auto existing = std::find_if(stored.cbegin(), stored.cend(), [&profile](const Profile &p) { return p.id == profile.id; });
    const bool isNew = existing == stored.cend();
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job->m_issues = validate(profile);
    const bool clash = std::any_of(stored.cbegin(), stored.cend(), [&profile](const Profile &p) {
        return p.id != profile.id && p.name.compare(profile.name, Qt::CaseInsensitive) == 0;
    });
    if (clash)
        job->m_issues.append({QStringLiteral("name"), QStringLiteral("a profile named \"%1\" exists; pick another name").arg(profile.name)});
    if (!job->m_issues.isEmpty()) {
        job->finishLater();
        return job;
    }
    if (!isNew && !password)
        profile.hasPassword = existing->hasPassword; // untouched

    // Writes the settings and finishes the job; a new profile's freshly stored secret is
    // removed again if the file cannot be written, so nothing is half-saved.
    auto commit = [this, job](const Profile &toWrite, bool removeSecretOnFailure) {
        QString error;
        if (writeProfile(toWrite, &error)) {
            job->m_profile = toWrite;
        } else {
            job->m_issues.append({QStringLiteral("file"), error});
            if (removeSecretOnFailure)
                SecretStore::remove(SecretStore::smtpPasswordKey(toWrite.id), this);
        }
        Q_EMIT job->finished();
    };
    if (!password) {
        QTimer::singleShot(0, job, [commit, profile]() { commit(profile, false); });
        return job;
    }
    Profile withSecret = profile;
    withSecret.hasPassword = !password->isEmpty();
    SecretJob *secret = password->isEmpty() ? SecretStore::remove(SecretStore::smtpPasswordKey(profile.id), job)
                                            : SecretStore::write(SecretStore::smtpPasswordKey(profile.id), *password, job);
    const bool removing = password->isEmpty();
    connect(secret, &SecretJob::finished, job, [job, secret, withSecret, isNew, removing, commit]() {
        if (!job->failedOn(secret, removing))
            commit(withSecret, isNew && !removing);
    });
    return job;
}

ProfileJob *ProfileStore::remove(const QString &id)
{
    bool found = false;
    ProfileJob *job = jobFor(id, &found);
    if (!found)
        return job;
    auto erase = [this, job]() {
        QString error;
        if (!eraseProfile(job->m_profile.id, &error))
            job->m_issues.append({QStringLiteral("file"), error});
        Q_EMIT job->finished();
    };
    if (!job->m_profile.hasPassword) {
        QTimer::singleShot(0, job, erase);
        return job;
    }
    // The secret goes first: if the keychain cannot delete it, the profile stays, so
    // nothing is left in the keychain that no profile points to.
    SecretJob *secret = SecretStore::remove(SecretStore::smtpPasswordKey(job->m_profile.id), job);
    connect(secret, &SecretJob::finished, job, [job, secret, erase]() {
        if (!job->failedOn(secret, true))
            erase();
    });
    return job;
}

ProfileJob *ProfileStore::readPassword(const QString &id)
{
    bool found = false;
    ProfileJob *job = jobFor(id, &found);
    if (!found)
        return job;
    SecretJob *secret = SecretStore::read(SecretStore::smtpPasswordKey(job->m_profile.id), job);
    connect(secret, &SecretJob::finished, job, [job, secret]() {
        job->m_secretError = secret->error();
        job->m_secretText = secret->errorString();
        job->m_password = secret->secret();
        Q_EMIT job->finished();
    });
    return job;
}

ProfileJob *ProfileStore::duplicate(const QString &id, const QString &newName)
{
    bool found = false;
    ProfileJob *job = jobFor(id, &found);
    if (!found)
        return job;
    const Profile source = job->m_profile;
    Profile copy = source;
    copy.id.clear();
    copy.name = newName;
    copy.hasPassword = false;
    auto forward = [job](ProfileJob *inner) {
        connect(inner, &ProfileJob::finished, job, [job, inner]() {
            job->m_issues = inner->m_issues;
            job->m_secretError = inner->m_secretError;
            job->m_secretText = inner->m_secretText;
            job->m_profile = inner->m_profile;
            Q_EMIT job->finished();
        });
    };
    if (!source.hasPassword) {
        forward(save(copy));
        return job;
    }
    ProfileJob *reading = readPassword(source.id);
    connect(reading, &ProfileJob::finished, job, [this, job, reading, copy, forward]() {
        if (!reading->succeeded()) {
            job->m_secretError = reading->m_secretError;
            job->m_secretText = reading->m_secretText;
            Q_EMIT job->finished();
            return;
        }
        forward(save(copy, reading->password()));
    });
    return job;
}

} // namespace selfmx::profile
