// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "mainwindow.h"

#include "diagnostics/diagnoser.h"
#include "diagnostics/outcome.h"
#include "profile/envfile.h"
#include "profile/profilestore.h"
#include "smtp/session.h"
#include "smtp/settings.h"
#include "text/reporttext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace selfmx::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("SelfMX Console"));

    m_store = new profile::ProfileStore(profile::ProfileStore::defaultPath(), this);
    auto *form = new QFormLayout;
    auto *profileRow = new QHBoxLayout;
    m_profiles = new QComboBox;
    m_profiles->setToolTip(tr("Stored profiles; passwords come from the OS keychain"));
    m_saveProfileButton = new QPushButton(tr("Save as profile…"));
    profileRow->addWidget(m_profiles, 1);
    profileRow->addWidget(m_saveProfileButton);
    form->addRow(tr("Profile"), profileRow);
    m_host = new QLineEdit;
    m_host->setPlaceholderText(tr("smtp.example.com"));
    form->addRow(tr("SMTP_HOST"), m_host);
    m_port = new QSpinBox;
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    form->addRow(tr("SMTP_PORT"), m_port);
    m_user = new QLineEdit;
    form->addRow(tr("SMTP_USER"), m_user);
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("SMTP_PASS"), m_password);
    m_tlsMode = new QComboBox;
    m_tlsMode->addItem(tr("Automatic (SMTP_TLS=true: 465 implicit, else STARTTLS required)"), QStringLiteral(""));
    m_tlsMode->addItem(tr("Implicit TLS"), QStringLiteral("implicit"));
    m_tlsMode->addItem(tr("STARTTLS (required)"), QStringLiteral("starttls"));
    m_tlsMode->addItem(tr("None (plaintext, SMTP_TLS=false)"), QStringLiteral("none"));
    form->addRow(tr("TLS"), m_tlsMode);
    m_verify = new QCheckBox(tr("Verify the server's certificate (SMTP_TLS_VERIFY)"));
    m_verify->setChecked(true);
    form->addRow(QString(), m_verify);
    auto *caRow = new QHBoxLayout;
    m_caFile = new QLineEdit;
    m_caFile->setPlaceholderText(tr("optional: a PEM file with an extra trusted CA"));
    auto *browse = new QPushButton(tr("Browse…"));
    caRow->addWidget(m_caFile);
    caRow->addWidget(browse);
    form->addRow(tr("SMTP_TLS_CA_FILE"), caRow);
    m_timeout = new QDoubleSpinBox;
    m_timeout->setRange(0.5, 3600);
    m_timeout->setValue(30);
    m_timeout->setSuffix(tr(" s"));
    form->addRow(tr("SMTP_TIMEOUT"), m_timeout);

    m_warning = new QLabel;
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #a15c00;"));
    m_status = new QLabel(tr("Fill in the server and press Test connection."));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_testButton = new QPushButton(tr("Test connection"));
    m_testButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setEnabled(false);
    m_diagnoseButton = new QPushButton(tr("Diagnose"));
    m_diagnoseButton->setToolTip(tr("Check every stage (DNS, TCP, greeting, TLS, EHLO, AUTH) and explain what is wrong"));
    auto *buttons = new QHBoxLayout;
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
    topLayout->addWidget(m_warning);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_status);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(m_transcript);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    resize(760, 720);

    connect(m_testButton, &QPushButton::clicked, this, &MainWindow::startTest);
    connect(m_diagnoseButton, &QPushButton::clicked, this, &MainWindow::startDiagnosis);
    connect(m_cancelButton, &QPushButton::clicked, this, [this]() {
        if (m_session)
            m_session->abort();
        if (m_diagnoser)
            m_diagnoser->cancel();
    });
    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString file = QFileDialog::getOpenFileName(this, tr("Trusted CA certificate"), QString(),
                                                          tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
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
    connect(m_verify, &QCheckBox::toggled, this, &MainWindow::updateWarnings);
    connect(m_tlsMode, &QComboBox::currentIndexChanged, this, &MainWindow::updateWarnings);
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
    const auto p = m_store->find(name);
    if (!p) {
        m_status->setText(tr("✗ No profile \"%1\"").arg(name));
        Q_EMIT profileLoaded(false);
        return;
    }
    fillForm(p->smtp); // a stored profile carries no password: the keychain's comes below
    m_profiles->setCurrentIndex(std::max(0, m_profiles->findText(p->name)));
    if (!p->hasPassword) {
        m_status->setText(tr("Profile \"%1\" loaded (no password stored)").arg(p->name));
        Q_EMIT profileLoaded(true);
        return;
    }
    m_status->setText(tr("Reading the password of \"%1\" from the keychain …").arg(p->name));
    profile::ProfileJob *job = m_store->readPassword(p->id);
    connect(job, &profile::ProfileJob::finished, this, [this, job]() {
        job->deleteLater();
        if (!job->succeeded()) {
            m_status->setText(tr("✗ Profile \"%1\": %2").arg(job->profile().name, job->errorString()));
            Q_EMIT profileLoaded(false);
            return;
        }
        m_password->setText(job->password());
        m_status->setText(tr("Profile \"%1\" loaded; password from the keychain").arg(job->profile().name));
        Q_EMIT profileLoaded(true);
    });
}

void MainWindow::saveProfile(const QString &name)
{
    const auto parsed = settingsFromForm();
    if (!parsed) {
        Q_EMIT profileSaved(false);
        return;
    }
    profile::Profile p = m_store->find(name).value_or(profile::Profile());
    const profile::Provider provider = p.id.isEmpty() ? profile::guessProvider(parsed->settings.host, &p.region) : p.provider;
    p.provider = provider;
    p.name = name;
    p.smtp = parsed->settings;
    const QString password = p.smtp.password;
    p.smtp.password.clear(); // the keychain's, never the file's
    m_status->setText(tr("Saving \"%1\" …").arg(name));
    profile::ProfileJob *job = m_store->save(p, password.isEmpty() ? std::nullopt : std::optional<QString>(password));
    connect(job, &profile::ProfileJob::finished, this, [this, job]() {
        job->deleteLater();
        if (!job->succeeded()) {
            m_status->setText(tr("✗ Not saved: %1").arg(job->errorString()));
            Q_EMIT profileSaved(false);
            return;
        }
        refreshProfiles(job->profile().name);
        m_status->setText(tr("✓ Saved profile \"%1\"%2")
                              .arg(job->profile().name,
                                   job->profile().hasPassword ? tr(" (password in the keychain)") : QString()));
        Q_EMIT profileSaved(true);
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::loadFromEnvironment()
{
    fillForm(smtp::parseSettings(smtp::smtpVariables(QProcessEnvironment::systemEnvironment())).settings);
}

void MainWindow::fillForm(const smtp::Settings &s)
{
    m_host->setText(s.host);
    m_port->setValue(s.port);
    m_user->setText(s.username);
    m_password->setText(s.password);
    const QString mode = s.tlsModeOverride ? smtp::tlsModeName(*s.tlsModeOverride) : (s.tls ? QString() : QStringLiteral("none"));
    m_tlsMode->setCurrentIndex(std::max(0, m_tlsMode->findData(mode)));
    m_verify->setChecked(s.verifyPeer);
    m_caFile->setText(s.caFile);
    m_timeout->setValue(double(s.timeout.count()) / 1000.0);
}

void MainWindow::updateWarnings()
{
    QStringList warnings;
    if (!m_verify->isChecked())
        warnings.append(tr("⚠ Certificate verification is off: anyone on the path can read the password. "
                           "Prefer a trusted CA file."));
    if (m_tlsMode->currentData().toString() == u"none")
        warnings.append(tr("⚠ TLS is off: everything, including the password, travels in plaintext."));
    m_warning->setText(warnings.join(u'\n'));
    m_warning->setVisible(!warnings.isEmpty());
}

void MainWindow::setBusy(bool busy)
{
    m_testButton->setEnabled(!busy);
    m_diagnoseButton->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
}

std::optional<smtp::ParsedSettings> MainWindow::settingsFromForm()
{
    // The form goes through the same parser as the environment, so errors read the same.
    QHash<QString, QString> variables;
    variables.insert(QStringLiteral("SMTP_HOST"), m_host->text());
    variables.insert(QStringLiteral("SMTP_PORT"), QString::number(m_port->value()));
    variables.insert(QStringLiteral("SMTP_USER"), m_user->text());
    variables.insert(QStringLiteral("SMTP_PASS"), m_password->text());
    variables.insert(QStringLiteral("SMTP_TLS"), m_tlsMode->currentData().toString() == u"none" ? QStringLiteral("false")
                                                                                                 : QStringLiteral("true"));
    variables.insert(QStringLiteral("SMTP_TLS_MODE"), m_tlsMode->currentData().toString());
    variables.insert(QStringLiteral("SMTP_TLS_VERIFY"), m_verify->isChecked() ? QStringLiteral("true") : QStringLiteral("false"));
    variables.insert(QStringLiteral("SMTP_TLS_CA_FILE"), m_caFile->text());
    variables.insert(QStringLiteral("SMTP_TIMEOUT"), QString::number(m_timeout->value()));
    smtp::ParsedSettings parsed = smtp::parseSettings(variables);
    if (!parsed.ok()) {
        QStringList lines;
        for (const smtp::SettingsIssue &issue : parsed.errors)
            lines.append(issue.toString());
        m_status->setText(tr("✗ %1").arg(lines.join(u'\n')));
        return std::nullopt;
    }
    return parsed;
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
    setBusy(true);
    m_diagnoser = new diagnostics::Diagnoser(parsed->settings, {}, this);
    connect(m_diagnoser, &diagnostics::Diagnoser::stageChanged, this,
            [this](smtp::Stage stage, diagnostics::StageStatus status) {
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
    m_status->setText(tr("Testing %1:%2 …").arg(parsed->settings.host).arg(parsed->settings.port));
    setBusy(true);
    m_session = new smtp::SmtpSession(parsed->settings, this);
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
        if (!session->ignoredSslErrors().isEmpty())
            text += tr("\n⚠ the certificate was NOT verified");
        m_status->setText(text);
    } else {
        m_status->setText(tr("✗ %1").arg(error.toString()));
    }
    session->deleteLater();
    Q_EMIT testFinished(ok);
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
