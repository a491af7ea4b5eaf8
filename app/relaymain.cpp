// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// selfmx-console-relay: `selfmx-console relay …`, which selfmx-console execs (helperprogram.h).
// Its own program so that only the relay loads libmicrohttpd (and GnuTLS under it) and Qt SQL.
#include "helperprogram.h"
#include "relaycommands.h"
#include "runtime/eventloops.h"
#include "text/language.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // The same names as selfmx-console: profiles and the queue are found in the same place.
    const QStringList arguments = selfmx::app::prepareProgram(argc, argv, QStringLiteral(SELFMX_VERSION));
    selfmx::runtime::useQtEventLoopsInWorkerThreads(); // the delivery thread's: see there
    QCoreApplication app(argc, argv);
    // Like the rest of the command line, in the system's language.
    selfmx::text::installTranslations();

    // argv is "selfmx-console relay …"; the command's parser wants "selfmx-console relay" first.
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0, QStringLiteral("selfmx-console")) + QStringLiteral(" relay"));
    return selfmx::app::runRelayCommand(rest);
}
