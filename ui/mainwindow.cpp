// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "mainwindow.h"

#include "accessibility.h"
#include "diagnostics/report.h"
#include "languagemenu.h"
#include "profile/profilestore.h"
#include "profile/settingsdraft.h"
#include "profilesview.h"
#include "relaypanel.h"
#include "selectablelabel.h"
#include "settingsform.h"
#include "setupwizard.h"
#include "testpanel.h"
#include "text/findingtext.h"
#include "text/reporttext.h"
#include "text/settingstext.h"
#include "tonelabel.h"
#include "transcriptview.h"

#include <QCloseEvent>
#include <QGuiApplication>
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

#include <algorithm>

namespace selfmx::ui {

MainWindow::MainWindow(profile::ProfileStore *store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
{
    m_draft = new profile::SettingsDraft(this);
    m_profilesView = new ProfilesView(m_store, m_draft);
    m_transcriptView = new TranscriptView;

    m_status = new ToneLabel(Tone::Normal, tr("Fill in the server and press Test."));
    m_status->setWordWrap(true);
    makeSelectable(m_status, Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setAccessibleName(tr("Status"));
    m_status->setVisible(false); // until there is something to say beyond the test panel's own line

    // The one-click test: live steps, Cancel, findings with their fixes, Find working
    // settings (TestPanel, the same widget the setup wizard shows).
    m_testPanel = new TestPanel(m_draft);
    m_testPanel->setAccessibleName(tr("Connection test"));

    auto *testArea = new QWidget;
    auto *testLayout = new QVBoxLayout(testArea);
    testLayout->setContentsMargins(0, 0, 0, 0);
    testLayout->addWidget(m_status);
    testLayout->addWidget(m_testPanel);

    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Views"));
    m_tabs->addTab(m_transcriptView, tr("Transcr&ipt"));
    m_relayTab = new QWidget;
    auto *relayTabLayout = new QVBoxLayout(m_relayTab);
    relayTabLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_relayTab, tr("Rela&y"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_relayTab)
            relayPanel();
    });
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    // The test's steps and findings above, the transcript and relay below: the user moves
    // the line between them (the findings of a failed test need the room).
    auto *rightSplitter = new QSplitter(Qt::Vertical);
    rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    rightSplitter->setChildrenCollapsible(false);
    rightSplitter->addWidget(testArea);
    rightSplitter->addWidget(m_tabs);
    rightSplitter->setStretchFactor(0, 3);
    rightSplitter->setStretchFactor(1, 2);
    rightSplitter->setSizes({500, 300});
    rightLayout->addWidget(rightSplitter);
    // A failed test's findings get the room they ask for from the transcript, never more
    // than it can give (its minimum stays): nothing overlaps, whatever the window's size.
    connect(m_testPanel, &TestPanel::findingsNeedRoom, rightSplitter, [rightSplitter, this](int pixels) {
        QList<int> sizes = rightSplitter->sizes();
        const int spare = sizes.value(1) - m_tabs->minimumSizeHint().height();
        const int take = std::clamp(pixels, 0, std::max(0, spare));
        if (take == 0 || sizes.size() != 2)
            return;
        sizes[0] += take;
        sizes[1] -= take;
        rightSplitter->setSizes(sizes);
    });

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_profilesView);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
    resize(1000, 680);
    setTabOrder(m_profilesView, m_testPanel);
    setTabOrder(m_testPanel, m_tabs);

    // "New profile…" (list button, Profile menu, Ctrl+N) opens the setup wizard (on the first
    // start it opens alone, before this window: ui/consolestart.h).
    connect(this, &MainWindow::newProfileRequested, this, [this]() {
        auto *wizard = new SetupWizard(m_store, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        // The profile the wizard saved is the one the window edits next (unsaved changes of
        // the current one are settled first: saved, dropped or kept by Cancel).
        connect(wizard, &SetupWizard::saveFinished, this, [this, wizard](bool ok) {
            if (!ok)
                return;
            const QString id = wizard->profileId();
            m_profilesView->settleUnsaved([this, id](bool go) {
                if (go)
                    m_profilesView->loadProfile(id);
            });
        });
        wizard->open();
    });

    connect(m_testPanel, &TestPanel::testFinished, this, &MainWindow::onFinished);
    connect(m_profilesView, &ProfilesView::newProfileRequested, this, &MainWindow::newProfileRequested);
    connect(m_profilesView, &ProfilesView::profileLoaded, this, &MainWindow::profileLoaded);
    connect(m_profilesView, &ProfilesView::profileSaved, this, &MainWindow::profileSaved);
    connect(m_profilesView, &ProfilesView::editingChanged, this, [this](const QString &id) {
        m_relayProfileId = id;
        if (m_relayPanel)
            m_relayPanel->setProfile(id);
    });
    connect(m_draft, &profile::SettingsDraft::dirtyChanged, this, &MainWindow::updateTitle);
    connect(m_draft, &profile::SettingsDraft::reset, this, &MainWindow::updateTitle);
    connect(m_store, &profile::ProfileStore::profilesChanged, this, &MainWindow::updateTitle);
    // A proposed fix belongs to the settings it was found for.
    // (TestPanel disables a finding's fix once the settings it was found for changed.)
    createMenus();
    loadFromEnvironment();
    updateTitle();
}

RelayPanel *MainWindow::relayPanel()
{
    if (m_relayPanel)
        return m_relayPanel;
    m_relayPanel = new RelayPanel(m_store);
    m_relayPanel->setProfile(m_relayProfileId);
    m_relayTab->layout()->addWidget(m_relayPanel);
    m_relayPanel->show();                       // now, not with the layout's queued show: it is on screen if its tab is
    placeInTabOrderAfter(m_tabs, m_relayPanel); // right after the tabs, as if made with the window
    connect(m_relayPanel, &RelayPanel::stateChanged, this, &MainWindow::onRelayStateChanged);
    connect(m_relayPanel, &RelayPanel::deliveryFailed, this, [this](const QString &, const QString &recipients, const QString &error) {
        if (m_tray)
            //: Tray notification: a message the relay could not deliver, %1 its recipients, %2 the server's words
            m_tray->showMessage(tr("Delivery failed"), tr("To %1: %2").arg(recipients, error), QSystemTrayIcon::Warning);
    });
    return m_relayPanel;
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
        m_tabs->setCurrentWidget(m_relayTab);
        relayPanel()->setFocus(Qt::ShortcutFocusReason);
    });

    view->addSeparator();
    view->addMenu(new LanguageMenu(this));

    QMenu *relayMenu = menuBar()->addMenu(tr("&Relay"));
    QAction *toggleRelay =
        add(relayMenu, new QAction(tr("&Start or stop the relay"), this), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(toggleRelay, &QAction::triggered, this, [this]() {
        m_tabs->setCurrentWidget(m_relayTab);
        if (relayPanel()->state() == RelayPanel::State::Idle)
            relayPanel()->start();
        else
            relayPanel()->stop();
    });
    QAction *copyKey = add(relayMenu, new QAction(tr("Copy the API &key"), this), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K));
    connect(copyKey, &QAction::triggered, this, [this]() { relayPanel()->copyKey(); });
    QAction *copyCurl = add(relayMenu, new QAction(tr("Copy the c&url command"), this), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U));
    connect(copyCurl, &QAction::triggered, this, [this]() { relayPanel()->copyCurl(); });
    QAction *retry = add(relayMenu, new QAction(tr("&Retry the selected message"), this), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    connect(retry, &QAction::triggered, this, [this]() { relayPanel()->retrySelected(); });
    QAction *cancelMessage =
        add(relayMenu, new QAction(tr("&Cancel the selected message"), this), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    connect(cancelMessage, &QAction::triggered, this, [this]() { relayPanel()->cancelSelected(); });

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
        // The icon does not own its menu: it goes with the icon (one per start of the relay).
        auto *menu = new QMenu(this);
        connect(m_tray, &QObject::destroyed, menu, &QObject::deleteLater);
        connect(menu->addAction(tr("&Show window")), &QAction::triggered, this, &MainWindow::showFromTray);
        connect(menu->addAction(tr("S&top relay and quit")), &QAction::triggered, this, [this]() {
            m_quitWhenRelayStops = true;
            m_relayPanel->stop();
        });
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                showFromTray();
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
            // Unsaved changes are asked about with the window on screen, whose close then
            // ends the program as usual.
            if (m_inTray && m_draft->isDirty())
                showFromTray();
            const bool inTray = m_inTray;
            m_inTray = false;
            // Qt ends the program when the last *visible* window closes: a window hidden in
            // the tray does not count, and the program would go on with neither window nor
            // icon (Tray.MenuStopsTheRelayAndQuitsFromTheTray).
            if (close() && inTray && QGuiApplication::quitOnLastWindowClosed())
                QCoreApplication::quit();
        } else if (m_inTray) {
            // The relay stopped by itself (an error) while the window was in the tray: its
            // icon is gone, so the window comes back (Tray.WindowReturnsWhenTheRelay…).
            showFromTray();
        }
    }
}

void MainWindow::showFromTray()
{
    m_inTray = false;
    showNormal();
    raise();
    activateWindow();
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
            // The relay may have stopped while the question was open: then there is no icon
            // to come back by, and the window just closes.
            if (m_tray) {
                m_inTray = true;
                hide(); // the tray icon brings it back
            } else {
                close();
            }
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

void MainWindow::restoreSession(const QString &profileId)
{
    m_rememberSession = true;
    QSettings state;
    if (const QByteArray geometry = state.value(QStringLiteral("window/geometry")).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        splitter->restoreState(state.value(QStringLiteral("window/splitter")).toByteArray());
    // The sender domain check stays open for whoever opened it last time (made only then).
    m_testPanel->setSenderDomainShown(state.value(QStringLiteral("window/senderDomainShown"), false).toBool());
    // The profile asked for, else the last one, unless the environment gave settings (then
    // those are what the user started the window for); else the default profile.
    if (m_draft->isDirty())
        return;
    QString id = !profileId.isEmpty() ? profileId : state.value(QStringLiteral("window/lastProfile")).toString();
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
    state.setValue(QStringLiteral("window/senderDomainShown"), m_testPanel->isSenderDomainShown());
}

void MainWindow::cancelRunning()
{
    m_testPanel->cancel();
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
    if (m_relayPanel && m_relayPanel->state() != RelayPanel::State::Idle) {
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

QHash<QString, QString> MainWindow::settingsFromEnvironment()
{
    const QHash<QString, QString> values = settings::environmentValues(QProcessEnvironment::systemEnvironment());
    QHash<QString, QString> given;
    for (const settings::Field &f : settings::fields()) {
        if (!values.value(f.key).isEmpty())
            given.insert(f.key, values.value(f.key));
    }
    return given;
}

void MainWindow::loadFromEnvironment()
{
    // Each value is an edit of a fresh form, so a bad one shows where it belongs (in the
    // table's order, as the form's rows).
    const QHash<QString, QString> given = settingsFromEnvironment();
    for (const settings::Field &f : settings::fields()) {
        if (given.contains(f.key))
            m_draft->setValue(f.key, given.value(f.key));
    }
}

bool MainWindow::draftIsUsable()
{
    if (!m_draft->isValid()) {
        showStatus(tr("✗ %1").arg(text::SettingsText::describe(m_draft->errors(), text::Audience::Window).join(u'\n')), true);
        return false;
    }
    return true;
}

void MainWindow::startDiagnosis()
{
    // The test is a diagnosis: every stage is checked and explained when one fails.
    if (m_testPanel->isRunning())
        return; // its end is reported as it was asked for
    m_diagnosisRequested = true;
    startTest();
}

void MainWindow::startTest()
{
    if (m_testPanel->isRunning())
        return;
    if (!draftIsUsable()) {
        const bool diagnosis = std::exchange(m_diagnosisRequested, false);
        Q_EMIT testFinished(false);
        if (diagnosis)
            Q_EMIT diagnosisFinished(false);
        return;
    }
    m_transcriptView->clear();
    showStatus(QString(), false);
    m_testPanel->start();
}

void MainWindow::onFinished(bool ok)
{
    const diagnostics::Report &report = m_testPanel->lastReport();
    const text::ReportText words(text::Audience::Window);
    m_transcriptView->showReport(report, words.text(report));
    const auto has = [&report](const QString &code) {
        return std::any_of(report.findings.cbegin(), report.findings.cend(),
                           [&code](const diagnostics::Finding &f) { return f.code == code; });
    };
    if (ok) {
        QString text = tr("✓ SMTP connection successful");
        if (!report.authMechanism.isEmpty())
            text += tr(" — authenticated with %1").arg(report.authMechanism);
        if (has(QStringLiteral("tls.pinned")))
            text += tr("\n✓ the certificate was accepted because it matches the pinned certificate");
        else if (has(QStringLiteral("tls.verify_disabled")))
            text += tr("\n⚠ the certificate was NOT verified");
        showStatus(text, false, false);
    } else if (report.firstFailedStage() != smtp::Stage::None) {
        showStatus(tr("✗ Fails at %1: %2").arg(words.stageName(report.firstFailedStage()), words.failure(report)), true, false);
    } else {
        showStatus(m_testPanel->statusText(), true, false); // cancelled, or the settings were refused
    }
    const bool diagnosis = std::exchange(m_diagnosisRequested, false);
    Q_EMIT testFinished(ok);
    if (diagnosis)
        Q_EMIT diagnosisFinished(ok);
}

int MainWindow::proposedFixIndex() const
{
    const QList<diagnostics::Finding> findings = m_testPanel->findings();
    for (int i = 0; i < findings.size(); ++i) {
        const QPushButton *button = m_testPanel->fixButton(i);
        if (!findings.at(i).proposedChange.isEmpty() && button && button->isEnabled())
            return i;
    }
    return -1;
}

QString MainWindow::proposedFixText() const
{
    const int index = proposedFixIndex();
    return index < 0 ? QString() : text::FindingText(text::Audience::Window).applyFixLabel(m_testPanel->findings().at(index));
}

bool MainWindow::applyProposedFix()
{
    const int index = proposedFixIndex();
    if (index < 0 || !m_testPanel->applyFix(index))
        return false;
    showStatus(tr("Fix applied to the form; press Test to try it"), false);
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

void MainWindow::showStatus(const QString &text, bool error, bool visible)
{
    m_status->setTone(error ? Tone::Error : Tone::Normal);
    m_status->setText(text);
    m_status->setVisible(visible && !text.isEmpty());
}

} // namespace selfmx::ui
