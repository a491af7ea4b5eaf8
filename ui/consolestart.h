// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace selfmx::profile {
class ProfileStore;
} // namespace selfmx::profile

namespace selfmx::ui {

class MainWindow;
class SetupWizard;

// What the window program shows when it starts. With a profile stored, or settings in the
// environment (MainWindow::settingsFromEnvironment: what the user started the window for),
// the main window: its geometry and last profile restored, or the environment's settings in
// its editor. Otherwise (the first start) the setup wizard alone, the one thing to do then,
// and the main window opens when it closes: after Finish with the profile just saved in its
// editor, after Cancel or the close button empty, "New profile…" at hand. The main window
// is made only then, so the wizard is on screen sooner (bench/startup.sh, README).
class ConsoleStart : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleStart(profile::ProfileStore *store, QObject *parent = nullptr);
    ~ConsoleStart() override; // closes and deletes the windows it made

    // Shows the start's window and returns it (for bench/startup.sh's first-paint probe).
    QWidget *show();

    MainWindow *mainWindow() const { return m_window.get(); } // null until opened
    SetupWizard *wizard() const;                              // the first start's, while it is open

Q_SIGNALS:
    void mainWindowOpened(selfmx::ui::MainWindow *window);

private:
    MainWindow *openMainWindow(const QString &profileId = QString());

    profile::ProfileStore *m_store = nullptr;
    std::unique_ptr<MainWindow> m_window;
    QPointer<SetupWizard> m_wizard;
};

} // namespace selfmx::ui
