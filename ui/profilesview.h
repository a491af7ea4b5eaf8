// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "settings/fields.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace selfmx::profile {
class ProfileResolver;
class ProfileStore;
class SettingsDraft;
} // namespace selfmx::profile

namespace selfmx::ui {

class SettingsForm;
class ToneLabel;

// The profiles: the list of the one ProfileStore (kept current through profilesChanged),
// with add (newProfileRequested: the setup wizard), duplicate, rename, delete (confirmed)
// and "set as default", and the editor: a SettingsForm over the SettingsDraft it is given,
// with hints beside the fields they concern. Unsaved changes are marked in the list; before
// they would be lost, the view asks (Save / Discard / Cancel). Every question is a
// window-modal dialog opened with open(): no nested event loop, the window keeps ticking.
// Errors stay in the view's status line.
class ProfilesView : public QWidget
{
    Q_OBJECT
public:
    ProfilesView(profile::ProfileStore *store, profile::SettingsDraft *draft, QWidget *parent = nullptr);
    ~ProfilesView() override;

    SettingsForm *form() const { return m_form; }
    QListWidget *list() const { return m_list; }
    QStringList profileNames() const;
    // The id of the profile in the editor; empty when the draft is not a stored profile.
    QString editingId() const;
    QString statusText() const;

    // Loads a stored profile (by name or id) into the draft, secrets from the keychain; the
    // unsaved changes are dropped without asking (the list asks first). profileLoaded reports.
    void loadProfile(const QString &nameOrId);
    // Saves the draft as `name`: the profile being edited gets the edited fields only, any
    // other name everything the draft holds. Only through ProfileStore::saveWithSecrets.
    // profileSaved reports; on a failure the draft stays as it is and the view says why.
    void saveProfile(const QString &name);
    // Saves the profile being edited (asks for a name when the draft is not stored yet);
    // `done(ok)` afterwards, when given.
    void saveCurrent(const std::function<void(bool)> &done = {});
    // Discards the unsaved changes: the draft goes back to the stored profile.
    void discardChanges();
    // When the draft has unsaved changes, asks Save / Discard / Cancel; then calls
    // `then(true)` once they are saved or may be dropped, `then(false)` on Cancel or a
    // failed save. Without changes it calls then(true) at once.
    void settleUnsaved(const std::function<void(bool)> &then);

    // The list's actions (the window puts them in its menus, with shortcuts).
    QAction *newAction() const { return m_newAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *discardAction() const { return m_discardAction; }
    QAction *duplicateAction() const { return m_duplicateAction; }
    QAction *renameAction() const { return m_renameAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *defaultAction() const { return m_defaultAction; }

Q_SIGNALS:
    // "New profile…": the window opens the setup wizard.
    void newProfileRequested();
    void profileLoaded(bool ok);
    void profileSaved(bool ok);
    // The profile in the editor changed (another profile loaded, or saved for the first time).
    void editingChanged(const QString &id);

private:
    void refresh();
    void updateHints();
    void updateActions();
    void onCurrentItemChanged(QListWidgetItem *current, QListWidgetItem *previous);
    QString selectedId() const;
    void selectId(const QString &id);
    void askDuplicate();
    void askRename();
    void askDelete();
    void setSelectedAsDefault();
    void askName(const QString &title, const QString &label, const QString &initial, const std::function<void(const QString &)> &then);
    void showStatus(const QString &text, bool error);

    profile::ProfileStore *m_store = nullptr;
    profile::SettingsDraft *m_draft = nullptr;
    profile::ProfileResolver *m_resolver = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_title = nullptr;
    SettingsForm *m_form = nullptr;
    ToneLabel *m_hints = nullptr;
    ToneLabel *m_status = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_discardButton = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_discardAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_defaultAction = nullptr;
    bool m_selecting = false; // the list's selection is being set by the view, not the user
};

} // namespace selfmx::ui
