// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// selfmx-console, the one command people type. It runs the headless commands itself with
// Qt Core and Network only, and execs selfmx-console-gui for the window (Widgets) and
// selfmx-console-relay for `relay` (libmicrohttpd, Qt SQL); the keychain is a module loaded
// when a secret is needed. A one-click `test` then loads 30 shared objects instead of 50.
#include "cli.h"
#include "clisupport.h"
#include "helperprogram.h"
#include "text/language.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    const QStringList arguments = selfmx::app::prepareProgram(argc, argv, QStringLiteral(SELFMX_VERSION));
    selfmx::app::rememberArguments(argv);
    QCoreApplication app(argc, argv);
    if (selfmx::app::isCliInvocation(arguments))
        return selfmx::app::runCli(arguments);

    // Without a display Qt would abort with "could not connect to display"; say what to do.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        selfmx::text::installTranslations();
        //: Keep the commands (selfmx-console --help, test, …, xvfb-run -a selfmx-console) as they are.
        selfmx::app::err() << selfmx::app::Cli::tr("selfmx-console: no display to open the window on.\n"
                                                   "  Headless, use the commands: selfmx-console --help (test, send, diagnose, "
                                                   "discover, check-domain, profile, relay).\n"
                                                   "  For the window without a desktop: xvfb-run -a selfmx-console\n");
        selfmx::app::err().flush();
        return 2;
    }
    // The window replaces this process, with the same arguments (-platform, -style, …).
    return selfmx::app::execHelperProgram(QStringLiteral("selfmx-console-gui"));
}
