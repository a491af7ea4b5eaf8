// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// selfmx-console, the one command people type. It runs the headless commands itself with
// Qt Core and Network only, and for the window execs selfmx-console-gui, the part that
// links Widgets: a one-click `test` then loads about 38 shared objects instead of 58.
#include "cli.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace {

// Next to this binary in the build tree; under libexec once installed.
QString guiPath()
{
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList candidates = {dir + QStringLiteral("/selfmx-console-gui"),
                                    dir + QStringLiteral("/../" SELFMX_GUI_LIBEXEC_DIR "/selfmx-console-gui")};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QCoreApplication::setOrganizationName(QStringLiteral("SelfMX"));
    QCoreApplication::setApplicationName(QStringLiteral("selfmx-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SELFMX_VERSION));

    QCoreApplication app(argc, argv);
    if (selfmx::app::isCliInvocation(arguments))
        return selfmx::app::runCli(arguments);

    // Without a display Qt would abort with "could not connect to display"; say what to do.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fprintf(stderr, "selfmx-console: no display to open the window on.\n"
                             "  Headless, use the commands: selfmx-console --help (test, send, diagnose, discover, profile).\n"
                             "  For the window without a desktop: xvfb-run -a selfmx-console\n");
        return 2;
    }
    const QString gui = guiPath();
    if (gui.isEmpty()) {
        std::fprintf(stderr, "selfmx-console: the window's program (selfmx-console-gui) is not installed next to this one.\n");
        return 1;
    }
    // The window replaces this process, with the same arguments (-platform, -style, …).
    const QByteArray program = QFile::encodeName(gui);
    std::vector<char *> argvGui(argv, argv + argc);
    argvGui[0] = const_cast<char *>(program.constData());
    argvGui.push_back(nullptr);
    ::execv(program.constData(), argvGui.data());
    std::fprintf(stderr, "selfmx-console: cannot start %s: %s\n", program.constData(), std::strerror(errno));
    return 1;
}
