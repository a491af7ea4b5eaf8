// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "ui/consolestart.h"

#include "profile/profilestore.h"
#include "ui/mainwindow.h"
#include "ui/setupwizard.h"

namespace selfmx::ui {

ConsoleStart::ConsoleStart(profile::ProfileStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

ConsoleStart::~ConsoleStart()
{
    if (m_wizard) {                 // the first start's, still open (it has no parent)
        m_wizard->disconnect(this); // its finished() must not open a window now
        delete m_wizard;
    }
}

SetupWizard *ConsoleStart::wizard() const
{
    return m_wizard;
}

QWidget *ConsoleStart::show()
{
    if (!m_store->profiles().isEmpty() || !MainWindow::settingsFromEnvironment().isEmpty())
        return openMainWindow();
    m_wizard = new SetupWizard(m_store);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    // finished: Finish saved (the wizard closes only then), or Cancel, Escape or the close
    // button. The window is shown within it, before the wizard's close completes, so the
    // application does not take the wizard for its last window and quit.
    connect(m_wizard, &QDialog::finished, this, [this](int result) {
        // The profile saved is shown by its id: the first profile is not the default by itself.
        if (!m_window)
            openMainWindow(result == QDialog::Accepted ? m_wizard->profileId() : QString());
    });
    m_wizard->show();
    return m_wizard;
}

MainWindow *ConsoleStart::openMainWindow(const QString &profileId)
{
    m_window = std::make_unique<MainWindow>(m_store);
    m_window->restoreSession(profileId); // geometry; the profile asked for, else the last, else the default
    m_window->show();
    Q_EMIT mainWindowOpened(m_window.get());
    return m_window.get();
}

} // namespace selfmx::ui
