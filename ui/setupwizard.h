// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "profile/profile.h"

#include <QPointer>
#include <QWizard>

namespace selfmx::profile {
class ProfileJob;
class ProfileStore;
class SettingsDraft;
} // namespace selfmx::profile

namespace selfmx::ui {

class TestPanel;

// From "I have a SendGrid key" to a tested, saved profile: who sends your mail (an address
// picks a provider), the credentials with the provider's rules beside them, security, the
// one-click test, and what was saved. The wizard edits a SettingsDraft of a new profile and
// nothing else: Back and Cancel leave nothing behind; Finish saves once, through
// ProfileStore::saveWithSecrets (the password goes to the keychain only then).
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ProviderPageId, CredentialsPageId, SecurityPageId, TestPageId, DonePageId };

    explicit SetupWizard(profile::ProfileStore *store, QWidget *parent = nullptr);
    ~SetupWizard() override;

    profile::ProfileStore *store() const { return m_store; }
    profile::SettingsDraft *draft() const { return m_draft; }
    // The new profile's id, chosen up front (the keychain keys derive from it).
    QString profileId() const;
    QString profileName() const { return m_name; }
    profile::Provider provider() const { return m_provider; }
    QString region() const { return m_region; }
    void setProfileName(const QString &name) { m_name = name; }
    // Chooses a provider (and region): the draft takes its host and user name.
    void setProvider(profile::Provider provider, const QString &region = QString());
    // The address typed on the first page ("you@gmail.com"), for the user name where the
    // provider logs in with it.
    void setSenderAddress(const QString &address);
    QString senderAddress() const { return m_address; }
    // Whether a profile of this name exists (names compare case-insensitively, as the store's).
    bool isNameTaken(const QString &name) const;
    // The test page's panel, made on first use (the page makes it when first shown).
    TestPanel *testPanel() const;
    bool isSaving() const { return m_saving; }

    void accept() override; // saves; closes when the save succeeded
    void reject() override; // nothing was saved: nothing to undo

Q_SIGNALS:
    // Finish saved the profile (ok) or could not (the Done page says why; nothing changed).
    void saveFinished(bool ok);

private:
    void setSaving(bool saving);

    profile::ProfileStore *m_store = nullptr;
    profile::SettingsDraft *m_draft = nullptr;
    QString m_name;
    QString m_address;
    profile::Provider m_provider = profile::Provider::Custom;
    QString m_region;
    QPointer<profile::ProfileJob> m_job;
    bool m_saving = false;
};

} // namespace selfmx::ui
