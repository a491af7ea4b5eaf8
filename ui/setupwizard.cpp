// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "setupwizard.h"

#include "profile/profilestore.h"
#include "profile/settingsdraft.h"
#include "testpanel.h"
#include "text/keychaintext.h"
#include "text/settingstext.h"
#include "wizardpages.h"

#include <QAbstractButton>
#include <QUuid>

namespace selfmx::ui {

using profile::Provider;

SetupWizard::SetupWizard(profile::ProfileStore *store, QWidget *parent)
    : QWizard(parent)
    , m_store(store)
{
    setWindowTitle(tr("Set up sending"));
    setObjectName(QStringLiteral("SetupWizard"));
    m_draft = new profile::SettingsDraft(this);
    profile::Profile base;
    // Chosen now, so the keychain keys are known before anything is saved (and a test can
    // check that nothing was).
    base.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_draft->load(base);

    setPage(ProviderPageId, new ProviderPage(this));
    setPage(CredentialsPageId, new CredentialsPage(this));
    setPage(SecurityPageId, new SecurityPage(this));
    setPage(TestPageId, new TestPage(this));
    setPage(DonePageId, new DonePage(this));
    setStartId(ProviderPageId);
    setOption(QWizard::NoBackButtonOnStartPage);
    // Accessible names for the wizard's own buttons (their text may be only "< &Back").
    struct ButtonText {
        WizardButton which;
        QString name;
        QString description;
    };
    const ButtonText names[] = {
        {BackButton, tr("Back"), tr("Goes back to the previous page; nothing is saved")},
        {NextButton, tr("Next"), tr("Goes on to the next page; nothing is saved before Finish")},
        {CancelButton, tr("Cancel"), tr("Closes the wizard without saving anything")},
        {FinishButton, tr("Finish"), tr("Saves the profile: its settings to the profile file, its password to the keychain")}};
    for (const ButtonText &b : names) {
        if (QAbstractButton *button = this->button(b.which)) {
            button->setAccessibleName(b.name);
            button->setAccessibleDescription(b.description);
        }
    }
    resize(640, 600);
}

SetupWizard::~SetupWizard() = default;

QString SetupWizard::profileId() const
{
    return m_draft->base().id;
}

TestPanel *SetupWizard::testPanel() const
{
    return static_cast<TestPage *>(page(TestPageId))->panel();
}

bool SetupWizard::isNameTaken(const QString &name) const
{
    const QList<profile::Profile> stored = m_store->profiles();
    return std::any_of(stored.cbegin(), stored.cend(),
                       [&name](const profile::Profile &p) { return p.name.compare(name, Qt::CaseInsensitive) == 0; });
}

void SetupWizard::setProvider(Provider provider, const QString &region)
{
    const profile::Profile preset = profile::profileFromPreset(provider, region);
    m_provider = provider;
    m_region = preset.region;
    const auto set = [this](const char *key, const QString &value) {
        const QString k = QString::fromLatin1(key);
        if (m_draft->value(k) != value)
            m_draft->setValue(k, value);
    };
    // The preset's host; for your own server, a host left over from a preset goes.
    const QString host = m_draft->value(QStringLiteral("SMTP_HOST"));
    const bool hostFromPreset = std::any_of(profile::presets().cbegin(), profile::presets().cend(),
                                            [&host](const profile::ProviderPreset &p) { return !p.host.isEmpty() && p.host == host; })
                                || host.startsWith(QStringLiteral("email-smtp.")) || host == u"smtp.eu.mailgun.org";
    if (!preset.smtp.host.isEmpty())
        set("SMTP_HOST", preset.smtp.host);
    else if (hostFromPreset)
        set("SMTP_HOST", QString());
    // The user name: the provider's fixed one, the address where the provider logs in with
    // it, else what the user typed (but not another preset's fixed name).
    const QString user = m_draft->value(QStringLiteral("SMTP_USER"));
    if (!preset.smtp.username.isEmpty())
        set("SMTP_USER", preset.smtp.username);
    else if ((provider == Provider::Gmail || provider == Provider::Microsoft365 || provider == Provider::Outlook)
             && m_address.contains(u'@'))
        set("SMTP_USER", m_address);
    else if (user == u"apikey")
        set("SMTP_USER", QString());
    // A port the provider serves: the first of its list (its recommended one).
    const QList<quint16> &ports = profile::preset(provider).ports;
    const quint16 port = quint16(m_draft->value(QStringLiteral("SMTP_PORT")).toUInt());
    if (!ports.isEmpty() && !ports.contains(port))
        set("SMTP_PORT", QString::number(ports.constFirst()));
}

void SetupWizard::setSenderAddress(const QString &address)
{
    m_address = address;
    // The default sender of the profile (SMTP_FROM) when it is an address.
    const QString from = address.contains(u'@') ? address : QString();
    if (m_draft->value(QStringLiteral("SMTP_FROM")) != from)
        m_draft->setValue(QStringLiteral("SMTP_FROM"), from);
}

void SetupWizard::setSaving(bool saving)
{
    m_saving = saving;
    for (WizardButton which : {BackButton, FinishButton, CancelButton}) {
        if (QAbstractButton *b = button(which))
            b->setEnabled(!saving);
    }
}

void SetupWizard::accept()
{
    if (m_saving)
        return;
    auto *done = static_cast<DonePage *>(page(DonePageId));
    profile::Profile p = m_draft->base();
    if (!m_draft->applyTo(p)) {
        done->showSaveError(text::SettingsText::describe(m_draft->errors(), text::Audience::Window).join(u'\n'));
        Q_EMIT saveFinished(false);
        return;
    }
    p.name = m_name;
    p.provider = m_provider;
    p.region = m_region;
    done->showSaving();
    setSaving(true);
    m_job = m_store->saveWithSecrets(p, m_draft->editedSecrets());
    connect(m_job, &profile::ProfileJob::finished, this, [this, done]() {
        profile::ProfileJob *job = m_job;
        setSaving(false);
        if (!job)
            return;
        job->deleteLater();
        if (!job->succeeded()) {
            // The store put everything back: nothing of this profile is stored.
            done->showSaveError(job->issues().isEmpty()
                                    ? text::KeychainText::describe(job->secretError(), job->secretErrorText(), text::Audience::Window)
                                    : text::SettingsText::describe(job->issues(), text::Audience::Window).join(u'\n'));
            Q_EMIT saveFinished(false);
            return;
        }
        m_draft->markSaved(job->profile());
        Q_EMIT saveFinished(true);
        QWizard::accept();
    });
}

void SetupWizard::reject()
{
    if (m_saving)
        return; // a save in progress finishes (or rolls back) first
    static_cast<TestPage *>(page(TestPageId))->cancelTest();
    QWizard::reject();
}

} // namespace selfmx::ui
