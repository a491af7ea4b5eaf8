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

namespace {

const QString NameKey = QStringLiteral("name");
const QString ProviderKey = QStringLiteral("provider");
const QString RegionKey = QStringLiteral("region");
const QString HasPasswordKey = QStringLiteral("hasPassword");
const QString HasApiKeyKey = QStringLiteral("hasApiKey");
// A key outside every profile's group: QSettings writes it under [General], which
// childGroups() does not list, so it is never mistaken for a profile.
const QString DefaultProfileKey = QStringLiteral("defaultProfile");

// Profiles written by 0.1 used their own key names; read them once, write the table's.
struct LegacyKey {
    const char *legacy;
    const char *field;
};
constexpr LegacyKey legacyKeys[] = {
    {"host", "SMTP_HOST"},
    {"port", "SMTP_PORT"},
    {"username", "SMTP_USER"},
    {"tls", "SMTP_TLS"},
    {"tlsMode", "SMTP_TLS_MODE"},
    {"tlsVerify", "SMTP_TLS_VERIFY"},
    {"caFile", "SMTP_TLS_CA_FILE"},
    {"ehloName", "SMTP_EHLO_NAME"},
    {"authMechanism", "SMTP_AUTH_MECHANISM"},
    {"allowPlaintextAuth", "SMTP_ALLOW_PLAINTEXT_AUTH"},
    {"sender", "SMTP_FROM"},
    {"poolSize", "SMTP_POOL_SIZE"},
};

} // namespace

QString ProfileStore::secretKey(const QString &profileId, const QString &fieldKey)
{
    return fieldKey == u"API_KEY" ? SecretStore::relayApiKeyKey(profileId) : SecretStore::smtpPasswordKey(profileId);
}

QString ProfileJob::errorString() const
{
    QStringList parts;
    for (const settings::Issue &issue : m_issues)
        parts.append(issue.key + QStringLiteral(": ") + issue.code);
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
        job->m_issues.append({QStringLiteral("name"), QStringLiteral("not_found"), {{QStringLiteral("value"), nameOrId}}});
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
    QHash<QString, QString> values;
    for (const LegacyKey &legacy : legacyKeys) {
        const QString key = QString::fromLatin1(legacy.legacy);
        if (ini.contains(key))
            values.insert(QString::fromLatin1(legacy.field), ini.value(key).toString());
    }
    if (ini.contains(QStringLiteral("timeoutMs")))
        values.insert(QStringLiteral("SMTP_TIMEOUT"), QString::number(ini.value(QStringLiteral("timeoutMs")).toDouble() / 1000.0));
    for (const settings::Field &f : settings::fields()) {
        if (!f.isSecret() && ini.contains(f.key))
            values.insert(f.key, ini.value(f.key).toString());
    }
    // Stored values go through the rules of the environment: a hand-edited port=70000 is
    // reported, naming the file and the key, instead of wrapping around to 4464.
    const settings::Parsed parsed = settings::parse(values, settings::Configuration(), settings::Groups(settings::Group::Relay));
    Profile p;
    static_cast<settings::Configuration &>(p) = parsed.configuration;
    p.id = id;
    p.name = ini.value(NameKey).toString();
    p.provider = providerFromKey(ini.value(ProviderKey).toString()).value_or(Provider::Custom);
    p.region = ini.value(RegionKey).toString();
    p.hasPassword = ini.value(HasPasswordKey, false).toBool();
    p.hasApiKey = ini.value(HasApiKeyKey, false).toBool();
    for (settings::Issue issue : parsed.errors) {
        issue.parameters.insert(QStringLiteral("file"), m_path);
        issue.parameters.insert(QStringLiteral("profile"), p.name);
        p.loadIssues.append(issue);
    }
    for (const QString &key : parsed.unknownKeys)
        qCWarning(lcProfile) << "profile" << id << "has an unknown key" << key;
    return p;
}

bool ProfileStore::writeProfile(const Profile &p)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSettings ini(m_path, QSettings::IniFormat);
    ini.remove(p.id);
    ini.beginGroup(p.id);
    ini.setValue(NameKey, p.name);
    ini.setValue(ProviderKey, providerKey(p.provider));
    ini.setValue(RegionKey, p.region);
    for (const settings::Field &f : settings::fields()) {
        if (!f.isSecret()) // secrets live in the keychain, never in this file
            ini.setValue(f.key, f.read(p));
    }
    ini.setValue(HasPasswordKey, p.hasPassword);
    ini.setValue(HasApiKeyKey, p.hasApiKey);
    ini.endGroup();
    ini.sync();
    if (ini.status() != QSettings::NoError) {
        qCDebug(lcProfile) << "writing profile" << p.id << "to" << m_path << "failed:" << ini.status();
        return false;
    }
    qCDebug(lcProfile) << "wrote profile" << p.id << p.name << "to" << m_path;
    return true;
}

bool ProfileStore::eraseProfile(const QString &id)
{
    QSettings ini(m_path, QSettings::IniFormat);
    ini.remove(id);
    if (ini.value(DefaultProfileKey).toString() == id)
        ini.remove(DefaultProfileKey);
    ini.sync();
    if (ini.status() != QSettings::NoError) {
        qCDebug(lcProfile) << "removing profile" << id << "from" << m_path << "failed:" << ini.status();
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
    std::sort(list.begin(), list.end(), [](const Profile &a, const Profile &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    return list;
}

QString ProfileStore::defaultProfileId() const
{
    if (!QFileInfo::exists(m_path))
        return {};
    const QSettings ini(m_path, QSettings::IniFormat);
    const QString id = ini.value(DefaultProfileKey).toString();
    // A hand-edited file may name a profile that is gone: then there is no default.
    return !id.isEmpty() && ini.childGroups().contains(id) ? id : QString();
}

bool ProfileStore::setDefaultProfile(const QString &nameOrId)
{
    QString id;
    if (!nameOrId.isEmpty()) {
        const std::optional<Profile> p = find(nameOrId);
        if (!p)
            return false;
        id = p->id;
    }
    if (id == defaultProfileId())
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSettings ini(m_path, QSettings::IniFormat);
    if (id.isEmpty())
        ini.remove(DefaultProfileKey);
    else
        ini.setValue(DefaultProfileKey, id);
    ini.sync();
    if (ini.status() != QSettings::NoError) {
        qCDebug(lcProfile) << "writing the default profile to" << m_path << "failed:" << ini.status();
        return false;
    }
    Q_EMIT profilesChanged();
    return true;
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
    SecretChanges secrets;
    if (password)
        secrets.insert(QStringLiteral("SMTP_PASS"), *password);
    return saveWithSecrets(std::move(profile), secrets);
}

ProfileJob *ProfileStore::saveWithSecrets(Profile profile, const SecretChanges &secrets)
{
    auto *job = new ProfileJob(this);
    const QList<Profile> stored = profiles();
    const auto existing = std::find_if(stored.cbegin(), stored.cend(), [&profile](const Profile &p) { return p.id == profile.id; });
    const bool isNew = existing == stored.cend();
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.loadIssues.clear();
    profile.smtp.password.clear(); // the keychain's, never the file's
    profile.relay.apiKey.clear();
    job->m_issues = validate(profile);
    const bool clash = std::any_of(stored.cbegin(), stored.cend(), [&profile](const Profile &p) {
        return p.id != profile.id && p.name.compare(profile.name, Qt::CaseInsensitive) == 0;
    });
    if (clash)
        job->m_issues.append({QStringLiteral("name"), QStringLiteral("name_taken"), {{QStringLiteral("value"), profile.name}}});
    if (!job->m_issues.isEmpty()) {
        job->finishLater();
        return job;
    }
    auto save = std::make_shared<SaveState>();
    save->job = job;
    save->isNew = isNew;
    for (const settings::Field &f : settings::fields()) {
        if (!f.isSecret())
            continue;
        const bool wasStored = !isNew && hasSecret(*existing, f.key);
        if (secrets.contains(f.key)) {
            save->steps.append({f.key, secrets.value(f.key)});
            setHasSecret(profile, f.key, !secrets.value(f.key).isEmpty());
            if (wasStored)
                save->toBackUp.append(f.key);
        } else {
            setHasSecret(profile, f.key, wasStored); // untouched
        }
    }
    save->profile = profile;
    // Deferred, so finished() is never emitted from inside this call.
    QTimer::singleShot(0, job, [this, save]() { backUpSecrets(save); });
    return job;
}

// 1. The secrets about to be replaced or removed are read first, so a failure later can put
// them back: a rejected save changes nothing, in the file or in the keychain.
void ProfileStore::backUpSecrets(const std::shared_ptr<SaveState> &save)
{
    if (save->toBackUp.isEmpty()) {
        applySecrets(save);
        return;
    }
    const QString fieldKey = save->toBackUp.takeFirst();
    SecretJob *secret = SecretStore::read(secretKey(save->profile.id, fieldKey), save->job);
    connect(secret, &SecretJob::finished, save->job, [this, save, secret, fieldKey]() {
        if (secret->error() == SecretError::None)
            save->previous.insert(fieldKey, secret->secret());
        else if (secret->error() != SecretError::NotFound)
            return finishSave(save, secret->error(), secret->errorString());
        backUpSecrets(save);
    });
}

// 2. The secret changes, one after another.
void ProfileStore::applySecrets(const std::shared_ptr<SaveState> &save)
{
    if (save->steps.isEmpty()) {
        writeSaved(save);
        return;
    }
    const SecretStep step = save->steps.takeFirst();
    const QString key = secretKey(save->profile.id, step.fieldKey);
    const bool removing = step.value.isEmpty();
    SecretJob *secret = removing ? SecretStore::remove(key, save->job) : SecretStore::write(key, step.value, save->job);
    connect(secret, &SecretJob::finished, save->job, [this, save, secret, step, removing]() {
        if (secret->error() != SecretError::None && !(removing && secret->error() == SecretError::NotFound))
            return finishSave(save, secret->error(), secret->errorString());
        save->applied.append(step.fieldKey);
        applySecrets(save);
    });
}

// 3. The file, last.
void ProfileStore::writeSaved(const std::shared_ptr<SaveState> &save)
{
    if (!writeProfile(save->profile)) {
        save->job->m_issues.append({QStringLiteral("file"), QStringLiteral("cannot_write"), {{QStringLiteral("file"), m_path}}});
        return finishSave(save, SecretError::None, QString());
    }
    save->job->m_profile = save->profile;
    Q_EMIT save->job->finished();
    Q_EMIT profilesChanged();
}

// A failure: every secret already changed is put back as it was (written again, or
// removed where there was none), and only then does the job finish.
void ProfileStore::finishSave(const std::shared_ptr<SaveState> &save, SecretError error, const QString &errorText)
{
    if (error != SecretError::None) {
        save->job->m_secretError = error;
        save->job->m_secretText = errorText;
    }
    if (save->applied.isEmpty()) {
        Q_EMIT save->job->finished();
        return;
    }
    const QString fieldKey = save->applied.takeLast();
    const QString key = secretKey(save->profile.id, fieldKey);
    SecretJob *undo = save->previous.contains(fieldKey) ? SecretStore::write(key, save->previous.value(fieldKey), save->job)
                                                        : SecretStore::remove(key, save->job);
    connect(undo, &SecretJob::finished, save->job, [this, save, undo, fieldKey]() {
        if (undo->error() != SecretError::None && undo->error() != SecretError::NotFound)
            qCWarning(lcProfile) << "could not restore the keychain entry" << fieldKey << "of profile" << save->profile.id << ":"
                                 << undo->errorString();
        finishSave(save, SecretError::None, QString());
    });
}

ProfileJob *ProfileStore::remove(const QString &id)
{
    bool found = false;
    ProfileJob *job = jobFor(id, &found);
    if (!found)
        return job;
    QStringList secretFields;
    for (const settings::Field &f : settings::fields()) {
        if (f.isSecret() && hasSecret(job->m_profile, f.key))
            secretFields.append(f.key);
    }
    // The secrets go first, one after another: if the keychain cannot delete one, the
    // profile stays (its file entry updated to what is left), so nothing is left in the
    // keychain that no profile points to, and no profile points to a deleted secret.
    QTimer::singleShot(0, job, [this, job, secretFields]() { removeNext(job, secretFields, false); });
    return job;
}

void ProfileStore::removeNext(ProfileJob *job, QStringList secretFields, bool removedAny)
{
    if (secretFields.isEmpty()) {
        if (!eraseProfile(job->m_profile.id)) {
            job->m_issues.append({QStringLiteral("file"), QStringLiteral("cannot_write"), {{QStringLiteral("file"), m_path}}});
            Q_EMIT job->finished();
            return;
        }
        Q_EMIT job->finished();
        Q_EMIT profilesChanged();
        return;
    }
    const QString fieldKey = secretFields.takeFirst();
    SecretJob *secret = SecretStore::remove(secretKey(job->m_profile.id, fieldKey), job);
    connect(secret, &SecretJob::finished, job, [this, job, secret, secretFields, fieldKey, removedAny]() {
        if (secret->error() != SecretError::None && secret->error() != SecretError::NotFound) {
            if (removedAny) { // the file says which secrets are left
                writeProfile(job->m_profile);
                Q_EMIT profilesChanged();
            }
            job->failedOn(secret, false);
            return;
        }
        setHasSecret(job->m_profile, fieldKey, false);
        removeNext(job, secretFields, true);
    });
}

ProfileJob *ProfileStore::readPassword(const QString &id)
{
    return readSecret(id, QStringLiteral("SMTP_PASS"));
}

ProfileJob *ProfileStore::readSecret(const QString &id, const QString &fieldKey)
{
    bool found = false;
    ProfileJob *job = jobFor(id, &found);
    if (!found)
        return job;
    SecretJob *secret = SecretStore::read(secretKey(job->m_profile.id, fieldKey), job);
    connect(secret, &SecretJob::finished, job, [job, secret]() {
        job->m_secretError = secret->error();
        job->m_secretText = secret->errorString();
        job->m_secret = secret->secret();
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
    copy.hasApiKey = false;
    auto forward = [job](ProfileJob *inner) {
        connect(inner, &ProfileJob::finished, job, [job, inner]() {
            job->m_issues = inner->m_issues;
            job->m_secretError = inner->m_secretError;
            job->m_secretText = inner->m_secretText;
            job->m_profile = inner->m_profile;
            Q_EMIT job->finished();
        });
    };
    QStringList secretFields;
    for (const settings::Field &f : settings::fields()) {
        if (f.isSecret() && hasSecret(source, f.key))
            secretFields.append(f.key);
    }
    QTimer::singleShot(0, job, [this, job, source, copy, secretFields, forward]() {
        readSecrets(job, source.id, secretFields, {},
                    [this, copy, forward](const SecretChanges &secrets) { forward(saveWithSecrets(copy, secrets)); });
    });
    return job;
}

void ProfileStore::readSecrets(ProfileJob *job, const QString &profileId, QStringList fieldKeys, SecretChanges read,
                               const std::function<void(const SecretChanges &)> &then)
{
    if (fieldKeys.isEmpty()) {
        then(read);
        return;
    }
    const QString fieldKey = fieldKeys.takeFirst();
    SecretJob *secret = SecretStore::read(secretKey(profileId, fieldKey), job);
    connect(secret, &SecretJob::finished, job, [this, job, secret, profileId, fieldKeys, read, fieldKey, then]() mutable {
        if (job->failedOn(secret, false))
            return;
        read.insert(fieldKey, secret->secret());
        readSecrets(job, profileId, fieldKeys, read, then);
    });
}

} // namespace selfmx::profile
