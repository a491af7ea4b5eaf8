// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "mainwindow.h"

#include "diagnostics/diagnoser.h"
#include "diagnostics/outcome.h"
#include "profile/envfile.h"
#include "profile/profileresolver.h"
#include "profile/profilestore.h"
#include "profile/settingsdraft.h"
#include "settingsform.h"
#include "setupwizard.h"
#include "smtp/session.h"
#include "text/errortext.h"
#include "text/findingtext.h"
#include "text/keychaintext.h"
#include "text/reporttext.h"
#include "text/settingstext.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace selfmx::ui {

MainWindow::MainWindow(profile::ProfileStore *store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
{
    setWindowTitle(tr("SelfMX Console"));

    m_resolver = new profile::ProfileResolver(m_store, this);
    m_draft = new profile::SettingsDraft(this);
    auto *form = new QFormLayout;
    auto *profileRow = new QHBoxLayout;
    m_profiles = new QComboBox;
    m_profiles->setToolTip(tr("Stored profiles; passwords come from the OS keychain"));
    m_profiles->setAccessibleName(tr("Profile"));
    m_saveProfileButton = new QPushButton(tr("&Save as profile…"));
    profileRow->addWidget(m_profiles, 1);
    profileRow->addWidget(m_saveProfileButton);
    auto *profileLabel = new QLabel(tr("&Profile:"));
    profileLabel->setBuddy(m_profiles);
    form->addRow(profileLabel, profileRow);
    m_form = new SettingsForm(m_draft, settings::Group::Smtp);

    m_warning = new QLabel;
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #a15c00;"));
    m_status = new QLabel(tr("Fill in the server and press Test connection."));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_testButton = new QPushButton(tr("&Test connection"));
    m_testButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setEnabled(false);
    m_diagnoseButton = new QPushButton(tr("&Diagnose"));
    m_diagnoseButton->setToolTip(tr("Check every stage (DNS, TCP, greeting, TLS, EHLO, AUTH) and explain what is wrong"));
    m_applyFixButton = new QPushButton;
    m_applyFixButton->setVisible(false);
    m_applyFixButton->setAccessibleDescription(tr("Changes the form as the diagnosis proposes; nothing is saved until you save"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_applyFixButton);
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_diagnoseButton);
    buttons->addWidget(m_testButton);

    m_transcript = new QPlainTextEdit;
    m_transcript->setReadOnly(true);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_transcript->setPlaceholderText(tr("The SMTP conversation appears here; passwords are never shown."));

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->addLayout(form);
    topLayout->addWidget(m_form);
    topLayout->addWidget(m_warning);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_status);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(m_transcript);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    resize(760, 720);

    // The setup wizard, also reachable later than the first start (app/guimain.cpp).
    menuBar()->addMenu(tr("Pro&files"))->addAction(tr("&New profile (wizard)…"), this, [this]() {
        auto *wizard = new SetupWizard(m_store, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->open();
    });

    connect(m_testButton, &QPushButton::clicked, this, &MainWindow::startTest);
    connect(m_diagnoseButton, &QPushButton::clicked, this, &MainWindow::startDiagnosis);
    connect(m_applyFixButton, &QPushButton::clicked, this, &MainWindow::applyProposedFix);
    connect(m_cancelButton, &QPushButton::clicked, this, [this]() {
        if (m_session)
            m_session->abort();
        if (m_diagnoser)
            m_diagnoser->cancel();
    });
    connect(m_profiles, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            loadProfile(m_profiles->itemText(index));
    });
    connect(m_saveProfileButton, &QPushButton::clicked, this, [this]() {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save as profile"), tr("Profile name:"), QLineEdit::Normal,
                                                   m_profiles->currentIndex() > 0 ? m_profiles->currentText() : QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            saveProfile(name.trimmed());
    });
    connect(m_draft, &profile::SettingsDraft::valueChanged, this, &MainWindow::updateWarnings);
    connect(m_draft, &profile::SettingsDraft::reset, this, &MainWindow::updateWarnings);
    // A proposed fix belongs to the settings it was found for.
    auto dropFix = [this]() {
        m_proposedFix.clear();
        m_applyFixButton->setVisible(false);
    };
    connect(m_draft, &profile::SettingsDraft::reset, this, dropFix);
    connect(m_draft, &profile::SettingsDraft::valueChanged, this, dropFix);
    connect(m_store, &profile::ProfileStore::profilesChanged, this,
            [this]() { refreshProfiles(m_profiles->currentIndex() > 0 ? m_profiles->currentText() : QString()); });
    loadFromEnvironment();
    refreshProfiles();
    updateWarnings();
}

void MainWindow::refreshProfiles(const QString &select)
{
    m_profiles->clear();
    m_profiles->addItem(tr("(the form below: environment or unsaved)"));
    for (const profile::Profile &p : m_store->profiles())
        m_profiles->addItem(p.name);
    if (!select.isEmpty())
        m_profiles->setCurrentIndex(std::max(0, m_profiles->findText(select)));
}

QStringList MainWindow::profileNames() const
{
    QStringList names;
    for (int i = 1; i < m_profiles->count(); ++i)
        names.append(m_profiles->itemText(i));
    return names;
}

void MainWindow::loadProfile(const QString &name)
{
    // The window shows the profile as stored (with its secrets from the keychain): the
    // environment is the command line's business.
    m_status->setText(tr("Reading profile \"%1\" …").arg(name));
    profile::ResolveJob *job = m_resolver->resolve(name, {}, settings::Groups(settings::Group::Smtp) | settings::Group::Relay,
                                                   profile::ProfileResolver::MissingSecrets::Tolerate);
    connect(job, &profile::ResolveJob::finished, this, [this, job, name]() {
        job->deleteLater();
        switch (job->failure()) {
        case profile::ResolveJob::Failure::None: break;
        case profile::ResolveJob::Failure::Keychain:
            m_status->setText(tr("✗ Profile \"%1\": %2")
                                  .arg(job->profile().name,
                                       text::KeychainText::describe(job->secretError(), job->secretErrorText(), text::Audience::Window)));
            Q_EMIT profileLoaded(false);
            return;
        case profile::ResolveJob::Failure::NotFound:
        case profile::ResolveJob::Failure::StoredValues:
        case profile::ResolveJob::Failure::Values:
            m_status->setText(tr("✗ %1").arg(text::SettingsText::describe(job->issues(), text::Audience::Window).join(u'\n')));
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
        m_profiles->setCurrentIndex(std::max(0, m_profiles->findText(p.name)));
        if (job->missingSecrets().contains(QStringLiteral("SMTP_PASS")))
            m_status->setText(tr("Profile \"%1\" loaded, but its password is missing from the keychain: type it and save").arg(p.name));
        else if (p.hasPassword)
            m_status->setText(tr("Profile \"%1\" loaded; password from the keychain").arg(p.name));
        else
            m_status->setText(tr("Profile \"%1\" loaded (no password stored)").arg(p.name));
        Q_EMIT profileLoaded(true);
    });
}

void MainWindow::saveProfile(const QString &name)
{
    if (!m_draft->isValid()) {
        m_status->setText(tr("✗ Not saved: %1").arg(text::SettingsText::describe(m_draft->errors(), text::Audience::Window).join(u'\n')));
        Q_EMIT profileSaved(false);
        return;
    }
    // Saving the profile being edited writes the fields edited here and nothing else, so
    // what changed in the file meanwhile, or what the form does not show, stays. Saving
    // under another name (new or existing) writes everything the form holds.
    const std::optional<profile::Profile> existing = m_store->find(name);
    if (existing && !existing->loadIssues.isEmpty()) {
        m_status->setText(
            tr("✗ Not saved: %1").arg(text::SettingsText::describe(existing->loadIssues, text::Audience::Window).join(u'\n')));
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
    m_status->setText(tr("Saving \"%1\" …").arg(name));
    profile::ProfileJob *job = m_store->saveWithSecrets(p, secrets);
    connect(job, &profile::ProfileJob::finished, this, [this, job]() {
        job->deleteLater();
        if (!job->succeeded()) {
            const QString why = job->issues().isEmpty()
                                    ? text::KeychainText::describe(job->secretError(), job->secretErrorText(), text::Audience::Window)
                                    : text::SettingsText::describe(job->issues(), text::Audience::Window).join(u'\n');
            m_status->setText(tr("✗ Not saved: %1").arg(why));
            Q_EMIT profileSaved(false);
            return;
        }
        m_draft->markSaved(job->profile());
        refreshProfiles(job->profile().name);
        m_status->setText(job->profile().hasPassword ? tr("✓ Saved profile \"%1\" (password in the keychain)").arg(job->profile().name)
                                                     : tr("✓ Saved profile \"%1\"").arg(job->profile().name));
        Q_EMIT profileSaved(true);
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::loadFromEnvironment()
{
    // Each SMTP_* value is an edit of a fresh form, so a bad one shows where it belongs.
    const QHash<QString, QString> values = settings::environmentValues(QProcessEnvironment::systemEnvironment());
    for (const settings::Field &f : settings::fields()) {
        if (!values.value(f.key).isEmpty())
            m_draft->setValue(f.key, values.value(f.key));
    }
}

void MainWindow::updateWarnings()
{
    const QStringList warnings = text::SettingsText::describe(m_draft->warnings(settings::Group::Smtp), text::Audience::Window);
    m_warning->setText(warnings.isEmpty() ? QString() : QStringLiteral("⚠ ") + warnings.join(QStringLiteral("\n⚠ ")));
    m_warning->setVisible(!warnings.isEmpty());
}

void MainWindow::setBusy(bool busy)
{
    m_testButton->setEnabled(!busy);
    m_diagnoseButton->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
}

std::optional<smtp::Settings> MainWindow::settingsFromForm()
{
    if (!m_draft->isValid()) {
        m_status->setText(tr("✗ %1").arg(text::SettingsText::describe(m_draft->errors(), text::Audience::Window).join(u'\n')));
        return std::nullopt;
    }
    return m_draft->configuration().smtp;
}

void MainWindow::startDiagnosis()
{
    if (m_session || m_diagnoser)
        return;
    const auto parsed = settingsFromForm();
    if (!parsed) {
        Q_EMIT diagnosisFinished(false);
        return;
    }
    m_transcript->clear();
    m_proposedFix.clear();
    m_applyFixButton->setVisible(false);
    setBusy(true);
    m_diagnoser = new diagnostics::Diagnoser(*parsed, {}, this);
    connect(m_diagnoser, &diagnostics::Diagnoser::stageChanged, this, [this](smtp::Stage stage, diagnostics::StageStatus status) {
        if (status == diagnostics::StageStatus::Running)
            m_status->setText(text::ReportText(text::Audience::Window).progress(stage, status));
    });
    connect(m_diagnoser, &diagnostics::Diagnoser::finished, this, [this]() {
        diagnostics::Diagnoser *diagnoser = m_diagnoser;
        m_diagnoser = nullptr;
        setBusy(false);
        const diagnostics::Report &report = diagnoser->report();
        const text::ReportText words(text::Audience::Window);
        m_transcript->setPlainText(words.text(report) + u'\n' + tr("Transcript") + u'\n' + report.transcript);
        m_status->setText(report.ok() ? tr("✓ Working: every stage passed")
                                      : tr("✗ Fails at %1: %2").arg(words.stageName(report.firstFailedStage()), words.failure(report)));
        // The first failing finding with a mechanical fix becomes a button.
        for (const diagnostics::Finding &f : report.findings) {
            if (f.severity == diagnostics::Severity::Error && f.stage == report.firstFailedStage() && !f.proposedChange.isEmpty()) {
                m_proposedFix = f.proposedChange;
                m_applyFixButton->setText(text::FindingText(text::Audience::Window).applyFixLabel(f));
                m_applyFixButton->setAccessibleName(m_applyFixButton->text());
                m_applyFixButton->setVisible(true);
                break;
            }
        }
        const bool ok = report.ok();
        diagnoser->deleteLater();
        Q_EMIT diagnosisFinished(ok);
    });
    m_diagnoser->start();
}

void MainWindow::startTest()
{
    if (m_session || m_diagnoser)
        return;
    const auto parsed = settingsFromForm();
    if (!parsed) {
        Q_EMIT testFinished(false);
        return;
    }

    m_transcript->clear();
    m_status->setText(tr("Testing %1:%2 …").arg(parsed->host).arg(parsed->port));
    setBusy(true);
    m_session = new smtp::SmtpSession(*parsed, this);
    connect(m_session, &smtp::SmtpSession::transcriptEntryAdded, this,
            [this](const smtp::TranscriptEntry &entry) { m_transcript->appendPlainText(entry.toString()); });
    connect(m_session, &smtp::SmtpSession::stateChanged, this, [this](smtp::SmtpSession::State) {
        if (m_session)
            m_status->setText(tr("Testing … stage: %1").arg(smtp::stageName(m_session->stage())));
    });
    connect(m_session, &smtp::SmtpSession::ready, m_session, &smtp::SmtpSession::quit);
    connect(m_session, &smtp::SmtpSession::finished, this, &MainWindow::onFinished);
    m_session->open();
}

void MainWindow::onFinished()
{
    smtp::SmtpSession *session = m_session;
    m_session = nullptr;
    setBusy(false);
    if (!session)
        return;
    const smtp::Error &error = session->error();
    const bool ok = diagnostics::connectionTestPassed(*session);
    if (ok) {
        QString text = tr("✓ SMTP connection successful");
        if (session->usedMechanism())
            text += tr(" — authenticated with %1").arg(smtp::mechanismName(*session->usedMechanism()));
        if (session->acceptedByPin())
            text += tr("\n✓ the certificate was accepted because it matches the pinned certificate");
        else if (!session->ignoredSslErrors().isEmpty())
            text += tr("\n⚠ the certificate was NOT verified");
        m_status->setText(text);
    } else {
        m_status->setText(tr("✗ %1").arg(text::ErrorText::describe(error, text::Audience::Window)));
    }
    session->deleteLater();
    Q_EMIT testFinished(ok);
}

QString MainWindow::proposedFixText() const
{
    return m_proposedFix.isEmpty() ? QString() : m_applyFixButton->text();
}

bool MainWindow::applyProposedFix()
{
    if (m_proposedFix.isEmpty())
        return false;
    const QList<diagnostics::SettingChange> fix = m_proposedFix;
    for (const diagnostics::SettingChange &change : fix)
        m_draft->setValue(change.key, change.value);
    m_status->setText(tr("Fix applied to the form; press Test connection to try it"));
    return true;
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

QString MainWindow::transcriptText() const
{
    return m_transcript->toPlainText();
}

} // namespace selfmx::ui
