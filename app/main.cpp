// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "cli.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>

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
    QApplication app(argc, argv);
    selfmx::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
