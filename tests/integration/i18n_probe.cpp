// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// selfmx-i18n-probe: starts like the window's program does (ui::installChosenLanguage(): the
// stored View > Language choice, else the locale of its environment), then prints, one per
// line, what test_i18n.cpp checks: the language installed, the setup wizard's page titles and
// button texts, a diagnosis finding's fix for the command line and for the window. The test
// runs it as a child process with LANG set, since Qt reads the locale of the process once.
#include "diagnostics/finding.h"
#include "profile/profilestore.h"
#include "text/findingtext.h"
#include "ui/languagemenu.h"
#include "ui/setupwizard.h"

#include <QApplication>
#include <QWizardPage>

#include <cstdio>

namespace {

void print(const char *key, const QString &value)
{
    std::printf("%s:%s\n", key, value.toUtf8().constData());
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication::setOrganizationName(QStringLiteral("SelfMX"));
    QApplication::setApplicationName(QStringLiteral("selfmx-console"));
    QApplication app(argc, argv);
    print("language", selfmx::ui::installChosenLanguage());

    selfmx::profile::ProfileStore store;
    selfmx::ui::SetupWizard wizard(&store);
    for (const int id : wizard.pageIds())
        print("title", wizard.page(id)->title());
    print("next", wizard.buttonText(QWizard::NextButton));
    print("back", wizard.buttonText(QWizard::BackButton));

    selfmx::diagnostics::Finding finding;
    finding.code = QStringLiteral("auth.rejected");
    finding.severity = selfmx::diagnostics::Severity::Error;
    print("fix-cli", selfmx::text::FindingText(selfmx::text::Audience::CommandLine).fix(finding));
    print("fix-window", selfmx::text::FindingText(selfmx::text::Audience::Window).fix(finding));
    std::fflush(stdout);
    return 0;
}
