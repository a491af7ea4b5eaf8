// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// The setup wizard and the one-click test panel, driven like a user would (typing into the
// fields, clicking the buttons), against the suite's real Postfix and the real keyring.
#include "mnemonics.h"
#include "postfix.h"
#include "settingsenvironment.h"

#include "profile/profilestore.h"
#include "profile/secretstore.h"
#include "profile/settingsdraft.h"
#include "ui/consolestart.h"
#include "ui/mainwindow.h"
#include "ui/profilesview.h"
#include "ui/setupwizard.h"
#include "ui/testpanel.h"
#include "ui/wizardpages.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUuid>

#include <gtest/gtest.h>

#include <algorithm>

using selfmx::profile::ProfileStore;
using selfmx::profile::Provider;
using selfmx::profile::SettingsDraft;
using selfmx::test::PostfixInstance;
using selfmx::ui::SetupWizard;
using selfmx::ui::TestPanel;

namespace {

// Types like a user: replaces the text, so textEdited() reaches the draft.
void type(QLineEdit *line, const QString &text)
{
    line->setFocus();
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Delete);
    QTest::keyClicks(line, text);
}

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    ASSERT_GE(index, 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

template<typename Page>
Page *pageOf(SetupWizard &wizard, SetupWizard::PageId id)
{
    return qobject_cast<Page *>(wizard.page(id));
}

QString uniqueName(const char *prefix)
{
    return QString::fromLatin1(prefix) + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

// Page 1 answered for SendGrid under a fresh name starting with `namePrefix`, then Next: the
// credentials page when the wizard moved there, else null.
selfmx::ui::CredentialsPage *toSendGridCredentials(SetupWizard &wizard, const char *namePrefix)
{
    auto *who = pageOf<selfmx::ui::ProviderPage>(wizard, SetupWizard::ProviderPageId);
    choose(who->providerCombo(), int(Provider::SendGrid));
    type(who->nameEdit(), uniqueName(namePrefix));
    wizard.next();
    if (wizard.currentId() != SetupWizard::CredentialsPageId)
        return nullptr;
    return pageOf<selfmx::ui::CredentialsPage>(wizard, SetupWizard::CredentialsPageId);
}

// Walks the wizard to its Test page for the fixture's submission port with `password`.
void fillForPostfix(SetupWizard &wizard, const QString &name, const QString &password)
{
    const PostfixInstance &p = PostfixInstance::get();
    auto *who = pageOf<selfmx::ui::ProviderPage>(wizard, SetupWizard::ProviderPageId);
    type(who->addressEdit(), QStringLiteral("tester@localhost"));
    choose(who->providerCombo(), int(Provider::Postfix));
    type(who->nameEdit(), name);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), SetupWizard::CredentialsPageId) << who->nameProblem().toStdString();

    auto *credentials = pageOf<selfmx::ui::CredentialsPage>(wizard, SetupWizard::CredentialsPageId);
    type(credentials->hostEdit(), QStringLiteral("localhost"));
    type(credentials->userEdit(), p.value("POSTFIX_USER1"));
    type(credentials->passwordEdit(), password);
    EXPECT_EQ(credentials->passwordEdit()->echoMode(), QLineEdit::Password);
    credentials->showPassword()->click();
    EXPECT_EQ(credentials->passwordEdit()->echoMode(), QLineEdit::Normal);
    credentials->showPassword()->click();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), SetupWizard::SecurityPageId);

    auto *security = pageOf<selfmx::ui::SecurityPage>(wizard, SetupWizard::SecurityPageId);
    security->portEdit()->setValue(int(p.port("POSTFIX_SUBMISSION_PORT")));
    security->startTlsButton()->click();
    security->advancedToggle()->click();
    type(security->caFileEdit(), p.value("POSTFIX_CA_FILE"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), SetupWizard::TestPageId);
}

// No setting of the caller's environment reaches the window's draft, and the window's
// remembered state (QSettings) goes to `dir`, not the shared test file.
void isolateWindowStart(const QTemporaryDir &dir)
{
    selfmx::test::clearSettingsEnvironment();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("config")));
}

// Walks the wizard to its Done page as fillForPostfix does, choosing "save without testing".
void fillForPostfixUntested(SetupWizard &wizard, const QString &name, const QString &password)
{
    fillForPostfix(wizard, name, password);
    if (::testing::Test::HasFatalFailure())
        return;
    pageOf<selfmx::ui::TestPage>(wizard, SetupWizard::TestPageId)->saveWithoutTesting()->click();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), SetupWizard::DonePageId);
}

// True when `w` is something a user operates (and not the private parts of another such
// widget: a spin box's line edit, a combo box's popup, an item view's header).
bool isInteractive(const QWidget *w)
{
    for (const QWidget *up = w->parentWidget(); up; up = up->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(up) || qobject_cast<const QComboBox *>(up)
            || qobject_cast<const QAbstractItemView *>(up))
            return false;
    }
    if (qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QAbstractItemView *>(w))
        return true;
    const auto *label = qobject_cast<const QLabel *>(w);
    return label && label->textInteractionFlags().testFlag(Qt::LinksAccessibleByKeyboard);
}

QStringList unnamedWidgets(const QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!isInteractive(w))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QString::fromLatin1(w->metaObject()->className()) + u'/' + w->objectName());
        // Audit 15: a control Tab reaches also says what it does.
        else if ((w->focusPolicy() & Qt::TabFocus) != 0 && w->isVisible() && iface->text(QAccessible::Description).trimmed().isEmpty())
            unnamed.append(QStringLiteral("no description: ") + iface->text(QAccessible::Name));
    }
    return unnamed;
}

// A server that accepts and never says a word (no greeting).
class SilentServer
{
public:
    SilentServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this]() {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                m_sockets.append(socket);
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QTcpServer &server() { return m_server; }
    QList<QPointer<QTcpSocket>> sockets() const { return m_sockets; }

private:
    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
};

QString findingCodes(const TestPanel &panel)
{
    QStringList codes;
    for (const selfmx::diagnostics::Finding &f : panel.lastReport().findings)
        codes.append(f.code);
    return codes.join(u' ');
}

void loadSettings(SettingsDraft &draft, const QHash<QString, QString> &values)
{
    selfmx::profile::Profile base;
    draft.load(base);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        draft.setValue(it.key(), it.value());
}

// The suite's Postfix on `portKey` as its first user, its CA trusted, `timeoutSeconds` a reply.
QHash<QString, QString> postfixValues(const char *portKey, int timeoutSeconds)
{
    const PostfixInstance &p = PostfixInstance::get();
    return {{QStringLiteral("SMTP_HOST"), QStringLiteral("localhost")},
            {QStringLiteral("SMTP_PORT"), p.value(portKey)},
            {QStringLiteral("SMTP_USER"), p.value("POSTFIX_USER1")},
            {QStringLiteral("SMTP_PASS"), p.value("POSTFIX_PASS1")},
            {QStringLiteral("SMTP_TLS_CA_FILE"), p.value("POSTFIX_CA_FILE")},
            {QStringLiteral("SMTP_TIMEOUT"), QString::number(timeoutSeconds)}};
}

} // namespace

// The wizard completed for the suite's Postfix: the test passes inside it, Finish saves the
// profile to the file and its password to the real keyring.
TEST(SetupWizard, CompletedForPostfixTestsAndSavesOnFinish)
{
    const PostfixInstance &p = PostfixInstance::get();
    ASSERT_TRUE(p.isAvailable()) << p.whyUnavailable().toStdString();
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) << "run through scripts/test.sh (keychain)";
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    SetupWizard wizard(&store);
    wizard.show();
    // A name with a space, as people write them: the Done page's commands quote it.
    const QString name = uniqueName("wizard ");
    fillForPostfix(wizard, name, p.value("POSTFIX_PASS1"));
    if (::testing::Test::HasFatalFailure())
        return;
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled()) << "Next needs a passing test";

    TestPanel *panel = wizard.testPanel();
    QSignalSpy tested(panel, &TestPanel::testFinished);
    panel->testButton()->click();
    ASSERT_TRUE(tested.wait(20000));
    ASSERT_TRUE(tested.at(0).at(0).toBool()) << panel->statusText().toStdString();
    EXPECT_EQ(panel->stepState(selfmx::smtp::Stage::Auth), TestPanel::StepState::Passed);
    // TLS passes, perhaps with a warning about the suite's own CA (a finding, not a failure).
    const TestPanel::StepState tls = panel->stepState(selfmx::smtp::Stage::Tls);
    QStringList codes;
    for (const selfmx::diagnostics::Finding &f : panel->findings())
        codes.append(f.code);
    EXPECT_TRUE(tls == TestPanel::StepState::Passed || tls == TestPanel::StepState::Warning) << codes.join(u' ').toStdString();
    EXPECT_TRUE(store.profiles().isEmpty()) << "a test saves nothing";
    ASSERT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    ASSERT_EQ(wizard.currentId(), SetupWizard::DonePageId);
    const QString summary = pageOf<selfmx::ui::DonePage>(wizard, SetupWizard::DonePageId)->summaryText();
    EXPECT_TRUE(summary.contains(QStringLiteral("keychain"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("--profile '") + name + u'\'')) << summary.toStdString();

    QSignalSpy saved(&wizard, &SetupWizard::saveFinished);
    wizard.button(QWizard::FinishButton)->click();
    ASSERT_TRUE(saved.wait(10000));
    ASSERT_TRUE(saved.at(0).at(0).toBool()) << summary.toStdString();

    const auto stored = store.find(name);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->id, wizard.profileId());
    EXPECT_EQ(stored->provider, Provider::Postfix);
    EXPECT_EQ(stored->smtp.host, QStringLiteral("localhost"));
    EXPECT_EQ(stored->smtp.port, p.port("POSTFIX_SUBMISSION_PORT"));
    EXPECT_EQ(stored->smtp.caFile, p.value("POSTFIX_CA_FILE"));
    EXPECT_TRUE(stored->hasPassword);
    QFile file(store.path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    EXPECT_TRUE(content.contains(name.toUtf8()));
    EXPECT_FALSE(content.contains(p.value("POSTFIX_PASS1").toUtf8())) << "the password is in the keychain only";

    selfmx::profile::ProfileJob *read = store.readPassword(stored->id);
    QSignalSpy readDone(read, &selfmx::profile::ProfileJob::finished);
    ASSERT_TRUE(readDone.wait(10000));
    ASSERT_TRUE(read->succeeded()) << read->errorString().toStdString();
    EXPECT_EQ(read->password(), p.value("POSTFIX_PASS1"));

    QSignalSpy removed(store.remove(stored->id), &selfmx::profile::ProfileJob::finished);
    EXPECT_TRUE(removed.wait(10000));
}

// A wrong password: the test shows the authentication finding, Next stays off, and after
// Cancel neither the file nor the keyring holds anything of the profile.
TEST(SetupWizard, WrongPasswordShowsTheFindingAndSavesNothing)
{
    const PostfixInstance &p = PostfixInstance::get();
    ASSERT_TRUE(p.isAvailable()) << p.whyUnavailable().toStdString();
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) << "run through scripts/test.sh (keychain)";
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    SetupWizard wizard(&store);
    wizard.show();
    const QString name = uniqueName("wrong-");
    fillForPostfix(wizard, name, QStringLiteral("not the password"));
    if (::testing::Test::HasFatalFailure())
        return;
    TestPanel *panel = wizard.testPanel();
    QSignalSpy tested(panel, &TestPanel::testFinished);
    panel->testButton()->click();
    ASSERT_TRUE(tested.wait(20000));
    EXPECT_FALSE(tested.at(0).at(0).toBool());
    EXPECT_EQ(panel->stepState(selfmx::smtp::Stage::Auth), TestPanel::StepState::Failed);
    const QList<selfmx::diagnostics::Finding> findings = panel->findings();
    EXPECT_TRUE(std::any_of(findings.cbegin(), findings.cend(), [](const selfmx::diagnostics::Finding &f) {
        return f.code == u"auth.rejected";
    })) << panel->statusText().toStdString();
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_TRUE(panel->statusText().contains(QStringLiteral("✗"))) << panel->statusText().toStdString();

    const QString id = wizard.profileId();
    wizard.button(QWizard::CancelButton)->click();
    EXPECT_FALSE(wizard.isVisible());
    EXPECT_TRUE(store.profiles().isEmpty());
    QFile file(store.path());
    EXPECT_TRUE(!file.exists() || (file.open(QIODevice::ReadOnly) && !file.readAll().contains(name.toUtf8())));
    selfmx::profile::SecretJob *secret =
        selfmx::profile::SecretStore::read(ProfileStore::secretKey(id, QStringLiteral("SMTP_PASS")), &store);
    QSignalSpy secretRead(secret, &selfmx::profile::SecretJob::finished);
    ASSERT_TRUE(secretRead.wait(10000));
    EXPECT_EQ(secret->error(), selfmx::profile::SecretError::NotFound) << "nothing reached the keyring";
}

// A duplicate name is refused on its page: Next is off and the page says why.
TEST(SetupWizard, DuplicateNameIsRefusedOnItsPage)
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    selfmx::profile::Profile existing;
    existing.name = QStringLiteral("Taken");
    existing.smtp.host = QStringLiteral("smtp.example.test");
    QSignalSpy stored(store.saveWithSecrets(existing, {}), &selfmx::profile::ProfileJob::finished);
    ASSERT_TRUE(stored.wait(10000));
    ASSERT_TRUE(store.find(QStringLiteral("Taken")).has_value());

    SetupWizard wizard(&store);
    wizard.show();
    auto *who = pageOf<selfmx::ui::ProviderPage>(wizard, SetupWizard::ProviderPageId);
    type(who->nameEdit(), QStringLiteral("taken"));
    EXPECT_FALSE(who->isComplete());
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_TRUE(who->nameProblem().contains(QStringLiteral("exists"))) << who->nameProblem().toStdString();
    const QList<QLabel *> labels = who->findChildren<QLabel *>();
    EXPECT_TRUE(std::any_of(labels.cbegin(), labels.cend(), [who](const QLabel *l) {
        return l->isVisible() && l->text() == who->nameProblem();
    })) << "the reason is shown on the page";
    EXPECT_FALSE(who->validatePage());
    wizard.next();
    EXPECT_EQ(wizard.currentId(), SetupWizard::ProviderPageId);

    type(who->nameEdit(), QStringLiteral("another"));
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
}

// Typing a well-known address picks its provider and says which; the preset fills the draft.
TEST(SetupWizard, AnAddressPicksItsProvider)
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    SetupWizard wizard(&store);
    wizard.show();
    auto *who = pageOf<selfmx::ui::ProviderPage>(wizard, SetupWizard::ProviderPageId);
    type(who->addressEdit(), QStringLiteral("someone@gmail.com"));
    EXPECT_EQ(wizard.provider(), Provider::Gmail);
    EXPECT_TRUE(who->matchText().contains(QStringLiteral("gmail.com"))) << who->matchText().toStdString();
    EXPECT_EQ(wizard.draft()->value(QStringLiteral("SMTP_HOST")), QStringLiteral("smtp.gmail.com"));
    EXPECT_EQ(wizard.draft()->value(QStringLiteral("SMTP_USER")), QStringLiteral("someone@gmail.com"));
    EXPECT_EQ(who->nameEdit()->text(), QStringLiteral("gmail.com"));

    type(who->addressEdit(), QStringLiteral("me@hotmail.com"));
    EXPECT_EQ(wizard.provider(), Provider::Outlook);
    EXPECT_EQ(wizard.draft()->value(QStringLiteral("SMTP_HOST")), QStringLiteral("smtp-mail.outlook.com"));

    choose(who->providerCombo(), int(Provider::SendGrid));
    EXPECT_EQ(wizard.draft()->value(QStringLiteral("SMTP_USER")), QStringLiteral("apikey"));
    choose(who->providerCombo(), int(Provider::Custom));
    EXPECT_TRUE(wizard.draft()->value(QStringLiteral("SMTP_HOST")).isEmpty()) << "no host left over from a preset";
    EXPECT_TRUE(wizard.draft()->value(QStringLiteral("SMTP_USER")).isEmpty());
    EXPECT_TRUE(store.profiles().isEmpty());
}

// Every interactive widget of every page (and of the test panel) has an accessible name.
TEST(SetupWizard, EveryControlHasAnAccessibleName)
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    SetupWizard wizard(&store);
    wizard.show();
    auto *who = pageOf<selfmx::ui::ProviderPage>(wizard, SetupWizard::ProviderPageId);
    choose(who->providerCombo(), int(Provider::AmazonSes)); // shows the region list too
    type(who->nameEdit(), QStringLiteral("a11y"));
    EXPECT_TRUE(unnamedWidgets(&wizard).isEmpty()) << unnamedWidgets(&wizard).join(u' ').toStdString();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), SetupWizard::CredentialsPageId);
    auto *credentials = pageOf<selfmx::ui::CredentialsPage>(wizard, SetupWizard::CredentialsPageId);
    type(credentials->userEdit(), QStringLiteral("AKIAIOSFODNN7EXAMPLE"));
    EXPECT_TRUE(unnamedWidgets(&wizard).isEmpty()) << unnamedWidgets(&wizard).join(u' ').toStdString();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), SetupWizard::SecurityPageId);
    pageOf<selfmx::ui::SecurityPage>(wizard, SetupWizard::SecurityPageId)->advancedToggle()->click();
    EXPECT_TRUE(unnamedWidgets(&wizard).isEmpty()) << unnamedWidgets(&wizard).join(u' ').toStdString();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), SetupWizard::TestPageId);
    auto *test = pageOf<selfmx::ui::TestPage>(wizard, SetupWizard::TestPageId);
    test->saveWithoutTesting()->click();
    EXPECT_TRUE(unnamedWidgets(&wizard).isEmpty()) << unnamedWidgets(&wizard).join(u' ').toStdString();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), SetupWizard::DonePageId);
    EXPECT_TRUE(unnamedWidgets(&wizard).isEmpty()) << unnamedWidgets(&wizard).join(u' ').toStdString();
    // Labels of inputs are their buddies.
    const QList<QLabel *> labels = wizard.findChildren<QLabel *>();
    for (QLineEdit *edit :
         {who->addressEdit(), who->nameEdit(), credentials->hostEdit(), credentials->userEdit(), credentials->passwordEdit()}) {
        EXPECT_TRUE(std::any_of(labels.cbegin(), labels.cend(), [edit](const QLabel *l) { return l->buddy() == edit; }))
            << edit->accessibleName().toStdString();
    }
    wizard.reject();
    EXPECT_TRUE(store.profiles().isEmpty());
}

// The test page's Tab order: the test panel's controls (made when the page is first
// shown, after everything else) come first, then "Save without a passing test".
TEST(SetupWizard, TestPageTabOrderIsThePanelThenTheSkipBox)
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    SetupWizard wizard(&store);
    wizard.show();
    type(pageOf<selfmx::ui::ProviderPage>(wizard, SetupWizard::ProviderPageId)->nameEdit(), QStringLiteral("tabs"));
    wizard.next();
    wizard.draft()->setValue(QStringLiteral("SMTP_HOST"), QStringLiteral("localhost"));
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), SetupWizard::TestPageId);
    auto *test = pageOf<selfmx::ui::TestPage>(wizard, SetupWizard::TestPageId);
    QList<QWidget *> order; // the page's controls in Tab order, from the page on
    for (QWidget *w = test->nextInFocusChain(); w != test; w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && test->isAncestorOf(w) && w->isVisibleTo(test))
            order.append(w);
    }
    ASSERT_FALSE(order.isEmpty());
    EXPECT_TRUE(test->panel()->isAncestorOf(order.first())) << order.first()->metaObject()->className();
    EXPECT_EQ(order.last(), test->saveWithoutTesting());
    EXPECT_LT(order.indexOf(test->panel()->testButton()), order.indexOf(test->saveWithoutTesting()));
    // As a keyboard user meets it: Shift+Tab from the box goes back into the panel.
    test->saveWithoutTesting()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(test->saveWithoutTesting(), Qt::Key_Backtab);
    ASSERT_TRUE(wizard.focusWidget());
    EXPECT_TRUE(test->panel()->isAncestorOf(wizard.focusWidget())) << wizard.focusWidget()->metaObject()->className();
}

// Audit 4: Profile > New profile… opens the wizard over the window; the profile it saves is
// then selected in the list and loaded into the editor.
TEST(SetupWizard, FromTheMenuItsProfileIsLoadedIntoTheEditor)
{
    const PostfixInstance &p = PostfixInstance::get();
    ASSERT_TRUE(p.isAvailable()) << p.whyUnavailable().toStdString();
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) << "run through scripts/test.sh (keychain)";
    for (const char *variable : {"SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASS", "SMTP_TLS_CA_FILE"})
        qunsetenv(variable);
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    selfmx::ui::MainWindow window(&store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.profilesView()->newAction()->trigger(); // the menu's and the list's "New profile…"
    SetupWizard *wizard = window.findChild<SetupWizard *>();
    ASSERT_NE(wizard, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([wizard]() { return wizard->isVisible(); }, 5000));
    const QString name = uniqueName("from menu ");
    fillForPostfixUntested(*wizard, name, p.value("POSTFIX_PASS1"));
    if (::testing::Test::HasFatalFailure())
        return;
    QSignalSpy loaded(&window, &selfmx::ui::MainWindow::profileLoaded);
    wizard->button(QWizard::FinishButton)->click();
    ASSERT_TRUE(loaded.wait(15000));
    EXPECT_TRUE(loaded.at(0).at(0).toBool());
    const auto stored = store.find(name);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(window.profilesView()->editingId(), stored->id);
    EXPECT_EQ(window.draft()->value(QStringLiteral("SMTP_HOST")), QStringLiteral("localhost"));
    EXPECT_EQ(window.draft()->value(QStringLiteral("SMTP_PASS")), p.value("POSTFIX_PASS1"));
    EXPECT_FALSE(window.draft()->isDirty());
    QListWidgetItem *current = window.profilesView()->list()->currentItem();
    ASSERT_NE(current, nullptr);
    EXPECT_TRUE(current->text().startsWith(name)) << current->text().toStdString();
    QSignalSpy removed(store.remove(stored->id), &selfmx::profile::ProfileJob::finished);
    EXPECT_TRUE(removed.wait(10000));
}

// The window program's start (ui/consolestart.h): on the first start the wizard alone; Finish
// opens the main window with the profile it saved loaded.
TEST(ConsoleStart, FirstStartShowsTheWizardAloneThenTheWindowWithItsProfile)
{
    const PostfixInstance &p = PostfixInstance::get();
    ASSERT_TRUE(p.isAvailable()) << p.whyUnavailable().toStdString();
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) << "run through scripts/test.sh (keychain)";
    QTemporaryDir dir;
    isolateWindowStart(dir);
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    selfmx::ui::ConsoleStart start(&store);
    QWidget *shown = start.show();
    SetupWizard *wizard = start.wizard();
    ASSERT_NE(wizard, nullptr);
    EXPECT_EQ(shown, wizard);
    EXPECT_EQ(start.mainWindow(), nullptr) << "the main window is made when the wizard closes";
    ASSERT_TRUE(QTest::qWaitForWindowExposed(wizard));

    const QString name = uniqueName("first start ");
    fillForPostfixUntested(*wizard, name, p.value("POSTFIX_PASS1"));
    if (::testing::Test::HasFatalFailure())
        return;
    QSignalSpy opened(&start, &selfmx::ui::ConsoleStart::mainWindowOpened);
    wizard->button(QWizard::FinishButton)->click();
    ASSERT_TRUE(opened.wait(15000));
    selfmx::ui::MainWindow *window = start.mainWindow();
    ASSERT_NE(window, nullptr);
    EXPECT_TRUE(window->isVisible());
    const auto stored = store.find(name);
    ASSERT_TRUE(stored.has_value());
    EXPECT_TRUE(QTest::qWaitFor([&]() { return window->draft()->value(QStringLiteral("SMTP_PASS")) == p.value("POSTFIX_PASS1"); }, 10000))
        << "the saved profile, its password from the keychain, is in the editor";
    EXPECT_EQ(window->profilesView()->editingId(), stored->id);
    EXPECT_TRUE(QTest::qWaitFor([&]() { return start.wizard() == nullptr; }, 5000)) << "the wizard is closed and gone";
    QSignalSpy removed(store.remove(stored->id), &selfmx::profile::ProfileJob::finished);
    EXPECT_TRUE(removed.wait(10000));
}

// Leaving the first start's wizard without a profile (Cancel, or the window's close button)
// opens the main window, empty, instead of ending the program; with settings in the
// environment or a profile stored the main window opens at once and no wizard. Qt quits on
// the last window's close only inside QApplication::exec(), so the wizard is left from
// within it here.
TEST(ConsoleStart, LeavingTheFirstStartsWizardOpensTheEmptyWindow)
{
    for (const bool closeButton : {false, true}) {
        SCOPED_TRACE(closeButton ? "the close button" : "Cancel");
        QTemporaryDir dir;
        isolateWindowStart(dir);
        ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
        selfmx::ui::ConsoleStart start(&store);
        start.show();
        SetupWizard *wizard = start.wizard();
        ASSERT_NE(wizard, nullptr);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(wizard));
        bool lookedAfter = false;
        QTimer::singleShot(0, wizard, [wizard, closeButton]() {
            if (closeButton)
                wizard->close(); // what the window manager's close button asks
            else
                wizard->button(QWizard::CancelButton)->click();
        });
        // Queued after the close; a quit the close posted would end exec() before it.
        QTimer::singleShot(1, qApp, [&lookedAfter]() {
            lookedAfter = true;
            QCoreApplication::exit(0);
        });
        QTimer guard;
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, qApp, []() { QCoreApplication::exit(1); });
        guard.start(10000);
        EXPECT_EQ(QApplication::exec(), 0) << "the check never came";
        // (Qt may still emit lastWindowClosed as the wizard hides; it quits only if no window
        // is visible when its quit is handled.)
        EXPECT_TRUE(lookedAfter) << "the program quit when the wizard closed";
        ASSERT_NE(start.mainWindow(), nullptr);
        EXPECT_TRUE(start.mainWindow()->isVisible());
        EXPECT_TRUE(start.mainWindow()->profilesView()->editingId().isEmpty());
        EXPECT_TRUE(store.profiles().isEmpty());
    }

    // Settings in the environment are what the window was started for: no wizard.
    {
        QTemporaryDir dir;
        isolateWindowStart(dir);
        qputenv("SMTP_HOST", "smtp.environment.example.test");
        ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
        selfmx::ui::ConsoleStart start(&store);
        QWidget *shown = start.show();
        qunsetenv("SMTP_HOST");
        ASSERT_NE(start.mainWindow(), nullptr);
        EXPECT_EQ(shown, start.mainWindow());
        EXPECT_EQ(start.wizard(), nullptr);
        EXPECT_EQ(start.mainWindow()->draft()->value(QStringLiteral("SMTP_HOST")), QStringLiteral("smtp.environment.example.test"));
    }

    QTemporaryDir dir;
    isolateWindowStart(dir);
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    selfmx::profile::Profile profile;
    profile.name = QStringLiteral("stored");
    profile.smtp.host = QStringLiteral("smtp.example.test");
    QSignalSpy saved(store.save(profile), &selfmx::profile::ProfileJob::finished);
    ASSERT_TRUE(saved.wait(10000));
    ASSERT_EQ(store.profiles().size(), 1);
    selfmx::ui::ConsoleStart start(&store);
    QWidget *shown = start.show();
    EXPECT_EQ(shown, start.mainWindow());
    EXPECT_EQ(start.wizard(), nullptr);
    EXPECT_TRUE(shown->isVisible());
}

// Audit 9: the credentials page shows the provider's own rules and where it issues them.
TEST(SetupWizard, CredentialsPageShowsTheProvidersRulesAndLink)
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    SetupWizard wizard(&store);
    wizard.show();
    auto *credentials = toSendGridCredentials(wizard, "rules ");
    ASSERT_NE(credentials, nullptr);
    EXPECT_TRUE(credentials->rulesLabel()->isVisible());
    EXPECT_TRUE(credentials->rulesLabel()->text().contains(QStringLiteral("apikey"))) << credentials->rulesLabel()->text().toStdString();
    EXPECT_TRUE(credentials->linkLabel()->isVisible());
    EXPECT_TRUE(credentials->linkLabel()->text().contains(QStringLiteral("https://app.sendgrid.com/")))
        << credentials->linkLabel()->text().toStdString();
    wizard.reject();
}

// Audit 10: a provider with regions takes its host from the region chosen on page 1.
TEST(SetupWizard, TheRegionChosenGivesTheProvidersHost)
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    SetupWizard wizard(&store);
    wizard.show();
    auto *who = pageOf<selfmx::ui::ProviderPage>(wizard, SetupWizard::ProviderPageId);
    EXPECT_FALSE(who->regionCombo()->isVisible()) << "no region until a provider has regions";

    choose(who->providerCombo(), int(Provider::AmazonSes));
    ASSERT_TRUE(who->regionCombo()->isVisible());
    choose(who->regionCombo(), QStringLiteral("eu-west-1"));
    EXPECT_EQ(wizard.region(), QStringLiteral("eu-west-1"));
    EXPECT_EQ(wizard.draft()->value(QStringLiteral("SMTP_HOST")), QStringLiteral("email-smtp.eu-west-1.amazonaws.com"));

    choose(who->providerCombo(), int(Provider::Mailgun));
    ASSERT_TRUE(who->regionCombo()->isVisible());
    choose(who->regionCombo(), QStringLiteral("eu"));
    EXPECT_EQ(wizard.draft()->value(QStringLiteral("SMTP_HOST")), QStringLiteral("smtp.eu.mailgun.org"));
    choose(who->regionCombo(), QStringLiteral("us"));
    EXPECT_EQ(wizard.draft()->value(QStringLiteral("SMTP_HOST")), QStringLiteral("smtp.mailgun.org"));

    choose(who->providerCombo(), int(Provider::SendGrid));
    EXPECT_FALSE(who->regionCombo()->isVisible());
    wizard.reject();
}

// Audit 11: page 3 explains each TLS mode in one sentence beside its choice, keeps the CA
// file and pin behind Advanced, and warns as soon as verification is turned off.
TEST(SetupWizard, SecurityPageExplainsTlsAndHidesTheAdvancedChoices)
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    SetupWizard wizard(&store);
    wizard.show();
    auto *credentials = toSendGridCredentials(wizard, "security ");
    ASSERT_NE(credentials, nullptr);
    type(credentials->passwordEdit(), QStringLiteral("SG.not-a-real-key"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), SetupWizard::SecurityPageId);
    auto *security = pageOf<selfmx::ui::SecurityPage>(wizard, SetupWizard::SecurityPageId);

    // Each mode's sentence is shown under it and is its accessible description.
    const QList<QLabel *> labels = security->findChildren<QLabel *>();
    for (QRadioButton *mode : {security->startTlsButton(), security->implicitButton(), security->plainButton()}) {
        const QString sentence = mode->accessibleDescription();
        EXPECT_FALSE(sentence.isEmpty()) << mode->text().toStdString();
        EXPECT_TRUE(sentence.endsWith(u'.')) << sentence.toStdString();
        EXPECT_EQ(sentence.count(QStringLiteral(". ")), 0) << "one sentence: " << sentence.toStdString();
        const bool shown =
            std::any_of(labels.cbegin(), labels.cend(), [&sentence](const QLabel *l) { return l->isVisible() && l->text() == sentence; });
        EXPECT_TRUE(shown) << sentence.toStdString();
    }
    EXPECT_TRUE(security->startTlsButton()->text().contains(QStringLiteral("587")));
    EXPECT_TRUE(security->implicitButton()->text().contains(QStringLiteral("465")));

    // The CA file and the pin only behind Advanced.
    EXPECT_FALSE(security->caFileEdit()->isVisible());
    EXPECT_FALSE(security->pinEdit()->isVisible());
    security->advancedToggle()->click();
    EXPECT_TRUE(security->caFileEdit()->isVisible());
    EXPECT_TRUE(security->pinEdit()->isVisible());
    security->advancedToggle()->click();
    EXPECT_FALSE(security->caFileEdit()->isVisible());

    // Verification: on by default without a warning; off shows the warning at once.
    EXPECT_TRUE(security->verifyBox()->isChecked());
    EXPECT_FALSE(security->verifyWarning()->isVisible());
    security->verifyBox()->click();
    EXPECT_EQ(wizard.draft()->value(QStringLiteral("SMTP_TLS_VERIFY")), QStringLiteral("false"));
    EXPECT_TRUE(security->verifyWarning()->isVisible());
    EXPECT_FALSE(security->verifyWarning()->text().isEmpty());
    security->verifyBox()->click();
    EXPECT_FALSE(security->verifyWarning()->isVisible());
    EXPECT_TRUE(store.profiles().isEmpty());
    wizard.reject();
}

// Audit 14: on every page, in every language, the visible Alt+letter mnemonics (QWizard's own
// Back / Next / Finish / Cancel included) are unique and every label with a buddy has one.
TEST(SetupWizard, MnemonicsAreUniqueOnEveryPageInEveryLanguage)
{
    for (const QString &language : selfmx::test::shippedLanguages()) {
        selfmx::test::withTranslation(language, [&language]() {
            const std::string where = language.isEmpty() ? std::string("en") : language.toStdString();
            QTemporaryDir dir;
            ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
            SetupWizard wizard(&store);
            wizard.show();
            auto check = [&wizard, &where](const char *page) {
                const QStringList problems = selfmx::test::mnemonicProblems(&wizard);
                EXPECT_TRUE(problems.isEmpty()) << where << ", " << page << ": " << problems.join(u'\n').toStdString();
            };
            auto *who = pageOf<selfmx::ui::ProviderPage>(wizard, SetupWizard::ProviderPageId);
            choose(who->providerCombo(), int(Provider::AmazonSes)); // shows the region list too
            type(who->nameEdit(), QStringLiteral("keys"));
            check("provider");
            wizard.next();
            ASSERT_EQ(wizard.currentId(), SetupWizard::CredentialsPageId);
            auto *credentials = pageOf<selfmx::ui::CredentialsPage>(wizard, SetupWizard::CredentialsPageId);
            type(credentials->userEdit(), QStringLiteral("AKIAIOSFODNN7EXAMPLE"));
            check("credentials");
            wizard.next();
            ASSERT_EQ(wizard.currentId(), SetupWizard::SecurityPageId);
            check("security");
            pageOf<selfmx::ui::SecurityPage>(wizard, SetupWizard::SecurityPageId)->advancedToggle()->click();
            check("security, advanced");
            wizard.next();
            ASSERT_EQ(wizard.currentId(), SetupWizard::TestPageId);
            check("test");
            // The sender domain check, opened on the test page: its Alt letters are chosen then.
            pageOf<selfmx::ui::TestPage>(wizard, SetupWizard::TestPageId)->panel()->senderDomainToggle()->click();
            check("test, sender domain check");
            pageOf<selfmx::ui::TestPage>(wizard, SetupWizard::TestPageId)->saveWithoutTesting()->click();
            check("test, save without testing");
            wizard.next();
            ASSERT_EQ(wizard.currentId(), SetupWizard::DonePageId);
            check("done");
            wizard.reject();
        });
    }
}

// The "switch to implicit TLS" fix, applied on the panel against the implicit-TLS port,
// makes the next test pass; the panel's controls (fix buttons included) are named.
TEST(TestPanel, ApplyingTheImplicitTlsFixMakesTheNextTestPass)
{
    const PostfixInstance &p = PostfixInstance::get();
    ASSERT_TRUE(p.isAvailable()) << p.whyUnavailable().toStdString();
    SettingsDraft draft;
    loadSettings(draft, postfixValues("POSTFIX_IMPLICIT_PORT", 3));
    ASSERT_TRUE(draft.isValid());
    TestPanel panel(&draft);
    panel.show();
    QSignalSpy tested(&panel, &TestPanel::testFinished);
    panel.testButton()->click();
    ASSERT_TRUE(tested.wait(15000));
    ASSERT_FALSE(tested.at(0).at(0).toBool());
    const QList<selfmx::diagnostics::Finding> findings = panel.findings();
    int fix = -1;
    for (int i = 0; i < findings.size(); ++i) {
        if (findings.at(i).proposedChange.contains(
                selfmx::diagnostics::SettingChange{QStringLiteral("SMTP_TLS_MODE"), QStringLiteral("implicit")}))
            fix = i;
    }
    ASSERT_GE(fix, 0) << panel.statusText().toStdString();
    ASSERT_NE(panel.fixButton(fix), nullptr);
    EXPECT_TRUE(unnamedWidgets(&panel).isEmpty()) << unnamedWidgets(&panel).join(u' ').toStdString();
    panel.fixButton(fix)->click();
    EXPECT_EQ(draft.value(QStringLiteral("SMTP_TLS_MODE")), QStringLiteral("implicit"));
    EXPECT_FALSE(panel.fixButton(fix)->isEnabled()) << "a fix applies once, to the settings it was found for";

    panel.testButton()->click();
    ASSERT_TRUE(tested.wait(15000));
    EXPECT_TRUE(tested.at(1).at(0).toBool()) << panel.statusText().toStdString();
    // Audit 5: after a pass every step shown is ✓ with its time ("12 ms"); a step the report
    // found a warning for (the suite's certificate may be near its end) is ⚠, still timed.
    static const QRegularExpression milliseconds(QStringLiteral("^\\d+ ms$"));
    QList<selfmx::smtp::Stage> warned;
    for (const selfmx::diagnostics::Finding &f : panel.lastReport().findings)
        warned.append(f.stage);
    for (const selfmx::smtp::Stage stage :
         {selfmx::smtp::Stage::Connect, selfmx::smtp::Stage::Tls, selfmx::smtp::Stage::Ehlo, selfmx::smtp::Stage::Auth}) {
        EXPECT_EQ(panel.stepState(stage), warned.contains(stage) ? TestPanel::StepState::Warning : TestPanel::StepState::Passed)
            << int(stage) << " " << panel.statusText().toStdString() << " " << findingCodes(panel).toStdString();
        EXPECT_TRUE(milliseconds.match(panel.stepTimeText(stage)).hasMatch())
            << int(stage) << ": " << panel.stepTimeText(stage).toStdString();
    }
}

// "Find working settings": settings pointing at the submission port with implicit TLS (a
// common mistake) fail; the finder tries both of the real Postfix's TLS ports, lists them,
// applies the best (STARTTLS on submission, authenticated and verified, ranks first by
// the finder's order) and the next test passes.
TEST(TestPanel, FindWorkingSettingsAppliesTheBestAndTheTestPasses)
{
    const PostfixInstance &p = PostfixInstance::get();
    ASSERT_TRUE(p.isAvailable()) << p.whyUnavailable().toStdString();
    SettingsDraft draft;
    QHash<QString, QString> implicitOnSubmission = postfixValues("POSTFIX_SUBMISSION_PORT", 3);
    implicitOnSubmission.insert(QStringLiteral("SMTP_TLS_MODE"), QStringLiteral("implicit"));
    loadSettings(draft, implicitOnSubmission);
    ASSERT_TRUE(draft.isValid());
    TestPanel panel(&draft);
    panel.show();
    selfmx::diagnostics::Candidate submission;
    submission.port = p.port("POSTFIX_SUBMISSION_PORT");
    submission.mode = selfmx::smtp::TlsMode::StartTls;
    selfmx::diagnostics::Candidate implicit;
    implicit.port = p.port("POSTFIX_IMPLICIT_PORT");
    implicit.mode = selfmx::smtp::TlsMode::Implicit;
    panel.setFinderCandidates({submission, implicit});
    QSignalSpy found(&panel, &TestPanel::finderFinished);
    panel.findButton()->click();
    EXPECT_TRUE(panel.isRunning());
    EXPECT_FALSE(panel.findButton()->isEnabled());
    ASSERT_TRUE(found.wait(15000));
    ASSERT_TRUE(found.at(0).at(0).toBool()) << panel.statusText().toStdString();
    EXPECT_EQ(panel.triedText().size(), 2) << panel.triedText().join(u'\n').toStdString();
    EXPECT_EQ(draft.value(QStringLiteral("SMTP_PORT")), p.value("POSTFIX_SUBMISSION_PORT"));
    EXPECT_EQ(draft.value(QStringLiteral("SMTP_TLS_MODE")), QStringLiteral("starttls"));
    EXPECT_TRUE(unnamedWidgets(&panel).isEmpty()) << unnamedWidgets(&panel).join(u' ').toStdString();

    QSignalSpy tested(&panel, &TestPanel::testFinished);
    panel.testButton()->click();
    ASSERT_TRUE(tested.wait(15000));
    EXPECT_TRUE(tested.at(0).at(0).toBool()) << panel.statusText().toStdString();
}

// Audit 12: a test address typed into the panel adds the MAIL FROM / RCPT TO probe and a
// test message; against the real Postfix each step passes and the message lands in its mail
// store, addressed to what was typed.
TEST(TestPanel, TestMessageToATypedAddressArrives)
{
    const PostfixInstance &p = PostfixInstance::get();
    ASSERT_TRUE(p.isAvailable()) << p.whyUnavailable().toStdString();
    SettingsDraft draft;
    loadSettings(draft, postfixValues("POSTFIX_SUBMISSION_PORT", 5));
    ASSERT_TRUE(draft.isValid());
    TestPanel panel(&draft);
    panel.show();
    const QString recipient = uniqueName("panel-") + QStringLiteral("@selfmx.test");
    EXPECT_EQ(panel.stepState(selfmx::smtp::Stage::Sender), TestPanel::StepState::Pending);
    panel.testAddressEdit()->setFocus();
    QTest::keyClicks(panel.testAddressEdit(), recipient);
    QSignalSpy tested(&panel, &TestPanel::testFinished);
    panel.testButton()->click();
    ASSERT_TRUE(tested.wait(20000));
    ASSERT_TRUE(tested.at(0).at(0).toBool()) << panel.statusText().toStdString();
    for (const selfmx::smtp::Stage stage : {selfmx::smtp::Stage::Sender, selfmx::smtp::Stage::Recipient, selfmx::smtp::Stage::Data})
        EXPECT_EQ(panel.stepState(stage), TestPanel::StepState::Passed) << int(stage) << " " << panel.statusText().toStdString();
    EXPECT_EQ(panel.lastReport().probeRecipient, recipient);
    const QByteArray stored = p.waitForMessage(recipient.toUtf8());
    ASSERT_FALSE(stored.isEmpty()) << "the test message did not reach the Maildir";
    EXPECT_TRUE(stored.contains("Subject: SelfMX Console test message"));
    EXPECT_TRUE(stored.contains(QByteArray("To: <" + recipient.toUtf8() + ">")));
}

// Cancel during a test of a server that never speaks: back to idle within a second.
TEST(TestPanel, CancelReturnsToIdleWithinASecond)
{
    SilentServer silent;
    QSignalSpy connected(&silent.server(), &QTcpServer::newConnection);
    SettingsDraft draft;
    loadSettings(draft, {{QStringLiteral("SMTP_HOST"), QStringLiteral("127.0.0.1")},
                         {QStringLiteral("SMTP_PORT"), QString::number(silent.port())},
                         {QStringLiteral("SMTP_TIMEOUT"), QStringLiteral("30")}});
    TestPanel panel(&draft);
    panel.show();
    QSignalSpy tested(&panel, &TestPanel::testFinished);
    panel.testButton()->click();
    ASSERT_TRUE(panel.isRunning());
    EXPECT_FALSE(panel.testButton()->isEnabled());
    ASSERT_TRUE(connected.wait(5000));
    EXPECT_EQ(tested.count(), 0);
    // Audit 5: the live step list shows the step under way (waiting for the greeting is
    // part of Connect), not yet timed, and the later steps still pending.
    EXPECT_EQ(panel.stepState(selfmx::smtp::Stage::Connect), TestPanel::StepState::Running);
    EXPECT_TRUE(panel.stepTimeText(selfmx::smtp::Stage::Connect).isEmpty());
    EXPECT_EQ(panel.stepState(selfmx::smtp::Stage::Ehlo), TestPanel::StepState::Pending);
    QElapsedTimer clock;
    clock.start();
    panel.cancelButton()->click();
    ASSERT_TRUE(tested.count() == 1 || tested.wait(1000)) << "still running " << clock.elapsed() << " ms after Cancel";
    EXPECT_LT(clock.elapsed(), 1000);
    EXPECT_FALSE(tested.at(0).at(0).toBool());
    EXPECT_FALSE(panel.isRunning());
    EXPECT_TRUE(panel.testButton()->isEnabled());
    EXPECT_FALSE(panel.cancelButton()->isEnabled());
}

// The event loop keeps running during a test: a timer ticks all along.
TEST(TestPanel, TheEventLoopKeepsTickingDuringATest)
{
    SilentServer silent;
    SettingsDraft draft;
    loadSettings(draft, {{QStringLiteral("SMTP_HOST"), QStringLiteral("127.0.0.1")},
                         {QStringLiteral("SMTP_PORT"), QString::number(silent.port())},
                         {QStringLiteral("SMTP_TIMEOUT"), QStringLiteral("1")}});
    TestPanel panel(&draft);
    panel.show();
    int ticks = 0;
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&ticks]() { ++ticks; });
    QSignalSpy tested(&panel, &TestPanel::testFinished);
    timer.start();
    panel.start();
    ASSERT_TRUE(tested.wait(15000)); // the greeting timeout ends it
    timer.stop();
    EXPECT_FALSE(tested.at(0).at(0).toBool());
    EXPECT_EQ(panel.stepState(selfmx::smtp::Stage::Connect), TestPanel::StepState::Failed) << panel.statusText().toStdString();
    // The test took about a second: a blocked loop would have ticked once or not at all.
    EXPECT_GE(ticks, 10);
}

// Destroying the panel mid-test ends the test: the server sees the connection close.
TEST(TestPanel, DestroyedMidTestClosesTheConnection)
{
    SilentServer silent;
    QSignalSpy connected(&silent.server(), &QTcpServer::newConnection);
    SettingsDraft draft;
    loadSettings(draft, {{QStringLiteral("SMTP_HOST"), QStringLiteral("127.0.0.1")},
                         {QStringLiteral("SMTP_PORT"), QString::number(silent.port())},
                         {QStringLiteral("SMTP_TIMEOUT"), QStringLiteral("30")}});
    auto *panel = new TestPanel(&draft);
    panel->start();
    ASSERT_TRUE(connected.wait(5000));
    // Every connection the test opened (the session, the probes) is closed once it is gone.
    delete panel;
    for (const QPointer<QTcpSocket> &socket : silent.sockets()) {
        if (!socket || socket->state() == QAbstractSocket::UnconnectedState)
            continue;
        QSignalSpy closed(socket.data(), &QTcpSocket::disconnected);
        EXPECT_TRUE(closed.wait(2000));
    }
}

// "Trust this certificate" shows the certificate and asks first; declined, nothing changes;
// accepted, the pin goes into the draft and the next test passes.
TEST(TestPanel, TrustingTheCertificateAsksFirst)
{
    const PostfixInstance &p = PostfixInstance::get();
    ASSERT_TRUE(p.isAvailable()) << p.whyUnavailable().toStdString();
    SettingsDraft draft;
    QHash<QString, QString> untrusted = postfixValues("POSTFIX_SUBMISSION_PORT", 3);
    untrusted.remove(QStringLiteral("SMTP_TLS_CA_FILE"));
    loadSettings(draft, untrusted);
    TestPanel panel(&draft);
    QList<selfmx::diagnostics::CertificateInfo> shown;
    bool answer = false;
    panel.setTrustConfirmation([&shown, &answer](const selfmx::diagnostics::CertificateInfo &certificate) {
        shown.append(certificate);
        return answer;
    });
    QSignalSpy tested(&panel, &TestPanel::testFinished);
    panel.start();
    ASSERT_TRUE(tested.wait(15000));
    ASSERT_FALSE(tested.at(0).at(0).toBool()) << "the suite's CA is not a system CA";
    const QList<selfmx::diagnostics::Finding> findings = panel.findings();
    int trust = -1;
    QString pin;
    for (int i = 0; i < findings.size(); ++i) {
        for (const selfmx::diagnostics::SettingChange &change : findings.at(i).proposedChange) {
            if (change.key == u"SMTP_TLS_PIN_SHA256") {
                trust = i;
                pin = change.value;
            }
        }
    }
    ASSERT_GE(trust, 0) << panel.statusText().toStdString();

    EXPECT_FALSE(panel.applyFix(trust));
    ASSERT_EQ(shown.size(), 1);
    EXPECT_EQ(shown.at(0).sha256, pin);
    EXPECT_FALSE(shown.at(0).subject.isEmpty());
    EXPECT_TRUE(shown.at(0).notAfter.isValid());
    EXPECT_TRUE(draft.value(QStringLiteral("SMTP_TLS_PIN_SHA256")).isEmpty()) << "declined: nothing changed";

    answer = true;
    EXPECT_TRUE(panel.applyFix(trust));
    EXPECT_EQ(draft.value(QStringLiteral("SMTP_TLS_PIN_SHA256")), pin);
    panel.start();
    ASSERT_TRUE(tested.wait(15000));
    EXPECT_TRUE(tested.at(1).at(0).toBool()) << panel.statusText().toStdString();
}
