// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// selfmx-console-dns: `selfmx-console check-domain …`, `selfmx-console discover ADDRESS` and
// `selfmx-console diagnose --check-domain …`, which selfmx-console execs (dnsexec.cpp, helperprogram.h). Its own program so that only
// the DNS commands load libunbound.
#include "diagnosecommands.h"
#include "dnscommands.h"
#include "exitcodes.h"
#include "helperprogram.h"
#include "text/language.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // The same names as selfmx-console: profiles and the queue are found in the same place.
    const QStringList arguments = selfmx::app::prepareProgram(argc, argv, QStringLiteral(SELFMX_VERSION));
    QCoreApplication app(argc, argv);
    selfmx::text::installTranslations();

    // argv is "selfmx-console COMMAND …"; a command's parser wants "selfmx-console COMMAND" first.
    const QString command = arguments.value(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0, QStringLiteral("selfmx-console")) + u' ' + command);
    if (command == u"check-domain")
        return selfmx::app::runCheckDomain(rest);
    if (command == u"discover")
        return selfmx::app::runDiscover(rest);
    if (command == u"diagnose")
        return selfmx::app::runDiagnose(rest); // with its sender-domain stage (diagnosedomain.cpp)
    return selfmx::app::Usage;
}
