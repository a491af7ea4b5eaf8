// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QHash>
#include <QList>
#include <QMainWindow>

class QCloseEvent;
class QLabel;
class QPushButton;
class QSystemTrayIcon;
class QTabWidget;

namespace selfmx::profile {
class ProfileStore;
class SettingsDraft;
} // namespace selfmx::profile

namespace selfmx::ui {

class ProfilesView;
class RelayPanel;
class SettingsForm;
class TestPanel;
class ToneLabel;
class TranscriptView;

// The console's window, a frame around its views: the profiles (ProfilesView: list and
// editor over a SettingsDraft) on the left; on the right the test and diagnosis area
// ("Test connection" runs the core's SmtpSession without blocking, Cancel, Diagnose, the
// proposed fix as a button) above the TranscriptView and the RelayPanel. While the relay
// runs, a tray icon (where the desktop has one) tells of deliveries that failed for good,
// and closing the window asks whether to keep it running there. Menus hold every action
// with a shortcut. Profiles come from the one ProfileStore it is given.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(profile::ProfileStore *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The settings the environment gives (SMTP_*, DNS_SERVER: each field of the table with a
    // value), which a new window loads into its editor, unsaved.
    static QHash<QString, QString> settingsFromEnvironment();

    // For tests and screenshots: start a test / a diagnosis with the current fields.
    void startTest();
    void startDiagnosis();
    // Profiles: fill the form from a stored profile (password from the keychain), or save
    // the form as one. Both asynchronous; profileLoaded / profileSaved report the outcome.
    void loadProfile(const QString &name);
    void saveProfile(const QString &name);
    QStringList profileNames() const;
    QString statusText() const;
    QString transcriptText() const;
    ProfilesView *profilesView() const { return m_profilesView; }
    TranscriptView *transcriptView() const { return m_transcriptView; }
    // The relay panel, built when its tab is first shown or on this first call (so the
    // first paint does not wait for it).
    RelayPanel *relayPanel();
    TestPanel *testPanel() const { return m_testPanel; }
    // The tray icon while the relay runs (only where the desktop has a tray); else null.
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    // The window's geometry and the last profile from the previous run (QSettings), or
    // `profileId` instead of the last profile when given (the first start's wizard just saved
    // it). The program calls this (ui/consolestart.h); tests do only with QSettings pointed at
    // a directory of their own. restoreSession() also makes the window remember them when it
    // closes.
    void restoreSession(const QString &profileId = QString());
    profile::SettingsDraft *draft() const { return m_draft; }
    // The change the last diagnosis proposed for its first failing finding (empty: none),
    // and applying it to the form: what the "Apply fix" button does.
    QString proposedFixText() const;
    bool applyProposedFix();
    SettingsForm *form() const;

Q_SIGNALS:
    // "New profile…": the setup wizard's business.
    void newProfileRequested();
    void testFinished(bool ok);
    void diagnosisFinished(bool ok);
    void profileLoaded(bool ok);
    void profileSaved(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void loadFromEnvironment();
    void updateTitle();
    void saveSession() const;
    void cancelRunning();
    void onRelayStateChanged();
    void askAboutRunningRelay();
    void showFromTray();
    // The window's own status line; a test's outcome is shown by the TestPanel itself, so
    // it is kept (statusText()) but not shown twice.
    void showStatus(const QString &text, bool error, bool visible = true);
    void onFinished(bool ok);
    int proposedFixIndex() const; // the first finding whose fix still applies; -1: none
    // True when the draft can be tested; else its problems are shown.
    bool draftIsUsable();

    profile::ProfileStore *m_store = nullptr;
    profile::SettingsDraft *m_draft = nullptr;
    ProfilesView *m_profilesView = nullptr;
    TranscriptView *m_transcriptView = nullptr;
    RelayPanel *m_relayPanel = nullptr; // null until relayPanel() built it
    QWidget *m_relayTab = nullptr;      // the Relay tab's page, holding the panel once built
    QString m_relayProfileId;           // the profile being edited, for the panel once built
    QSystemTrayIcon *m_tray = nullptr;
    bool m_quitWhenRelayStops = false;
    bool m_inTray = false; // hidden by "Keep running in the tray"
    QTabWidget *m_tabs = nullptr;
    ToneLabel *m_status = nullptr;
    TestPanel *m_testPanel = nullptr;
    bool m_diagnosisRequested = false;
    bool m_rememberSession = false;
    bool m_closeSettled = false; // the unsaved changes were saved or discarded for this close
};

} // namespace selfmx::ui
