// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// selfmx-screenshots OUT_DIR: renders the README's screenshots (scripts/screenshots.sh runs
// it under Xvfb against a Postfix of its own, whose ports, CA and user it reads from the
// POSTFIX_* environment of postfix.env). Built with the tests so it cannot rot; not a test.
// It drives the public API only: MainWindow (startTest, startDiagnosis, draft()),
// SetupWizard and its pages, TestPanel.
#include "profile/profilestore.h"
#include "profile/settingsdraft.h"
#include "text/language.h"
#include "ui/mainwindow.h"
#include "ui/setupwizard.h"
#include "ui/testpanel.h"
#include "ui/wizardpages.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>

#include <cstdio>

using selfmx::profile::Provider;
using selfmx::ui::MainWindow;
using selfmx::ui::SetupWizard;

namespace {

const QSize MainWindowSize(1200, 800);
constexpr int TestTimeoutMs = 20000;

QString postfix(const char *key)
{
    return qEnvironmentVariable(key);
}

bool fail(const QString &what)
{
    std::fprintf(stderr, "selfmx-screenshots: %s\n", qPrintable(what));
    return false;
}

// Renders the window once its pending layout and paint events are done.
bool save(QWidget *window, const QString &dir, const QString &name)
{
    QCoreApplication::processEvents();
    const QString path = dir + u'/' + name;
    if (!window->grab().save(path, "PNG"))
        return fail(QStringLiteral("cannot write %1").arg(path));
    std::printf("%s\n", qPrintable(path));
    return true;
}

void type(QLineEdit *line, const QString &text)
{
    line->setFocus();
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Delete);
    QTest::keyClicks(line, text);
}

// The suite's Postfix on its submission port (STARTTLS, verified against its CA), logged in
// as its first user with `password`.
void fillForPostfix(selfmx::profile::SettingsDraft *draft, const QString &password)
{
    draft->setValue(QStringLiteral("SMTP_HOST"), QStringLiteral("localhost"));
    draft->setValue(QStringLiteral("SMTP_PORT"), postfix("POSTFIX_SUBMISSION_PORT"));
    draft->setValue(QStringLiteral("SMTP_TLS_MODE"), QStringLiteral("starttls"));
    draft->setValue(QStringLiteral("SMTP_TLS_CA_FILE"), postfix("POSTFIX_CA_FILE"));
    draft->setValue(QStringLiteral("SMTP_USER"), postfix("POSTFIX_USER1"));
    draft->setValue(QStringLiteral("SMTP_PASS"), password);
    draft->setValue(QStringLiteral("SMTP_FROM"), QStringLiteral("alerts@example.com"));
    draft->setValue(QStringLiteral("SMTP_TIMEOUT"), QStringLiteral("5"));
}

// `all`: every shot of the README; else (a translated set) the failed diagnosis only.
bool mainWindowShots(selfmx::profile::ProfileStore *store, const QString &dir, bool all = true)
{
    MainWindow window(store);
    window.resize(MainWindowSize);
    window.show();
    selfmx::profile::SettingsDraft *draft = window.draft();
    draft->setValue(QStringLiteral("SMTP_HOST"), QStringLiteral("smtp.example.com"));
    draft->setValue(QStringLiteral("SMTP_PORT"), QStringLiteral("587"));
    draft->setValue(QStringLiteral("SMTP_USER"), QStringLiteral("alerts@example.com"));
    draft->setValue(QStringLiteral("SMTP_FROM"), QStringLiteral("alerts@example.com"));
    if (all && !save(&window, dir, QStringLiteral("main-idle.png")))
        return false;

    if (all) {
        fillForPostfix(draft, postfix("POSTFIX_PASS1"));
        QSignalSpy tested(&window, &MainWindow::testFinished);
        window.startTest();
        if (!tested.wait(TestTimeoutMs) || !tested.at(0).at(0).toBool())
            return fail(QStringLiteral("the test against Postfix did not pass: %1").arg(window.statusText()));
        if (!save(&window, dir, QStringLiteral("main-test-passed.png")))
            return false;
    }

    // A wrong password: the diagnosis names the authentication finding and its fix.
    // (The window's rework shows findings after a plain test too; then use startTest.)
    fillForPostfix(draft, QStringLiteral("wrong password"));
    QSignalSpy diagnosed(&window, &MainWindow::diagnosisFinished);
    window.startDiagnosis();
    if (!diagnosed.wait(TestTimeoutMs) || diagnosed.at(0).at(0).toBool())
        return fail(QStringLiteral("the diagnosis with a wrong password did not fail: %1").arg(window.statusText()));
    return save(&window, dir, QStringLiteral("main-test-failed.png"));
}

template<typename Page>
Page *pageOf(SetupWizard &wizard, SetupWizard::PageId id)
{
    return qobject_cast<Page *>(wizard.page(id));
}

bool next(SetupWizard &wizard, SetupWizard::PageId expected)
{
    wizard.next();
    if (wizard.currentId() != expected)
        return fail(QStringLiteral("the wizard did not go on to page %1").arg(int(expected)));
    return true;
}

// `all`: every page; else (a translated set) the pages up to Security, where the longest
// labels are.
bool wizardShots(selfmx::profile::ProfileStore *store, const QString &dir, bool all = true)
{
    SetupWizard wizard(store);
    wizard.show();

    auto *who = pageOf<selfmx::ui::ProviderPage>(wizard, SetupWizard::ProviderPageId);
    type(who->addressEdit(), QStringLiteral("alerts@example.com"));
    const int postfixIndex = who->providerCombo()->findData(int(Provider::Postfix));
    who->providerCombo()->setCurrentIndex(postfixIndex);
    Q_EMIT who->providerCombo()->activated(postfixIndex);
    type(who->nameEdit(), QStringLiteral("Office Postfix"));
    if (!save(&wizard, dir, QStringLiteral("wizard-1-provider.png")) || !next(wizard, SetupWizard::CredentialsPageId))
        return false;

    auto *credentials = pageOf<selfmx::ui::CredentialsPage>(wizard, SetupWizard::CredentialsPageId);
    type(credentials->hostEdit(), QStringLiteral("localhost"));
    type(credentials->userEdit(), postfix("POSTFIX_USER1"));
    type(credentials->passwordEdit(), postfix("POSTFIX_PASS1"));
    if (!save(&wizard, dir, QStringLiteral("wizard-2-credentials.png")) || !next(wizard, SetupWizard::SecurityPageId))
        return false;

    auto *security = pageOf<selfmx::ui::SecurityPage>(wizard, SetupWizard::SecurityPageId);
    security->portEdit()->setValue(postfix("POSTFIX_SUBMISSION_PORT").toInt());
    security->startTlsButton()->click();
    security->advancedToggle()->click();
    type(security->caFileEdit(), postfix("POSTFIX_CA_FILE"));
    if (!save(&wizard, dir, QStringLiteral("wizard-3-security.png")))
        return false;
    if (!all) {
        wizard.reject();
        return true;
    }
    if (!next(wizard, SetupWizard::TestPageId))
        return false;

    selfmx::ui::TestPanel *panel = wizard.testPanel();
    QSignalSpy tested(panel, &selfmx::ui::TestPanel::testFinished);
    panel->testButton()->click();
    if (!tested.wait(TestTimeoutMs) || !tested.at(0).at(0).toBool())
        return fail(QStringLiteral("the wizard's test did not pass: %1").arg(panel->statusText()));
    if (!save(&wizard, dir, QStringLiteral("wizard-4-test.png")) || !next(wizard, SetupWizard::DonePageId))
        return false;
    // Done shows what Finish will save; Finish itself (the keychain) is not needed here.
    const bool ok = save(&wizard, dir, QStringLiteral("wizard-5-done.png"));
    wizard.reject();
    return ok;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(230, 230, 230);
    const QColor disabled(127, 127, 127);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(90, 160, 255));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

bool darkShot(selfmx::profile::ProfileStore *store, const QString &dir)
{
    QApplication::setPalette(darkPalette());
    MainWindow window(store);
    window.resize(MainWindowSize);
    window.show();
    fillForPostfix(window.draft(), postfix("POSTFIX_PASS1"));
    QSignalSpy tested(&window, &MainWindow::testFinished);
    window.startTest();
    if (!tested.wait(TestTimeoutMs) || !tested.at(0).at(0).toBool())
        return fail(QStringLiteral("the dark window's test did not pass: %1").arg(window.statusText()));
    return save(&window, dir, QStringLiteral("main-dark.png"));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication::setOrganizationName(QStringLiteral("SelfMX"));
    QApplication::setApplicationName(QStringLiteral("selfmx-console"));
    QApplication app(argc, argv);
    // The same look wherever it runs: Fusion, whatever the desktop's style would be.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments.size() > 3 || postfix("POSTFIX_SUBMISSION_PORT").isEmpty()) {
        std::fprintf(stderr, "usage: selfmx-screenshots OUT_DIR [LANGUAGE], with postfix.env's POSTFIX_* in the environment"
                             " (scripts/screenshots.sh does both)\n");
        return 2;
    }
    const QString dir = arguments.at(1);
    QDir().mkpath(dir);
    selfmx::profile::ProfileStore store; // $XDG_CONFIG_HOME: the script's throw-away one
    // A translated set (de, fr, …): the window and the wizard's first pages in that language.
    const QString language = arguments.value(2);
    if (!language.isEmpty()) {
        if (selfmx::text::installTranslations(language) != language) {
            fail(QStringLiteral("no translation for %1").arg(language));
            return 1;
        }
        return mainWindowShots(&store, dir, false) && wizardShots(&store, dir, false) ? 0 : 1;
    }
    const bool ok = mainWindowShots(&store, dir) && wizardShots(&store, dir) && darkShot(&store, dir);
    return ok ? 0 : 1;
}
