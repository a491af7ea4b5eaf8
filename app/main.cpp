// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// The command line, the module selfmx-cli.so that selfmx-console (app/launcher.cpp) loads for
// every command, and without a command when the window module cannot be loaded or there is no
// display. It runs the headless commands with Qt Core and Network only; it execs
// selfmx-console-relay for `relay` (libmicrohttpd, Qt SQL) and selfmx-console-dns for the DNS
// checks; the keychain is a module loaded when a secret is needed. A one-click `test` then
// loads 31 shared objects, this module among them (50 when the command linked everything).
#include "cli.h"
#include "clisupport.h"
#include "helperprogram.h"
#include "invocation.h"
#include "text/language.h"

#include <QCoreApplication>

#include <memory>

// The module's entry point, called by selfmx-console with the process's argv (the static
// libraries' symbols stay local to the module: -Wl,--exclude-libs).
extern "C" Q_DECL_EXPORT int selfmx_cli_main(int argc, char *argv[])
{
    const QStringList arguments = selfmx::app::prepareProgram(argc, argv, QStringLiteral(SELFMX_VERSION));
    selfmx::app::rememberArguments(argv);
    const bool command = selfmx::app::isCommandInvocation(argc, argv); // before Qt sees argv
    auto app = std::make_unique<QCoreApplication>(argc, argv);
    if (command)
        return selfmx::app::runCli(arguments);

    // Without a display Qt would abort with "could not connect to display"; say what to do.
    if (!selfmx::app::hasDisplay()) {
        selfmx::text::installTranslations();
        //: Keep the commands (selfmx-console --help, test, …, xvfb-run -a selfmx-console) as they are.
        selfmx::app::err() << selfmx::app::Cli::tr("selfmx-console: no display to open the window on.\n"
                                                   "  Headless, use the commands: selfmx-console --help (test, send, diagnose, "
                                                   "discover, check-domain, profile, relay).\n"
                                                   "  For the window without a desktop: xvfb-run -a selfmx-console\n");
        selfmx::app::err().flush();
        return 2;
    }
    // Here when selfmx-console could not load the window module (a refused or broken one):
    // loading it again says why, then the window program runs instead. The window makes its
    // own QApplication, so this one goes first.
    if (const selfmx::app::WindowEntry window = selfmx::app::loadWindowModule()) {
        app.reset();
        return window(argc, argv);
    }
    return selfmx::app::execHelperProgram(QStringLiteral("selfmx-console-gui"));
}
