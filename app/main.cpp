// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// selfmx-console, the one command people type. It runs the headless commands itself with
// Qt Core and Network only; the window (Widgets) is a module it loads when started without
// a command (lib/selfmx-console/selfmx-window.so, else it execs selfmx-console-gui), and it
// execs selfmx-console-relay for `relay` (libmicrohttpd, Qt SQL); the keychain is a module
// loaded when a secret is needed. A one-click `test` then loads 30 shared objects instead of 50.
#include "cli.h"
#include "clisupport.h"
#include "helperprogram.h"
#include "text/language.h"

#include <QCoreApplication>

#include <memory>

int main(int argc, char *argv[])
{
    const QStringList arguments = selfmx::app::prepareProgram(argc, argv, QStringLiteral(SELFMX_VERSION));
    selfmx::app::rememberArguments(argv);
    auto app = std::make_unique<QCoreApplication>(argc, argv);
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
    // The window, with the same arguments (-platform, -style, …): in this process, where Qt
    // Core is loaded already (about 5 ms sooner on screen than a second program, README
    // "Window start"); the window makes its own QApplication, so this one goes first.
    if (const selfmx::app::WindowEntry window = selfmx::app::loadWindowModule()) {
        app.reset();
        return window(argc, argv);
    }
    return selfmx::app::execHelperProgram(QStringLiteral("selfmx-console-gui"));
}
