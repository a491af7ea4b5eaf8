// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "profile.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace selfmx::profile {

// One profile being edited, for forms to bind to: a text value per field of the table, each
// field's problems as the user types, which fields were edited, and "apply to this profile"
// that writes the edited fields only, so a form never resets what it does not show.
class SettingsDraft : public QObject
{
    Q_OBJECT
public:
    explicit SettingsDraft(QObject *parent = nullptr);

    // Starts over from `profile` (its secrets, read by the caller, by field key). Nothing is
    // edited afterwards; reset() tells the views to re-read every value.
    void load(const Profile &profile, const QHash<QString, QString> &secrets = {});
    const Profile &base() const { return m_base; }

    QString value(const QString &key) const { return m_values.value(key); }
    // Records an edit and checks that field at once; emits valueChanged, errorsChanged and
    // dirtyChanged as they apply. An unknown key is ignored.
    void setValue(const QString &key, const QString &text);
    bool isEdited(const QString &key) const { return m_edited.contains(key); }
    bool isDirty() const { return !m_edited.isEmpty(); }

    // The problems of one field, as of its current text.
    QList<settings::Issue> errors(const QString &key) const { return m_errors.value(key); }
    // Every problem, the draft's own first (in table order), then the cross-field ones.
    QList<settings::Issue> errors() const;
    // Warnings about the settings of `groups` (a form shows those it has fields for).
    QList<settings::Issue> warnings(settings::Groups groups = settings::Groups(settings::Group::Smtp) | settings::Group::Relay) const;
    bool isValid() const { return errors().isEmpty(); }

    // The base with the edits applied, secrets included: what a test of this form uses.
    settings::Configuration configuration() const;
    // Writes the edited non-secret fields into `profile` and nothing else; false, and
    // nothing written, when the draft has errors.
    bool applyTo(Profile &profile) const;
    // The edited secrets by field key: empty text removes the stored one.
    QHash<QString, QString> editedSecrets() const;
    // After a save: `saved` is the new base, and nothing is edited any more.
    void markSaved(const Profile &saved);

Q_SIGNALS:
    void valueChanged(const QString &key, const QString &text);
    void errorsChanged(const QString &key);
    void dirtyChanged(bool dirty);
    void reset();

private:
    void check(const QString &key);

    Profile m_base;
    QHash<QString, QString> m_secrets;
    QHash<QString, QString> m_values;
    QHash<QString, QList<settings::Issue>> m_errors;
    QSet<QString> m_edited;
};

} // namespace selfmx::profile
