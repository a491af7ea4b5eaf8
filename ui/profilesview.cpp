// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "profilesview.h"

#include "measuredlabel.h"
#include "profile/envfile.h"
#include "profile/profileresolver.h"
#include "profile/profilestore.h"
#include "profile/settingsdraft.h"
#include "selectablelabel.h"
#include "settingsform.h"
#include "text/keychaintext.h"
#include "text/settingstext.h"
#include "tonelabel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <memory>

namespace selfmx::ui {

namespace {

const settings::Groups EditorGroups = settings::Groups(settings::Group::Smtp) | settings::Group::Relay;

QPushButton *buttonFor(QAction *action)
{
    // The action's mnemonic is the menu's; the button goes without one (the action has its
    // shortcut, and the window's letters are for the fields and their labels).
    auto *button = new QPushButton(QString(action->text()).remove(u'&'));
    button->setToolTip(action->toolTip());
    button->setAccessibleName(action->text().remove(u'&').remove(QStringLiteral("…")));
    button->setEnabled(action->isEnabled());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button, [button, action]() { button->setEnabled(action->isEnabled()); });
    return button;
}

} // namespace

ProfilesView::ProfilesView(profile::ProfileStore *store, profile::SettingsDraft *draft, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_draft(draft)
{
    m_resolver = new profile::ProfileResolver(m_store, this);

    m_newAction = new QAction(tr("Ne&w profile…"), this);
    m_newAction->setToolTip(tr("Set up a new profile with the setup wizard"));
    m_duplicateAction = new QAction(tr("D&uplicate…"), this);
    m_duplicateAction->setToolTip(tr("Copy the selected profile, its secrets included, under a new name"));
    m_renameAction = new QAction(tr("Rena&me…"), this);
    m_renameAction->setToolTip(tr("Give the selected profile another name; its secrets stay with it"));
    m_deleteAction = new QAction(tr("&Delete…"), this);
    m_deleteAction->setToolTip(tr("Delete the selected profile and its secrets in the keychain"));
    m_defaultAction = new QAction(tr("Set as d&efault"), this);
    m_defaultAction->setToolTip(tr("The command line uses the default profile when neither --profile nor SMTP_* variables are given"));
    m_saveAction = new QAction(tr("&Save profile"), this);
    m_saveAction->setToolTip(tr("Write the changes: settings to the profile file, secrets to the keychain"));
    m_discardAction = new QAction(tr("Disc&ard changes"), this);
    m_discardAction->setToolTip(tr("Go back to the profile as it is stored"));

    //: Heading above the list of stored profiles
    auto *listLabel = new MeasuredLabel(tr("Stor&ed profiles:"));
    m_list = new QListWidget;
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setAccessibleDescription(tr("Stored profiles; * marks unsaved changes. Passwords come from the OS keychain."));
    listLabel->setBuddy(m_list);
    auto *listButtons = new QHBoxLayout;
    QPushButton *newButton = buttonFor(m_newAction);
    QPushButton *duplicateButton = buttonFor(m_duplicateAction);
    QPushButton *renameButton = buttonFor(m_renameAction);
    QPushButton *deleteButton = buttonFor(m_deleteAction);
    QPushButton *defaultButton = buttonFor(m_defaultAction);
    for (QPushButton *b : {newButton, duplicateButton, renameButton, deleteButton, defaultButton})
        listButtons->addWidget(b);
    listButtons->addStretch();

    m_title = new MeasuredLabel;
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_form = new SettingsForm(m_draft, EditorGroups);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Profile settings"));
    m_hints = new ToneLabel(Tone::Warning);
    m_hints->setWordWrap(true);
    m_hints->setVisible(false);
    m_status = new ToneLabel(Tone::Normal);
    m_status->setWordWrap(true);
    makeSelectable(m_status, Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setAccessibleName(tr("Profile status"));
    m_saveButton = buttonFor(m_saveAction);
    m_discardButton = buttonFor(m_discardAction);
    auto *editorButtons = new QHBoxLayout;
    editorButtons->addWidget(m_status, 1);
    editorButtons->addWidget(m_discardButton);
    editorButtons->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(listButtons);
    layout->addWidget(m_title);
    layout->addWidget(scroll, 4);
    layout->addWidget(m_hints);
    layout->addLayout(editorButtons);

    setTabOrder(m_list, newButton);
    setTabOrder(newButton, duplicateButton);
    setTabOrder(duplicateButton, renameButton);
    setTabOrder(renameButton, deleteButton);
    setTabOrder(deleteButton, defaultButton);
    setTabOrder(defaultButton, scroll);
    setTabOrder(scroll, m_discardButton);
    setTabOrder(m_discardButton, m_saveButton);

    connect(m_newAction, &QAction::triggered, this, &ProfilesView::newProfileRequested);
    connect(m_duplicateAction, &QAction::triggered, this, &ProfilesView::askDuplicate);
    connect(m_renameAction, &QAction::triggered, this, &ProfilesView::askRename);
    connect(m_deleteAction, &QAction::triggered, this, &ProfilesView::askDelete);
    connect(m_defaultAction, &QAction::triggered, this, &ProfilesView::setSelectedAsDefault);
    connect(m_saveAction, &QAction::triggered, this, [this]() { saveCurrent(); });
    connect(m_discardAction, &QAction::triggered, this, &ProfilesView::discardChanges);
    connect(m_list, &QListWidget::currentItemChanged, this, &ProfilesView::onCurrentItemChanged);
    connect(m_store, &profile::ProfileStore::profilesChanged, this, &ProfilesView::refresh);
    connect(m_draft, &profile::SettingsDraft::dirtyChanged, this, &ProfilesView::refresh);
    connect(m_draft, &profile::SettingsDraft::reset, this, &ProfilesView::refresh);
    connect(m_draft, &profile::SettingsDraft::valueChanged, this, &ProfilesView::updateHints);
    connect(m_draft, &profile::SettingsDraft::reset, this, &ProfilesView::updateHints);
    refresh();
    updateHints();
}

ProfilesView::~ProfilesView() = default;

QStringList ProfilesView::profileNames() const
{
    QStringList names;
    for (const profile::Profile &p : m_store->profiles())
        names.append(p.name);
    return names;
}

QString ProfilesView::editingId() const
{
    return m_draft->base().id;
}

QString ProfilesView::statusText() const
{
    return m_status->text();
}

void ProfilesView::showStatus(const QString &text, bool error)
{
    m_status->setTone(error ? Tone::Error : Tone::Normal);
    m_status->setText(text);
}

QString ProfilesView::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProfilesView::selectId(const QString &id)
{
    m_selecting = true;
    m_list->setCurrentRow(-1);
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(i);
    }
    m_selecting = false;
    updateActions();
}

void ProfilesView::refresh()
{
    const QString selected = selectedId().isEmpty() ? editingId() : selectedId();
    const QString defaultId = m_store->defaultProfileId();
    m_selecting = true;
    m_list->clear();
    for (const profile::Profile &p : m_store->profiles()) {
        QString label = p.name;
        QString description;
        if (p.id == defaultId)
            //: Marks the default profile in the list
            label += tr(" (default)");
        if (p.id == editingId() && m_draft->isDirty()) {
            //: Marks the profile with unsaved changes in the list
            label += tr(" * unsaved");
            description = tr("This profile has unsaved changes");
        }
        if (!p.loadIssues.isEmpty()) {
            //: Marks a profile whose stored values break the rules
            label += tr(" ✗ cannot be used");
            description = text::SettingsText::describe(p.loadIssues, text::Audience::Window).join(u'\n');
        }
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, p.id);
        item->setToolTip(description);
        if (p.id == selected)
            m_list->setCurrentItem(item);
    }
    m_selecting = false;

    const std::optional<profile::Profile> stored = editingId().isEmpty() ? std::nullopt : m_store->find(editingId());
    //: Heading of the editor: the profile's name; * when it has unsaved changes
    QString title = stored ? tr("Profile \"%1\"").arg(stored->name) : tr("Unsaved settings (not a stored profile)");
    if (m_draft->isDirty())
        title += tr(" — unsaved changes *");
    m_title->setText(title);
    updateActions();
}

void ProfilesView::updateActions()
{
    const bool selected = !selectedId().isEmpty();
    m_duplicateAction->setEnabled(selected);
    m_renameAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
    m_defaultAction->setEnabled(selected && selectedId() != m_store->defaultProfileId());
    m_saveAction->setEnabled(m_draft->isDirty() || editingId().isEmpty());
    m_discardAction->setEnabled(m_draft->isDirty() && !editingId().isEmpty());
}

void ProfilesView::updateHints()
{
    // The draft's warnings and the provider's rules, beside the fields they name; what
    // names no field of the form goes under it.
    profile::Profile p = m_draft->base();
    static_cast<settings::Configuration &>(p) = m_draft->configuration();
    if (p.provider == profile::Provider::Custom)
        p.provider = profile::guessProvider(p.smtp.host, &p.region);
    QList<settings::Issue> hints = m_draft->warnings(EditorGroups);
    hints.append(profile::providerHints(p, m_draft->value(QStringLiteral("SMTP_PASS"))));
    const QList<settings::Issue> rest = m_form->setHints(hints);
    const QStringList lines = text::SettingsText::describe(rest, text::Audience::Window);
    m_hints->setText(lines.isEmpty() ? QString() : QStringLiteral("⚠ ") + lines.join(QStringLiteral("\n⚠ ")));
    m_hints->setVisible(!lines.isEmpty());
}

void ProfilesView::onCurrentItemChanged(QListWidgetItem *current, QListWidgetItem *previous)
{
    if (m_selecting)
        return;
    updateActions();
    const QString id = current ? current->data(Qt::UserRole).toString() : QString();
    if (id.isEmpty() || id == editingId())
        return;
    const QString previousId = previous ? previous->data(Qt::UserRole).toString() : editingId();
    settleUnsaved([this, id, previousId](bool proceed) {
        if (proceed)
            loadProfile(id);
        else
            selectId(previousId); // Cancel: stay where the user was, changes intact
    });
}

void ProfilesView::loadProfile(const QString &nameOrId)
{
    // The window shows the profile as stored (with its secrets from the keychain): the
    // environment is the command line's business.
    showStatus(tr("Reading profile \"%1\" …").arg(nameOrId), false);
    profile::ResolveJob *job = m_resolver->resolve(nameOrId, {}, EditorGroups, profile::ProfileResolver::MissingSecrets::Tolerate);
    connect(job, &profile::ResolveJob::finished, this, [this, job]() {
        job->deleteLater();
        switch (job->failure()) {
        case profile::ResolveJob::Failure::None: break;
        case profile::ResolveJob::Failure::Keychain:
            showStatus(tr("✗ Profile \"%1\": %2")
                           .arg(job->profile().name,
                                text::KeychainText::describe(job->secretError(), job->secretErrorText(), text::Audience::Window)),
                       true);
            Q_EMIT profileLoaded(false);
            return;
        case profile::ResolveJob::Failure::NotFound:
        case profile::ResolveJob::Failure::StoredValues:
        case profile::ResolveJob::Failure::Values:
            showStatus(tr("✗ %1").arg(text::SettingsText::describe(job->issues(), text::Audience::Window).join(u'\n')), true);
            Q_EMIT profileLoaded(false);
            return;
        }
        const profile::Profile &p = job->profile();
        QHash<QString, QString> secrets;
        for (const settings::Field &f : settings::fields()) {
            if (f.isSecret() && profile::hasSecret(p, f.key) && !job->missingSecrets().contains(f.key))
                secrets.insert(f.key, f.read(job->configuration()));
        }
        m_draft->load(p, secrets);
        selectId(p.id);
        if (job->missingSecrets().contains(QStringLiteral("SMTP_PASS")))
            showStatus(tr("Profile \"%1\" loaded, but its password is missing from the keychain: type it and save").arg(p.name), true);
        else if (p.hasPassword)
            showStatus(tr("Profile \"%1\" loaded; password from the keychain").arg(p.name), false);
        else
            showStatus(tr("Profile \"%1\" loaded (no password stored)").arg(p.name), false);
        Q_EMIT editingChanged(p.id);
        Q_EMIT profileLoaded(true);
    });
}

void ProfilesView::saveProfile(const QString &name)
{
    if (!m_draft->isValid()) {
        showStatus(tr("✗ Not saved: %1").arg(text::SettingsText::describe(m_draft->errors(), text::Audience::Window).join(u'\n')), true);
        Q_EMIT profileSaved(false);
        return;
    }
    // Saving the profile being edited writes the fields edited here and nothing else, so
    // what changed in the file meanwhile, or what the form does not show, stays. Saving
    // under another name (new or existing) writes everything the form holds.
    const std::optional<profile::Profile> existing = m_store->find(name);
    if (existing && !existing->loadIssues.isEmpty()) {
        showStatus(tr("✗ Not saved: %1").arg(text::SettingsText::describe(existing->loadIssues, text::Audience::Window).join(u'\n')), true);
        Q_EMIT profileSaved(false);
        return;
    }
    const bool sameProfile = existing && !m_draft->base().id.isEmpty() && existing->id == m_draft->base().id;
    profile::Profile p;
    QHash<QString, QString> secrets = m_draft->editedSecrets();
    if (sameProfile) {
        p = *existing;
    } else {
        p = m_draft->base();
        p.id = existing ? existing->id : QString();
        p.provider = existing ? existing->provider : p.provider;
        p.region = existing ? existing->region : p.region;
        const settings::Configuration all = m_draft->configuration();
        for (const settings::Field &f : settings::fields()) {
            if (f.isSecret())
                secrets.insert(f.key, f.read(all)); // empty: the target keeps no such secret
        }
    }
    m_draft->applyTo(p);
    p.name = name;
    if (!existing && p.provider == profile::Provider::Custom)
        p.provider = profile::guessProvider(p.smtp.host, &p.region);
    showStatus(tr("Saving \"%1\" …").arg(name), false);
    profile::ProfileJob *job = m_store->saveWithSecrets(p, secrets);
    connect(job, &profile::ProfileJob::finished, this, [this, job]() {
        job->deleteLater();
        if (!job->succeeded()) {
            // The draft keeps every edit: nothing typed is lost by a failed save.
            const QString why = job->issues().isEmpty()
                                    ? text::KeychainText::describe(job->secretError(), job->secretErrorText(), text::Audience::Window)
                                    : text::SettingsText::describe(job->issues(), text::Audience::Window).join(u'\n');
            showStatus(tr("✗ Not saved: %1").arg(why), true);
            Q_EMIT profileSaved(false);
            return;
        }
        const bool switched = job->profile().id != editingId();
        m_draft->markSaved(job->profile());
        selectId(job->profile().id);
        refresh();
        showStatus(job->profile().hasPassword ? tr("Saved \"%1\"; the password is in the OS keychain").arg(job->profile().name)
                                              : tr("Saved \"%1\" (no password)").arg(job->profile().name),
                   false);
        if (switched)
            Q_EMIT editingChanged(job->profile().id);
        Q_EMIT profileSaved(true);
    });
}

void ProfilesView::saveCurrent(const std::function<void(bool)> &done)
{
    auto finish = [this, done](const QString &name) {
        if (done) {
            // One answer for this save: the connection goes once it has been used.
            auto connection = std::make_shared<QMetaObject::Connection>();
            *connection = connect(this, &ProfilesView::profileSaved, this, [connection, done](bool ok) {
                QObject::disconnect(*connection);
                done(ok);
            });
        }
        saveProfile(name);
    };
    // By id: a rename since loading must not turn this save into a new profile.
    const std::optional<profile::Profile> stored = editingId().isEmpty() ? std::nullopt : m_store->find(editingId());
    if (stored) {
        finish(stored->name);
        return;
    }
    askName(tr("Save as profile"), tr("Profile &name:"), QString(), [finish, done](const QString &name) {
        if (name.isEmpty()) {
            if (done)
                done(false);
            return;
        }
        finish(name);
    });
}

void ProfilesView::discardChanges()
{
    const std::optional<profile::Profile> stored = editingId().isEmpty() ? std::nullopt : m_store->find(editingId());
    if (stored)
        loadProfile(stored->id);
}

void ProfilesView::settleUnsaved(const std::function<void(bool)> &then)
{
    if (!m_draft->isDirty()) {
        then(true);
        return;
    }
    const std::optional<profile::Profile> stored = editingId().isEmpty() ? std::nullopt : m_store->find(editingId());
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
                        stored ? tr("Save the changes to profile \"%1\"?").arg(stored->name) : tr("Save these settings as a profile?"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setInformativeText(tr("If you don't save, the changes are lost."));
    box->setDefaultButton(QMessageBox::Save);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, then](int) {
        const QMessageBox::StandardButton answer = box->standardButton(box->clickedButton());
        if (answer == QMessageBox::Save)
            saveCurrent(then);
        else
            then(answer == QMessageBox::Discard);
    });
    box->open();
}

void ProfilesView::askName(const QString &title, const QString &label, const QString &initial,
                           const std::function<void(const QString &)> &then)
{
    auto *dialog = new QInputDialog(this);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(initial);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::finished, this,
            [dialog, then](int result) { then(result == QDialog::Accepted ? dialog->textValue().trimmed() : QString()); });
    dialog->open();
}

void ProfilesView::askDuplicate()
{
    const std::optional<profile::Profile> source = m_store->find(selectedId());
    if (!source)
        return;
    //: The suggested name of a copy of a profile
    askName(tr("Duplicate profile"), tr("Name of the &copy:"), tr("%1 copy").arg(source->name), [this, source](const QString &name) {
        if (name.isEmpty())
            return;
        if (m_store->find(name)) {
            showStatus(tr("✗ Not duplicated: there is a profile \"%1\" already").arg(name), true);
            return;
        }
        profile::ProfileJob *job = m_store->duplicate(source->id, name);
        connect(job, &profile::ProfileJob::finished, this, [this, job, name]() {
            job->deleteLater();
            if (!job->succeeded()) {
                showStatus(tr("✗ Not duplicated: %1")
                               .arg(text::KeychainText::describe(job->secretError(), job->secretErrorText(), text::Audience::Window)),
                           true);
                return;
            }
            showStatus(tr("Duplicated as \"%1\"").arg(name), false);
        });
    });
}

void ProfilesView::askRename()
{
    const std::optional<profile::Profile> source = m_store->find(selectedId());
    if (!source)
        return;
    askName(tr("Rename profile"), tr("New &name:"), source->name, [this, source](const QString &name) {
        if (name.isEmpty() || name == source->name)
            return;
        const std::optional<profile::Profile> clash = m_store->find(name);
        if (clash && clash->id != source->id) {
            showStatus(tr("✗ Not renamed: there is a profile \"%1\" already").arg(name), true);
            return;
        }
        if (!source->loadIssues.isEmpty()) {
            showStatus(tr("✗ Not renamed: %1").arg(text::SettingsText::describe(source->loadIssues, text::Audience::Window).join(u'\n')),
                       true);
            return;
        }
        profile::Profile renamed = *source;
        renamed.name = name;
        // No secret changes: the keychain entries are keyed by the id, which stays.
        profile::ProfileJob *job = m_store->saveWithSecrets(renamed, {});
        connect(job, &profile::ProfileJob::finished, this, [this, job, name]() {
            job->deleteLater();
            if (!job->succeeded()) {
                showStatus(tr("✗ Not renamed: %1")
                               .arg(job->issues().isEmpty()
                                        ? text::KeychainText::describe(job->secretError(), job->secretErrorText(), text::Audience::Window)
                                        : text::SettingsText::describe(job->issues(), text::Audience::Window).join(u'\n')),
                           true);
                return;
            }
            showStatus(tr("Renamed to \"%1\"").arg(name), false);
            refresh();
        });
    });
}

void ProfilesView::askDelete()
{
    const std::optional<profile::Profile> target = m_store->find(selectedId());
    if (!target)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete profile"), tr("Delete the profile \"%1\"?").arg(target->name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setInformativeText(tr("Its settings and its secrets in the keychain are deleted. This cannot be undone."));
    box->button(QMessageBox::Yes)->setText(tr("&Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = target->id;
    const QString name = target->name;
    connect(box, &QMessageBox::finished, this, [this, box, id, name](int) {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Yes)
            return;
        profile::ProfileJob *job = m_store->remove(id);
        connect(job, &profile::ProfileJob::finished, this, [this, job, id, name]() {
            job->deleteLater();
            if (!job->succeeded()) {
                showStatus(tr("✗ Not deleted: %1")
                               .arg(job->issues().isEmpty()
                                        ? text::KeychainText::describe(job->secretError(), job->secretErrorText(), text::Audience::Window)
                                        : text::SettingsText::describe(job->issues(), text::Audience::Window).join(u'\n')),
                           true);
                return;
            }
            if (id == editingId()) {
                m_draft->load(profile::Profile());
                Q_EMIT editingChanged(QString());
            }
            showStatus(tr("Deleted \"%1\"").arg(name), false);
        });
    });
    box->open();
}

void ProfilesView::setSelectedAsDefault()
{
    const std::optional<profile::Profile> target = m_store->find(selectedId());
    if (!target)
        return;
    if (m_store->setDefaultProfile(target->id))
        showStatus(tr("\"%1\" is now the default profile").arg(target->name), false);
    else
        showStatus(tr("✗ Could not write %1").arg(m_store->path()), true);
}

} // namespace selfmx::ui
