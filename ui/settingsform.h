// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "settings/fields.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QAbstractButton;
class QFormLayout;
class QLabel;
class QToolButton;

namespace selfmx::profile {
class SettingsDraft;
}

namespace selfmx::ui {

// A form made from the field table and bound to a SettingsDraft: one row per field of the
// given groups (an editor by the field's kind, its label as buddy, its help as tooltip and
// accessible description), the advanced fields behind an "Advanced" toggle, and each
// field's problem shown under it as the user types. It holds no copy of the data: the
// draft is the model, the editors are views of it. The advanced rows are built when first
// needed (the toggle opened, a value, problem or hint to show there, or editor() asked
// for one), so the window's first paint does not wait for rows it does not show. A secret
// has a Show button with text beside it (no icon theme needed).
class SettingsForm : public QWidget
{
    Q_OBJECT
public:
    SettingsForm(profile::SettingsDraft *draft, settings::Groups groups, QWidget *parent = nullptr);

    // The editor of a field (for tests and for focusing the field a problem names); an
    // advanced field's row is built by asking for it.
    QWidget *editor(const QString &key);
    // The Show / Hide button of a secret field (null for other fields).
    QAbstractButton *revealButton(const QString &key) const { return m_revealButtons.value(key); }
    // Whether the advanced rows exist yet (for tests).
    bool advancedRowsBuilt() const { return m_advancedBuilt; }
    void setAdvancedVisible(bool visible);
    // Hints (warnings, a provider's rules) shown under the fields they name, replacing the
    // previous ones. Returns those naming no field of this form, for the caller to show.
    QList<settings::Issue> setHints(const QList<settings::Issue> &hints);
    QString hintText(const QString &key) const;
    // The problem label under a field (validated as the user types); null before its row exists.
    QLabel *problemLabel(const QString &key) const { return m_errorLabels.value(key); }

protected:
    void showEvent(QShowEvent *event) override;

private:
    // One row: label cell and editor cell.
    void addRow(const settings::Field &field, QFormLayout *form);
    void buildAdvancedRows();
    QWidget *makeEditor(const settings::Field &field);
    void showValue(const QString &key);
    void showErrors(const QString &key);
    void revealIfAdvanced(const QString &key);

    QPointer<profile::SettingsDraft> m_draft;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_errorLabels;
    QHash<QString, QLabel *> m_hintLabels;
    QHash<QString, QAbstractButton *> m_revealButtons;
    QHash<QString, QString> m_hints;         // key -> the hint text shown under it
    QList<const settings::Field *> m_fields; // this form's fields, in table order
    QWidget *m_advanced = nullptr;
    QFormLayout *m_advancedLayout = nullptr;
    bool m_advancedBuilt = false;
    QToolButton *m_advancedToggle = nullptr;
    QString m_editing;       // the key whose editor is writing to the draft right now
    bool m_updating = false; // a value coming from the draft is not an edit
};

} // namespace selfmx::ui
