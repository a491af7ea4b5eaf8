// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "settingsdraft.h"

namespace selfmx::profile {

SettingsDraft::SettingsDraft(QObject *parent)
    : QObject(parent)
{
    load(Profile());
}

void SettingsDraft::load(const Profile &profile, const QHash<QString, QString> &secrets)
{
    const bool wasDirty = isDirty();
    m_base = profile;
    m_secrets = secrets;
    m_values.clear();
    m_errors.clear();
    m_edited.clear();
    for (const settings::Field &f : settings::fields()) {
        if (f.isSecret())
            f.write(m_base, secrets.value(f.key)); // the profile carries none; the draft's base does
        m_values.insert(f.key, f.read(m_base));
        check(f.key);
    }
    Q_EMIT reset();
    if (wasDirty)
        Q_EMIT dirtyChanged(false);
}

void SettingsDraft::setValue(const QString &key, const QString &text)
{
    if (!settings::field(key) || m_values.value(key) == text)
        return;
    const bool wasDirty = isDirty();
    m_values.insert(key, text);
    m_edited.insert(key);
    const QList<settings::Issue> before = m_errors.value(key);
    check(key);
    Q_EMIT valueChanged(key, text);
    if (m_errors.value(key) != before)
        Q_EMIT errorsChanged(key);
    if (!wasDirty)
        Q_EMIT dirtyChanged(true);
}

void SettingsDraft::check(const QString &key)
{
    const settings::Field *f = settings::field(key);
    const QString text = m_values.value(key);
    QList<settings::Issue> problems;
    settings::Issue problem;
    if (text.trimmed().isEmpty() && key == u"SMTP_HOST")
        problems.append({key, QStringLiteral("required"), {}});
    else if (!f->normalize(text, &problem))
        problems.append(problem);
    if (problems.isEmpty())
        m_errors.remove(key);
    else
        m_errors.insert(key, problems);
}

QList<settings::Issue> SettingsDraft::errors() const
{
    QList<settings::Issue> all;
    for (const settings::Field &f : settings::fields())
        all += m_errors.value(f.key);
    return all;
}

QList<settings::Issue> SettingsDraft::warnings(settings::Groups groups) const
{
    QList<settings::Issue> list = settings::warnings(configuration());
    list.erase(std::remove_if(list.begin(), list.end(),
                              [groups](const settings::Issue &w) {
                                  const settings::Field *f = settings::field(w.key);
                                  return f && !groups.testFlag(f->group);
                              }),
               list.end());
    return list;
}

settings::Configuration SettingsDraft::configuration() const
{
    settings::Configuration c = m_base;
    for (const QString &key : m_edited) {
        const settings::Field *f = settings::field(key);
        settings::Issue ignored;
        if (const auto normal = f->normalize(m_values.value(key), &ignored))
            f->write(c, *normal);
    }
    return c;
}

bool SettingsDraft::applyTo(Profile &profile) const
{
    if (!isValid())
        return false;
    const settings::Configuration edited = configuration();
    for (const QString &key : m_edited) {
        const settings::Field *f = settings::field(key);
        if (!f->isSecret())
            f->write(profile, f->read(edited));
    }
    return true;
}

QHash<QString, QString> SettingsDraft::editedSecrets() const
{
    QHash<QString, QString> secrets;
    for (const QString &key : m_edited) {
        if (settings::field(key)->isSecret())
            secrets.insert(key, m_values.value(key));
    }
    return secrets;
}

void SettingsDraft::markSaved(const Profile &saved)
{
    QHash<QString, QString> secrets = m_secrets;
    secrets.insert(editedSecrets());
    load(saved, secrets);
}

} // namespace selfmx::profile
