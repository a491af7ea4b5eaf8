// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// selfmx-console-gui: the window. People never type this name: `selfmx-console` without a
// command execs it (app/main.cpp), so the headless commands never load Widgets or Gui.
#include "profile/profilestore.h"
#include "ui/mainwindow.h"

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
    return QApplication::exec();
}
