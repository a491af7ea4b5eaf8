// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "mainwindow.h"

#include "diagnostics/diagnoser.h"
#include "diagnostics/outcome.h"
#include "profile/envfile.h"
#include "profile/profileresolver.h"
#include "profile/profilestore.h"
#include "profile/settingsdraft.h"
#include "profilesview.h"
#include "relaypanel.h"
#include "settingsform.h"
#include "setupwizard.h"
#include "smtp/session.h"
#include "text/errortext.h"
#include "text/findingtext.h"
#include "text/keychaintext.h"
#include "text/reporttext.h"
#include "text/settingstext.h"
#include "tonelabel.h"
#include "transcriptview.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QVBoxLayout>

namespace selfmx::ui {

MainWindow::MainWindow(profile::ProfileStore *store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
{
    m_draft = new profile::SettingsDraft(this);
    m_profilesView = new ProfilesView(m_store, m_draft);
    m_transcriptView = new TranscriptView;

    m_status = new ToneLabel(Tone::Normal, tr("Fill in the server and press Test connection."));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setAccessibleName(tr("Test status"));

    m_testButton = new QPushButton(tr("&Test connection"));
    m_testButton->setDefault(true);
    m_testButton->setAccessibleName(tr("Test connection"));
    m_testButton->setAccessibleDescription(tr("Connect, start TLS, say EHLO, log in and quit, with the settings in the editor"));
    m_cancelButton = new QPushButton(tr("Cance&l"));
    m_cancelButton->setAccessibleName(tr("Cancel the test"));
    m_cancelButton->setEnabled(false);
    m_diagnoseButton = new QPushButton(tr("Dia&gnose"));
    m_diagnoseButton->setToolTip(tr("Check every stage (DNS, TCP, greeting, TLS, EHLO, AUTH) and explain what is wrong"));
    m_diagnoseButton->setAccessibleName(tr("Diagnose"));
    m_diagnoseButton->setAccessibleDescription(m_diagnoseButton->toolTip());
    m_applyFixButton = new QPushButton;
    m_applyFixButton->setVisible(false);
    m_applyFixButton->setAccessibleName(tr("Apply fix"));
    m_applyFixButton->setAccessibleDescription(tr("Changes the form as the diagnosis proposes; nothing is saved until you save"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_applyFixButton);
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_diagnoseButton);
    buttons->addWidget(m_testButton);

    auto *testArea = new QWidget;
    auto *testLayout = new QVBoxLayout(testArea);
    testLayout->setContentsMargins(0, 0, 0, 0);
    testLayout->addLayout(buttons);
    testLayout->addWidget(m_status);

    m_tabs = new QTabWidget;
    m_tabs->setAccessibleName(tr("Views"));
    m_tabs->addTab(m_transcriptView, tr("Transcr&ipt"));
    m_relayPanel = new RelayPanel(m_store);
    m_tabs->addTab(m_relayPanel, tr("Rela&y"));
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(testArea);
    rightLayout->addWidget(m_tabs, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_profilesView);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
    resize(1180, 780);
    setTabOrder(m_profilesView, m_testButton);
    setTabOrder(m_testButton, m_diagnoseButton);
    setTabOrder(m_diagnoseButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_applyFixButton);
    setTabOrder(m_applyFixButton, m_tabs);

    // "New profile…" (list button, Profile menu, Ctrl+N) opens the setup wizard, also shown
    // on the first start (app/guimain.cpp).
    connect(this, &MainWindow::newProfileRequested, this, [this]() {
        auto *wizard = new SetupWizard(m_store, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->open();
    });

    connect(m_testButton, &QPushButton::clicked, this, &MainWindow::startTest);
    connect(m_diagnoseButton, &QPushButton::clicked, this, &MainWindow::startDiagnosis);
    connect(m_applyFixButton, &QPushButton::clicked, this, &MainWindow::applyProposedFix);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelRunning);
    connect(m_profilesView, &ProfilesView::newProfileRequested, this, &MainWindow::newProfileRequested);
    connect(m_profilesView, &ProfilesView::profileLoaded, this, &MainWindow::profileLoaded);
    connect(m_profilesView, &ProfilesView::profileSaved, this, &MainWindow::profileSaved);
    connect(m_profilesView, &ProfilesView::editingChanged, m_relayPanel, &RelayPanel::setProfile);
    connect(m_relayPanel, &RelayPanel::stateChanged, this, &MainWindow::onRelayStateChanged);
    connect(m_relayPanel, &RelayPanel::deliveryFailed, this, [this](const QString &, const QString &recipients, const QString &error) {
        if (m_tray)
            //: Tray notification: a message the relay could not deliver, %1 its recipients, %2 the server's words
            m_tray->showMessage(tr("Delivery failed"), tr("To %1: %2").arg(recipients, error), QSystemTrayIcon::Warning);
    });
    connect(m_draft, &profile::SettingsDraft::dirtyChanged, this, &MainWindow::updateTitle);
    connect(m_draft, &profile::SettingsDraft::reset, this, &MainWindow::updateTitle);
    connect(m_store, &profile::ProfileStore::profilesChanged, this, &MainWindow::updateTitle);
    // A proposed fix belongs to the settings it was found for.
    auto dropFix = [this]() {
        m_proposedFix.clear();
        m_applyFixButton->setVisible(false);
    };
    connect(m_draft, &profile::SettingsDraft::reset, this, dropFix);
    connect(m_draft, &profile::SettingsDraft::valueChanged, this, dropFix);
    createMenus();
    loadFromEnvironment();
    updateTitle();
}

MainWindow::~MainWindow()
{
    if (m_rememberSession)
        saveSession();
}

void MainWindow::createMenus()
{
    auto add = [this](QMenu *menu, QAction *action, const QKeySequence &shortcut) {
        action->setShortcut(shortcut);
        menu->addAction(action);
        addAction(action);
        return action;
    };
    QMenu *file = menuBar()->addMenu(tr("&Profile"));
    add(file, m_profilesView->newAction(), QKeySequence::New);
    add(file, m_profilesView->saveAction(), QKeySequence::Save);
    QAction *saveAs = add(file, new QAction(tr("Save &as profile…"), this), QKeySequence::SaveAs);
    connect(saveAs, &QAction::triggered, this, [this]() {
        auto *dialog = new QInputDialog(this);
        dialog->setWindowTitle(tr("Save as profile"));
        dialog->setLabelText(tr("Profile &name:"));
        dialog->setWindowModality(Qt::WindowModal);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
            if (!name.trimmed().isEmpty())
                saveProfile(name.trimmed());
        });
        dialog->open();
    });
    add(file, m_profilesView->discardAction(), QKeySequence(Qt::CTRL | Qt::Key_R));
    file->addSeparator();
    add(file, m_profilesView->duplicateAction(), QKeySequence(Qt::CTRL | Qt::Key_D));
    add(file, m_profilesView->renameAction(), QKeySequence(Qt::Key_F2));
    add(file, m_profilesView->deleteAction(), QKeySequence(Qt::CTRL | Qt::Key_Delete));
    add(file, m_profilesView->defaultAction(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    file->addSeparator();
    QAction *quit = add(file, new QAction(tr("&Quit"), this), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *test = menuBar()->addMenu(tr("&Connection"));
    QAction *run = add(test, new QAction(tr("&Test connection"), this), QKeySequence(Qt::Key_F5));
    connect(run, &QAction::triggered, this, &MainWindow::startTest);
    QAction *diagnose = add(test, new QAction(tr("&Diagnose"), this), QKeySequence(Qt::Key_F6));
    connect(diagnose, &QAction::triggered, this, &MainWindow::startDiagnosis);
    QAction *cancel = add(test, new QAction(tr("&Cancel"), this), QKeySequence(Qt::CTRL | Qt::Key_Period));
    connect(cancel, &QAction::triggered, this, &MainWindow::cancelRunning);
    QAction *fix = add(test, new QAction(tr("&Apply proposed fix"), this), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(fix, &QAction::triggered, this, &MainWindow::applyProposedFix);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *profiles = add(view, new QAction(tr("&Profiles"), this), QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(profiles, &QAction::triggered, this, [this]() { m_profilesView->list()->setFocus(Qt::ShortcutFocusReason); });
    QAction *transcript = add(view, new QAction(tr("&Transcript"), this), QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(transcript, &QAction::triggered, this, [this]() {
        m_tabs->setCurrentWidget(m_transcriptView);
        m_transcriptView->setFocus(Qt::ShortcutFocusReason);
    });
    QAction *relayView = add(view, new QAction(tr("&Relay"), this), QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(relayView, &QAction::triggered, this, [this]() {
        m_tabs->setCurrentWidget(m_relayPanel);
        m_relayPanel->setFocus(Qt::ShortcutFocusReason);
    });

    QMenu *relayMenu = menuBar()->addMenu(tr("&Relay"));
    QAction *toggleRelay =
        add(relayMenu, new QAction(tr("&Start or stop the relay"), this), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(toggleRelay, &QAction::triggered, this, [this]() {
        m_tabs->setCurrentWidget(m_relayPanel);
        if (m_relayPanel->state() == RelayPanel::State::Idle)
            m_relayPanel->start();
        else
            m_relayPanel->stop();
    });
    QAction *copyKey = add(relayMenu, new QAction(tr("Copy the API &key"), this), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K));
    connect(copyKey, &QAction::triggered, m_relayPanel, &RelayPanel::copyKey);
    QAction *copyCurl = add(relayMenu, new QAction(tr("Copy the c&url command"), this), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U));
    connect(copyCurl, &QAction::triggered, m_relayPanel, &RelayPanel::copyCurl);
    QAction *retry = add(relayMenu, new QAction(tr("&Retry the selected message"), this), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    connect(retry, &QAction::triggered, m_relayPanel, &RelayPanel::retrySelected);
    QAction *cancelMessage =
        add(relayMenu, new QAction(tr("&Cancel the selected message"), this), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    connect(cancelMessage, &QAction::triggered, m_relayPanel, &RelayPanel::cancelSelected);

    QMenu *transcriptMenu = menuBar()->addMenu(tr("Tra&nscript"));
    QAction *copy = add(transcriptMenu, new QAction(tr("&Copy transcript"), this), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(copy, &QAction::triggered, m_transcriptView, &TranscriptView::copyAll);
    QAction *saveTranscript =
        add(transcriptMenu, new QAction(tr("&Save transcript…"), this), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(saveTranscript, &QAction::triggered, m_transcriptView, &TranscriptView::askSave);
    QAction *saveBundle =
        add(transcriptMenu, new QAction(tr("Save report &bundle…"), this), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(saveBundle, &QAction::triggered, m_transcriptView, &TranscriptView::askSaveBundle);
}

void MainWindow::onRelayStateChanged()
{
    const bool running = m_relayPanel->state() != RelayPanel::State::Idle;
    if (running && !m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon().isNull() ? style()->standardIcon(QStyle::SP_DriveNetIcon) : windowIcon(), this);
        m_tray->setToolTip(tr("SelfMX Console: the relay is running"));
        auto *menu = new QMenu(this);
        connect(menu->addAction(tr("&Show window")), &QAction::triggered, this, [this]() {
            showNormal();
            raise();
            activateWindow();
        });
        connect(menu->addAction(tr("S&top relay and quit")), &QAction::triggered, this, [this]() {
            m_quitWhenRelayStops = true;
            m_relayPanel->stop();
        });
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
                showNormal();
                raise();
                activateWindow();
            }
        });
        m_tray->show();
    }
    if (!running) {
        if (m_tray) {
            m_tray->hide();
            m_tray->deleteLater();
            m_tray = nullptr;
        }
        if (m_quitWhenRelayStops) {
            m_quitWhenRelayStops = false;
            close();
        }
    }
}

void MainWindow::askAboutRunningRelay()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("The relay is running"),
                                tr("The relay is running. Applications that send through it get no answer once it stops."),
                                QMessageBox::NoButton, this);
    QPushButton *keep = nullptr;
    if (QSystemTrayIcon::isSystemTrayAvailable())
        keep = box->addButton(tr("&Keep running in the tray"), QMessageBox::AcceptRole);
    QPushButton *stop = box->addButton(tr("&Stop relay and quit"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(keep ? keep : stop);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, keep, stop](int) {
        if (keep && box->clickedButton() == keep) {
            hide(); // the tray icon brings it back
        } else if (box->clickedButton() == stop) {
            m_quitWhenRelayStops = true;
            m_relayPanel->stop(); // asynchronous: the window closes once it stopped
        }
    });
    box->open();
}

void MainWindow::updateTitle()
{
    // "[*]" is where Qt puts the "*" of an unsaved window.
    const QString id = m_profilesView->editingId();
    const std::optional<profile::Profile> stored = id.isEmpty() ? std::nullopt : m_store->find(id);
    //: Window title: the profile being edited, [*] is replaced by * when it has unsaved changes
    setWindowTitle(stored ? tr("%1[*] — SelfMX Console").arg(stored->name) : tr("SelfMX Console[*]"));
    setWindowModified(m_draft->isDirty());
}

void MainWindow::restoreSession()
{
    m_rememberSession = true;
    QSettings state;
    if (const QByteArray geometry = state.value(QStringLiteral("window/geometry")).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        splitter->restoreState(state.value(QStringLiteral("window/splitter")).toByteArray());
    // The last profile, unless the environment gave settings (then those are what the user
    // started the window for); else the default profile.
    if (m_draft->isDirty())
        return;
    QString id = state.value(QStringLiteral("window/lastProfile")).toString();
    if (id.isEmpty() || !m_store->find(id))
        id = m_store->defaultProfileId();
    if (!id.isEmpty() && m_store->find(id))
        loadProfile(id);
}

void MainWindow::saveSession() const
{
    QSettings state;
    state.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        state.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    state.setValue(QStringLiteral("window/lastProfile"), m_profilesView->editingId());
}

void MainWindow::cancelRunning()
{
    if (m_session)
        m_session->abort();
    if (m_diagnoser)
        m_diagnoser->cancel();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Unsaved changes first: Save / Discard / Cancel, answered without a nested event loop,
    // so this close is refused and repeated once the answer allows it.
    if (m_draft->isDirty() && !m_closeSettled) {
        event->ignore();
        m_profilesView->settleUnsaved([this](bool proceed) {
            if (!proceed)
                return;
            m_closeSettled = true;
            close();
        });
        return;
    }
    m_closeSettled = false;
    // The relay: keep it in the tray, or stop it and close once it stopped, or stay.
    if (m_relayPanel->state() != RelayPanel::State::Idle) {
        event->ignore();
        if (!m_quitWhenRelayStops)
            askAboutRunningRelay();
        return;
    }
    // A test in progress ends cleanly: the session aborts and reports once, as on Cancel.
    cancelRunning();
    if (m_rememberSession)
        saveSession();
    QMainWindow::closeEvent(event);
}

QStringList MainWindow::profileNames() const
{
    return m_profilesView->profileNames();
}

SettingsForm *MainWindow::form() const
{
    return m_profilesView->form();
}

void MainWindow::loadProfile(const QString &name)
{
    m_profilesView->loadProfile(name);
}

void MainWindow::saveProfile(const QString &name)
{
    m_profilesView->saveProfile(name);
}

void MainWindow::loadFromEnvironment()
{
    // Each SMTP_* value is an edit of a fresh form, so a bad one shows where it belongs.
    const QHash<QString, QString> values = settings::environmentValues(QProcessEnvironment::systemEnvironment());
    for (const settings::Field &f : settings::fields()) {
        if (!values.value(f.key).isEmpty())
            m_draft->setValue(f.key, values.value(f.key));
    }
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
        showStatus(tr("✗ %1").arg(text::SettingsText::describe(m_draft->errors(), text::Audience::Window).join(u'\n')), true);
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
    m_transcriptView->clear();
    m_proposedFix.clear();
    m_applyFixButton->setVisible(false);
    setBusy(true);
    m_diagnoser = new diagnostics::Diagnoser(*parsed, {}, this);
    connect(m_diagnoser, &diagnostics::Diagnoser::stageChanged, this, [this](smtp::Stage stage, diagnostics::StageStatus status) {
        if (status == diagnostics::StageStatus::Running)
            showStatus(text::ReportText(text::Audience::Window).progress(stage, status), false);
    });
    connect(m_diagnoser, &diagnostics::Diagnoser::finished, this, [this]() {
        diagnostics::Diagnoser *diagnoser = m_diagnoser;
        m_diagnoser = nullptr;
        setBusy(false);
        const diagnostics::Report &report = diagnoser->report();
        const text::ReportText words(text::Audience::Window);
        m_transcriptView->showReport(report, words.text(report));
        showStatus(report.ok() ? tr("✓ Working: every stage passed")
                               : tr("✗ Fails at %1: %2").arg(words.stageName(report.firstFailedStage()), words.failure(report)),
                   !report.ok());
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

    m_transcriptView->clear();
    showStatus(tr("Testing %1:%2 …").arg(parsed->host).arg(parsed->port), false);
    setBusy(true);
    m_session = new smtp::SmtpSession(*parsed, this);
    connect(m_session, &smtp::SmtpSession::transcriptEntryAdded, this,
            [this](const smtp::TranscriptEntry &entry) { m_transcriptView->addEntry(entry); });
    connect(m_session, &smtp::SmtpSession::stateChanged, this, [this](smtp::SmtpSession::State) {
        if (m_session)
            showStatus(tr("Testing … stage: %1").arg(smtp::stageName(m_session->stage())), false);
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
        showStatus(text, false);
    } else {
        showStatus(tr("✗ %1").arg(text::ErrorText::describe(error, text::Audience::Window)), true);
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
    showStatus(tr("Fix applied to the form; press Test connection to try it"), false);
    return true;
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

QString MainWindow::transcriptText() const
{
    return m_transcriptView->text();
}

void MainWindow::showStatus(const QString &text, bool error)
{
    m_status->setTone(error ? Tone::Error : Tone::Normal);
    m_status->setText(text);
}

} // namespace selfmx::ui
