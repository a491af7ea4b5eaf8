// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// The tray icon while the relay runs, for real: the window on the xcb platform of a private
// Xvfb whose system tray is trayer (the "trayhost" fixture, tests/support/tray), the relay
// delivering into the suite's Postfix. The icon appears with the relay, a delivery refused
// for good shows Qt's XEmbed balloon, closing the window offers "Keep running in the tray"
// (the relay keeps answering), a click on the embedded icon brings the window back, "Stop
// relay and quit" stops it, frees its port and closes, and the icon goes with the relay.
// Hidden in the tray, the icon's menu "Stop relay and quit" ends the program, and a relay
// that stops by itself brings the window back; "Keep running in the tray" chosen after the
// relay stopped closes the window for real, and the icon's menu goes with the icon.
// Without a tray (offscreen, its own process: the platform is chosen once per process) the
// question has no tray button and Stop is the default.
#include "ports.h"
#include "postfix.h"

#include "profile/profilestore.h"
#include "ui/mainwindow.h"
#include "ui/relaypanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <gtest/gtest.h>

#include <memory>

using selfmx::profile::ProfileJob;
using selfmx::profile::ProfileStore;
using selfmx::test::PostfixInstance;
using selfmx::ui::MainWindow;
using selfmx::ui::RelayPanel;

namespace {

// Waits (bounded, on the panel's stateChanged signal) until the relay is in `state`.
bool waitForState(RelayPanel *panel, RelayPanel::State state, int timeoutMs = 15000)
{
    QSignalSpy states(panel, &RelayPanel::stateChanged);
    const QDeadlineTimer deadline(timeoutMs);
    while (panel->state() != state) {
        if (deadline.hasExpired() || !states.wait(int(std::max<qint64>(1, deadline.remainingTime()))))
            return panel->state() == state;
    }
    return true;
}

// A stored profile whose relay (on a free port) delivers into the restricted Postfix port:
// it delivers, but refuses the recipient nobody@selfmx.test for good.
QString storeRelayProfile(ProfileStore &store, const PostfixInstance &p, const QString &name)
{
    selfmx::profile::Profile profile;
    profile.name = name;
    profile.smtp = p.settings("POSTFIX_RESTRICTED_PORT");
    const QString password = profile.smtp.password;
    profile.smtp.password.clear();
    profile.relay.host = QStringLiteral("127.0.0.1");
    profile.relay.port = selfmx::test::freePort();
    QSignalSpy saved(store.save(profile, password), &ProfileJob::finished);
    if (!saved.wait(10000) || !store.find(name))
        return {};
    return store.find(name)->id;
}

// The window with that profile loaded and its relay running on a queue in `dir`.
bool startRelay(MainWindow &window, const QString &name, const QTemporaryDir &dir)
{
    QSignalSpy loaded(&window, &MainWindow::profileLoaded);
    window.loadProfile(name);
    if (!loaded.wait(10000) || !loaded.at(0).at(0).toBool())
        return false;
    RelayPanel *panel = window.relayPanel();
    panel->setQueuePath(dir.filePath(QStringLiteral("queue.sqlite")));
    panel->start();
    return waitForState(panel, RelayPanel::State::Running);
}

// The question closing the window asks while the relay runs (window-modal, not blocking).
QMessageBox *relayQuestion(const MainWindow &window)
{
    const QList<QMessageBox *> boxes = window.findChildren<QMessageBox *>();
    for (QMessageBox *box : boxes) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

QAbstractButton *buttonNamed(const QMessageBox *box, const QString &text)
{
    const QList<QAbstractButton *> buttons = box->buttons();
    for (QAbstractButton *button : buttons) {
        if (button->text().remove(u'&') == text)
            return button;
    }
    return nullptr;
}

// Qt's XEmbed notification: a top-level QBalloonTip (private class, found by name).
QWidget *visibleBalloon()
{
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (qstrcmp(w->metaObject()->className(), "QBalloonTip") == 0 && w->isVisible())
            return w;
    }
    return nullptr;
}

int httpStatus(QNetworkReply *raw)
{
    std::unique_ptr<QNetworkReply> reply(raw);
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(15000))
        return -1;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

// What every test here needs: the suite's Postfix, the keychain's D-Bus session, a
// throw-away profile file; the platform (with or without a tray) each suite checks itself.
class RelayWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(p.isAvailable()) << p.whyUnavailable().toStdString();
        ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) << "run through scripts/test.sh (keychain)";
    }

    const PostfixInstance &p = PostfixInstance::get();
    QTemporaryDir dir;
    ProfileStore store{dir.filePath(QStringLiteral("profiles.ini"))};
};

// Under the trayhost fixture's Xvfb, where trayer is the system tray.
class Tray : public RelayWindowTest
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(QGuiApplication::platformName().toStdString(), "xcb") << "needs the trayhost fixture (SELFMX_TRAY_ENV)";
        ASSERT_TRUE(QSystemTrayIcon::isSystemTrayAvailable()) << "trayer owns _NET_SYSTEM_TRAY_S0 on " << qgetenv("DISPLAY").constData();
        RelayWindowTest::SetUp();
    }
};

// Offscreen: no system tray.
class TrayAbsent : public RelayWindowTest
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(QGuiApplication::platformName().toStdString(), "offscreen");
        ASSERT_FALSE(QSystemTrayIcon::isSystemTrayAvailable());
        RelayWindowTest::SetUp();
    }
};

TEST_F(Tray, IconNotificationKeepInTrayShowAgainAndStop)
{
    const QString id = storeRelayProfile(store, p, QStringLiteral("tray"));
    ASSERT_FALSE(id.isEmpty());

    auto *window = new MainWindow(&store);
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    std::unique_ptr<MainWindow> owner(window);
    window->show();
    EXPECT_EQ(window->trayIcon(), nullptr) << "no icon while the relay is off";
    ASSERT_TRUE(startRelay(*window, QStringLiteral("tray"), dir)) << window->relayPanel()->statusText().toStdString();
    RelayPanel *panel = window->relayPanel();
    const quint16 port = store.find(id)->relay.port;

    // The relay runs: the icon is in the tray.
    QSystemTrayIcon *tray = window->trayIcon();
    ASSERT_NE(tray, nullptr);
    EXPECT_TRUE(tray->isVisible());
    EXPECT_TRUE(tray->geometry().isValid()) << "embedded in trayer";

    // A message refused for good: the balloon tells whom it was for and why.
    QSignalSpy failed(panel, &RelayPanel::deliveryFailed);
    QNetworkAccessManager nam;
    QNetworkRequest post(QUrl(panel->address() + QStringLiteral("/emails")));
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    post.setRawHeader("Authorization", "Bearer " + panel->apiKey().toLatin1());
    const QJsonObject message{{QStringLiteral("from"), QStringLiteral("Tray <sender@example.test>")},
                              {QStringLiteral("to"), QStringLiteral("nobody@selfmx.test")},
                              {QStringLiteral("subject"), QString(QStringLiteral("Tray ") + QUuid::createUuid().toString())},
                              {QStringLiteral("text"), QStringLiteral("Hello")}};
    ASSERT_EQ(httpStatus(nam.post(post, QJsonDocument(message).toJson(QJsonDocument::Compact))), 200);
    ASSERT_TRUE(failed.wait(30000)) << panel->countsText().toStdString();
    QWidget *balloon = visibleBalloon();
    ASSERT_NE(balloon, nullptr) << "the notification is shown";
    bool namesRecipient = false;
    const QList<QLabel *> labels = balloon->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        namesRecipient = namesRecipient || label->text().contains(QStringLiteral("nobody@selfmx.test"));
    EXPECT_TRUE(namesRecipient);

    // Closing asks; keeping it in the tray (the default) hides the window, the relay answers.
    EXPECT_FALSE(window->close());
    QMessageBox *question = relayQuestion(*window);
    ASSERT_NE(question, nullptr);
    QAbstractButton *keep = buttonNamed(question, QStringLiteral("Keep running in the tray"));
    ASSERT_NE(keep, nullptr);
    EXPECT_EQ(question->defaultButton(), keep);
    EXPECT_NE(buttonNamed(question, QStringLiteral("Stop relay and quit")), nullptr);
    keep->click();
    EXPECT_FALSE(window->isVisible());
    EXPECT_EQ(panel->state(), RelayPanel::State::Running);
    EXPECT_EQ(window->trayIcon(), tray);
    EXPECT_EQ(httpStatus(nam.get(QNetworkRequest(QUrl(panel->address() + QStringLiteral("/health"))))), 200);

    // A click on the icon embedded in trayer brings the window back (xdotool moves the X
    // server's pointer and clicks, so trayer forwards a real button press to the icon).
    QSignalSpy activated(tray, &QSystemTrayIcon::activated);
    const QString xdotool = QStandardPaths::findExecutable(QStringLiteral("xdotool"));
    ASSERT_FALSE(xdotool.isEmpty()) << "xdotool (scripts/install-deps.sh)";
    const QPoint centre = tray->geometry().center();
    QProcess click;
    // No --sync: it waits for the pointer to move, forever when it is already there. The
    // X server handles the fake motion and the press in the order they were sent.
    click.start(xdotool, {QStringLiteral("mousemove"), QString::number(centre.x()), QString::number(centre.y()), QStringLiteral("click"),
                          QStringLiteral("1")});
    ASSERT_TRUE(click.waitForFinished(10000));
    ASSERT_EQ(click.exitCode(), 0) << click.readAllStandardError().constData();
    ASSERT_TRUE(activated.wait(10000));
    EXPECT_EQ(activated.at(0).at(0).value<QSystemTrayIcon::ActivationReason>(), QSystemTrayIcon::Trigger);
    EXPECT_TRUE(window->isVisible());

    // Stop relay and quit: the relay stops, its port is free, the icon goes, the window closes.
    EXPECT_FALSE(window->close());
    question = relayQuestion(*window);
    ASSERT_NE(question, nullptr);
    QAbstractButton *stop = buttonNamed(question, QStringLiteral("Stop relay and quit"));
    ASSERT_NE(stop, nullptr);
    stop->click();
    ASSERT_TRUE(waitForState(panel, RelayPanel::State::Idle));
    EXPECT_EQ(window->trayIcon(), nullptr);
    EXPECT_FALSE(window->isVisible()) << "closed once the relay stopped";
    QTcpServer again;
    EXPECT_TRUE(again.listen(QHostAddress::LocalHost, port)) << "the port is free again";

    QSignalSpy removed(store.remove(id), &ProfileJob::finished);
    EXPECT_TRUE(removed.wait(10000));
}

// Hidden in the tray, the icon's menu "Stop relay and quit" ends the program: the relay
// stops and the (hidden) window closes as the last one, so the application quits.
TEST_F(Tray, MenuStopsTheRelayAndQuitsFromTheTray)
{
    const QString id = storeRelayProfile(store, p, QStringLiteral("tray-menu"));
    ASSERT_FALSE(id.isEmpty());

    MainWindow window(&store);
    window.show();
    ASSERT_TRUE(startRelay(window, QStringLiteral("tray-menu"), dir)) << window.relayPanel()->statusText().toStdString();
    RelayPanel *panel = window.relayPanel();
    const quint16 port = store.find(id)->relay.port;
    ASSERT_NE(window.trayIcon(), nullptr);

    EXPECT_FALSE(window.close());
    QMessageBox *question = relayQuestion(window);
    ASSERT_NE(question, nullptr);
    question->defaultButton()->click(); // Keep running in the tray
    ASSERT_FALSE(window.isVisible());

    QMenu *menu = window.trayIcon()->contextMenu();
    ASSERT_NE(menu, nullptr);
    QAction *quit = nullptr;
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->text().remove(u'&') == QStringLiteral("Stop relay and quit"))
            quit = action;
    }
    ASSERT_NE(quit, nullptr);
    // Whether the program ends is decided by the application's own loop (Qt quits from
    // exec() only), so the action runs inside a bounded QApplication::exec(): 0 when the
    // program quits, 2 when the guard ends it after 20 s.
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, qApp, []() { QCoreApplication::exit(2); });
    guard.start(20000);
    QTimer::singleShot(0, quit, &QAction::trigger);
    EXPECT_EQ(QApplication::exec(), 0) << "the program ends: nothing is left on screen or in the tray";
    guard.stop();
    EXPECT_EQ(panel->state(), RelayPanel::State::Idle);
    EXPECT_EQ(window.trayIcon(), nullptr);
    EXPECT_FALSE(window.isVisible());
    QTcpServer again;
    EXPECT_TRUE(again.listen(QHostAddress::LocalHost, port)) << "the port is free again";

    QSignalSpy removed(store.remove(id), &ProfileJob::finished);
    EXPECT_TRUE(removed.wait(10000));
}

// The relay stops on its own while the window is in the tray (an error, or stopped from
// elsewhere): the icon goes with it, so the window comes back rather than leaving a
// program with neither window nor icon.
TEST_F(Tray, WindowReturnsWhenTheRelayStopsWhileInTheTray)
{
    const QString id = storeRelayProfile(store, p, QStringLiteral("tray-back"));
    ASSERT_FALSE(id.isEmpty());

    MainWindow window(&store);
    window.show();
    ASSERT_TRUE(startRelay(window, QStringLiteral("tray-back"), dir)) << window.relayPanel()->statusText().toStdString();
    RelayPanel *panel = window.relayPanel();
    EXPECT_FALSE(window.close());
    QMessageBox *question = relayQuestion(window);
    ASSERT_NE(question, nullptr);
    question->defaultButton()->click(); // Keep running in the tray
    ASSERT_FALSE(window.isVisible());

    panel->stop();
    ASSERT_TRUE(waitForState(panel, RelayPanel::State::Idle));
    EXPECT_EQ(window.trayIcon(), nullptr);
    EXPECT_TRUE(window.isVisible()) << "back on screen once its icon is gone";

    QSignalSpy removed(store.remove(id), &ProfileJob::finished);
    EXPECT_TRUE(removed.wait(10000));
}

// "Keep running in the tray" chosen after the relay stopped while the question was open (from
// the panel, or by itself): there is no icon to come back by, so the window closes for real
// and the program ends, instead of staying hidden for good.
TEST_F(Tray, KeepInTrayAfterTheRelayStoppedClosesForReal)
{
    const QString id = storeRelayProfile(store, p, QStringLiteral("tray-late-keep"));
    ASSERT_FALSE(id.isEmpty());

    MainWindow window(&store);
    window.show();
    ASSERT_TRUE(startRelay(window, QStringLiteral("tray-late-keep"), dir)) << window.relayPanel()->statusText().toStdString();
    RelayPanel *panel = window.relayPanel();
    EXPECT_FALSE(window.close());
    QMessageBox *question = relayQuestion(window);
    ASSERT_NE(question, nullptr);
    QAbstractButton *keep = buttonNamed(question, QStringLiteral("Keep running in the tray"));
    ASSERT_NE(keep, nullptr);

    // Stopped while the question is still open: the icon goes.
    panel->stop();
    ASSERT_TRUE(waitForState(panel, RelayPanel::State::Idle));
    EXPECT_EQ(window.trayIcon(), nullptr);
    ASSERT_EQ(relayQuestion(window), question);

    // As in MenuStopsTheRelayAndQuitsFromTheTray: whether the program ends is decided by the
    // application's own loop, so the click runs inside a bounded exec(): 0 when it quits,
    // 2 when the guard ends it after 10 s (the window hidden, nothing to bring it back).
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, qApp, []() { QCoreApplication::exit(2); });
    guard.start(10000);
    QTimer::singleShot(0, keep, &QAbstractButton::click);
    EXPECT_EQ(QApplication::exec(), 0) << "the window closed for real and the program ended";
    guard.stop();
    EXPECT_FALSE(window.isVisible());
    EXPECT_EQ(window.trayIcon(), nullptr);

    QSignalSpy removed(store.remove(id), &ProfileJob::finished);
    EXPECT_TRUE(removed.wait(10000));
}

// The icon's menu goes with the icon (one icon, and one menu, per start of the relay): not
// left behind in the window until it is destroyed, one more for every start.
TEST_F(Tray, TheMenuGoesWithItsIcon)
{
    const QString id = storeRelayProfile(store, p, QStringLiteral("tray-menu-owner"));
    ASSERT_FALSE(id.isEmpty());

    auto window = std::make_unique<MainWindow>(&store);
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->show();
    ASSERT_TRUE(startRelay(*window, QStringLiteral("tray-menu-owner"), dir)) << window->relayPanel()->statusText().toStdString();
    RelayPanel *panel = window->relayPanel();
    ASSERT_NE(window->trayIcon(), nullptr);
    QPointer<QMenu> first = window->trayIcon()->contextMenu();
    ASSERT_FALSE(first.isNull());
    QSignalSpy firstGone(first.data(), &QObject::destroyed);

    panel->stop();
    ASSERT_TRUE(waitForState(panel, RelayPanel::State::Idle));
    EXPECT_EQ(window->trayIcon(), nullptr);
    EXPECT_TRUE(first.isNull() || firstGone.wait(5000)) << "the menu outlived its icon";

    // Started again: a new icon with a new menu, gone with the window at the latest.
    panel->start();
    ASSERT_TRUE(waitForState(panel, RelayPanel::State::Running)) << panel->statusText().toStdString();
    ASSERT_NE(window->trayIcon(), nullptr);
    QPointer<QMenu> second = window->trayIcon()->contextMenu();
    ASSERT_FALSE(second.isNull());
    panel->stop();
    ASSERT_TRUE(waitForState(panel, RelayPanel::State::Idle));
    window.reset();
    EXPECT_TRUE(second.isNull()) << "the menu outlived the window";
    EXPECT_TRUE(first.isNull());

    QSignalSpy removed(store.remove(id), &ProfileJob::finished);
    EXPECT_TRUE(removed.wait(10000));
}

TEST_F(TrayAbsent, ClosingOffersNoTrayAndStopIsTheDefault)
{
    const QString id = storeRelayProfile(store, p, QStringLiteral("no-tray"));
    ASSERT_FALSE(id.isEmpty());

    MainWindow window(&store);
    window.show();
    ASSERT_TRUE(startRelay(window, QStringLiteral("no-tray"), dir)) << window.relayPanel()->statusText().toStdString();
    RelayPanel *panel = window.relayPanel();
    EXPECT_EQ(window.trayIcon(), nullptr) << "no tray, no icon";

    // Closing asks without a tray button; Cancel keeps window and relay.
    EXPECT_FALSE(window.close());
    QMessageBox *question = relayQuestion(window);
    ASSERT_NE(question, nullptr);
    EXPECT_EQ(buttonNamed(question, QStringLiteral("Keep running in the tray")), nullptr);
    QAbstractButton *stop = buttonNamed(question, QStringLiteral("Stop relay and quit"));
    ASSERT_NE(stop, nullptr);
    EXPECT_EQ(question->defaultButton(), stop);
    question->button(QMessageBox::Cancel)->click();
    EXPECT_TRUE(window.isVisible());
    EXPECT_EQ(panel->state(), RelayPanel::State::Running);

    // Stop relay and quit: stopped, then closed.
    EXPECT_FALSE(window.close());
    question = relayQuestion(window);
    ASSERT_NE(question, nullptr);
    stop = buttonNamed(question, QStringLiteral("Stop relay and quit"));
    ASSERT_NE(stop, nullptr);
    stop->click();
    ASSERT_TRUE(waitForState(panel, RelayPanel::State::Idle));
    EXPECT_FALSE(window.isVisible());

    QSignalSpy removed(store.remove(id), &ProfileJob::finished);
    EXPECT_TRUE(removed.wait(10000));
}

// Its own main: the platform is chosen before the application object exists. With
// SELFMX_TRAY_ENV (the trayhost fixture's tray.env, "DISPLAY=:N") the window goes to that
// X server through xcb; without it, offscreen, as the other widget tests.
int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("SELFMX_MODULE_DIR"))
        qputenv("SELFMX_MODULE_DIR", SELFMX_MODULE_DIR_DEFAULT);
    QByteArray platform = "offscreen";
    if (const QString env = qEnvironmentVariable("SELFMX_TRAY_ENV"); !env.isEmpty()) {
        // Unreadable (the fixture failed): offscreen, and the test says what is missing.
        QFile file(env);
        const QByteArray line = file.open(QIODevice::ReadOnly) ? file.readLine().trimmed() : QByteArray();
        if (line.startsWith("DISPLAY=")) {
            qputenv("DISPLAY", line.mid(int(qstrlen("DISPLAY="))));
            platform = "xcb";
        }
    }
    qputenv("QT_QPA_PLATFORM", platform);
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
