// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "cli.h"
#include "profile/profilestore.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QCoreApplication::setOrganizationName(QStringLiteral("SelfMX"));
    QCoreApplication::setApplicationName(QStringLiteral("selfmx-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SELFMX_VERSION));

    // Headless commands never need a display: a QCoreApplication, no Widgets started.
    if (selfmx::app::isCliInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        return selfmx::app::runCli(arguments);
    }
    // Without a display Qt would abort with "could not connect to display"; say what to do.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fprintf(stderr, "selfmx-console: no display to open the window on.\n"
                             "  Headless, use the commands: selfmx-console --help (test, send, diagnose, discover, profile).\n"
                             "  For the window without a desktop: xvfb-run -a selfmx-console\n");
        return 2;
    }
    QApplication app(argc, argv);
    selfmx::profile::ProfileStore store; // the one store of this process
    selfmx::ui::MainWindow window(&store);
    window.show();
    return QApplication::exec();
}
