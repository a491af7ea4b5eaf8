// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// selfmx-console-gui: the window. People never type this name: `selfmx-console` without a
// command execs it (app/main.cpp), so the headless commands never load Widgets or Gui.
#include "profile/profilestore.h"
#include "ui/mainwindow.h"
#include "ui/setupwizard.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication::setOrganizationName(QStringLiteral("SelfMX"));
    QApplication::setApplicationName(QStringLiteral("selfmx-console"));
    QApplication::setApplicationVersion(QStringLiteral(SELFMX_VERSION));
    QApplication app(argc, argv);
    selfmx::profile::ProfileStore store; // the one store of this process
    selfmx::ui::MainWindow window(&store);
    window.restoreSession(); // geometry and the last profile of the previous run
    window.show();
    // First start: no profile yet, so the wizard leads to one (the window lists it after).
    if (store.profiles().isEmpty()) {
        auto *wizard = new selfmx::ui::SetupWizard(&store, &window);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->show();
    }
    return QApplication::exec();
}
