// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// The relay panel, driven offscreen against the suite's Postfix: on for a stored profile,
// a message POSTed over real HTTP to the address it shows with the key it made, the counts
// and the list following the deliveries, retry and cancel, and off again.
#include "ports.h"
#include "postfix.h"

#include "profile/profilestore.h"
#include "relay/relayserver.h"
#include "ui/relaypanel.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QUuid>

#include <gtest/gtest.h>

#include <functional>
#include <iostream>
#include <memory>

using selfmx::profile::ProfileJob;
using selfmx::profile::ProfileStore;
using selfmx::relay::MessageStatus;
using selfmx::test::freePort;
using selfmx::test::PostfixInstance;
using selfmx::ui::RelayPanel;

namespace {

// Waits (bounded, on the panel's refreshed() signal) until `done` holds.
bool waitFor(RelayPanel &panel, const std::function<bool()> &done, int timeoutMs = 20000)
{
    QSignalSpy refreshed(&panel, &RelayPanel::refreshed);
    const QDeadlineTimer deadline(timeoutMs);
    panel.refresh();
    while (!done()) {
        if (deadline.hasExpired() || !refreshed.wait(int(std::max<qint64>(1, deadline.remainingTime()))))
            return done();
    }
    return true;
}

QTreeWidgetItem *itemFor(const RelayPanel &panel, const QString &id)
{
    QTreeWidget *list = panel.messages();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(RelayPanel::CreatedColumn, Qt::UserRole).toString() == id)
            return list->topLevelItem(i);
    }
    return nullptr;
}

QString stateOf(const RelayPanel &panel, const QString &id)
{
    const QTreeWidgetItem *item = itemFor(panel, id);
    return item ? item->data(RelayPanel::StateColumn, Qt::UserRole).toString() : QString();
}

// Saves a profile whose relay listens on a free loopback port and delivers into Postfix's
// restricted port (which delivers, but refuses the recipient nobody@selfmx.test); its id, or
// an empty string when it could not be saved.
QString saveRelayProfile(ProfileStore &store, const QString &name, int rateLimitRequests = 100,
                         const QString &host = QStringLiteral("127.0.0.1"))
{
    selfmx::profile::Profile profile;
    profile.name = name;
    profile.smtp = PostfixInstance::get().settings("POSTFIX_RESTRICTED_PORT");
    const QString password = profile.smtp.password;
    profile.smtp.password.clear();
    profile.relay.host = host;
    profile.relay.port = freePort();
    profile.relay.rateLimitRequests = rateLimitRequests;
    if (profile.relay.port == 0)
        return QString();
    QSignalSpy saved(store.save(profile, password), &ProfileJob::finished);
    if (!saved.wait(10000))
        return QString();
    const auto stored = store.find(name);
    return stored ? stored->id : QString();
}

// Waits (bounded, on stateChanged) until the panel's relay is running or back to idle.
void waitWhileStarting(RelayPanel &panel, QSignalSpy &states)
{
    const QDeadlineTimer deadline(15000);
    while (panel.state() != RelayPanel::State::Running && panel.state() != RelayPanel::State::Idle && !deadline.hasExpired()) {
        if (!states.wait(int(std::max<qint64>(1, deadline.remainingTime()))))
            return;
    }
}

// Shows the panel on the profile `id` with its queue at `queuePath` (states: a spy on its
// stateChanged made before), presses Start and waits while it starts.
void startOnProfile(RelayPanel &panel, QSignalSpy &states, const QString &queuePath, const QString &id)
{
    panel.show();
    panel.setQueuePath(queuePath);
    panel.setProfile(id);
    panel.start();
    waitWhileStarting(panel, states);
}

} // namespace

TEST(RelayPanel, DeliversFailsRetriesCancelsAndStops)
{
    const PostfixInstance &p = PostfixInstance::get();
    ASSERT_TRUE(p.isAvailable()) << p.whyUnavailable().toStdString();
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) << "run through scripts/test.sh (keychain)";
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    const QString id = saveRelayProfile(store, QStringLiteral("relay-panel"));
    ASSERT_FALSE(id.isEmpty());
    EXPECT_FALSE(store.find(id)->hasApiKey);
    const quint16 relayPort = store.find(id)->relay.port;

    RelayPanel panel(&store);
    QSignalSpy states(&panel, &RelayPanel::stateChanged);
    QSignalSpy failures(&panel, &RelayPanel::deliveryFailed);
    startOnProfile(panel, states, dir.filePath(QStringLiteral("queue.sqlite")), id);
    ASSERT_EQ(panel.state(), RelayPanel::State::Running) << panel.statusText().toStdString();

    // The key was made on this first start, 32 bytes in hex, and kept with the profile.
    const QString key = panel.apiKey();
    EXPECT_EQ(key.size(), 64);
    EXPECT_TRUE(store.find(id)->hasApiKey);
    EXPECT_EQ(panel.address(), QStringLiteral("http://127.0.0.1:%1").arg(relayPort));
    EXPECT_TRUE(panel.curlExample(false).contains(panel.address()));
    EXPECT_TRUE(panel.curlExample(false).contains(QStringLiteral("$API_KEY")));
    EXPECT_FALSE(panel.curlExample(false).contains(key)) << "the key is shown only on request";
    EXPECT_TRUE(panel.curlExample(true).contains(key));

    QNetworkAccessManager nam;
    auto post = [&nam, &panel, &key](const QJsonObject &body) {
        QNetworkRequest request(QUrl(panel.address() + QStringLiteral("/emails")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + key.toLatin1());
        std::unique_ptr<QNetworkReply> reply(nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(15000))
            return QString();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            return QString();
        return QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("id")).toString();
    };
    auto message = [](const QString &to) {
        return QJsonObject{{QStringLiteral("from"), QStringLiteral("Panel <sender@example.test>")},
                           {QStringLiteral("to"), to},
                           {QStringLiteral("subject"), QString(QStringLiteral("Relay panel ") + QUuid::createUuid().toString())},
                           {QStringLiteral("text"), QStringLiteral("Hello")}};
    };

    // Delivered, and counted.
    const QString delivered = post(message(QStringLiteral("rcpt@example.test")));
    ASSERT_FALSE(delivered.isEmpty());
    ASSERT_TRUE(waitFor(panel, [&panel, &delivered]() { return stateOf(panel, delivered) == u"delivered"; }))
        << stateOf(panel, delivered).toStdString() << " " << panel.countsText().toStdString();
    EXPECT_EQ(panel.count(MessageStatus::Delivered), 1);
    EXPECT_TRUE(panel.countsText().contains(QStringLiteral("Delivered: 1")));

    // Refused for good: failed, with the server's words, and the tray is told.
    const QString refused = post(message(QStringLiteral("nobody@selfmx.test")));
    ASSERT_FALSE(refused.isEmpty());
    ASSERT_TRUE(waitFor(panel, [&panel, &refused]() { return stateOf(panel, refused) == u"failed"; }))
        << stateOf(panel, refused).toStdString();
    EXPECT_EQ(panel.count(MessageStatus::Failed), 1);
    const QString lastError = itemFor(panel, refused)->text(RelayPanel::ErrorColumn);
    EXPECT_TRUE(lastError.startsWith(u'5')) << lastError.toStdString();
    EXPECT_TRUE(lastError.contains(QStringLiteral("nobody@selfmx.test"), Qt::CaseInsensitive)) << lastError.toStdString();
    ASSERT_EQ(failures.size(), 1);
    EXPECT_EQ(failures.at(0).at(0).toString(), refused);
    EXPECT_EQ(failures.at(0).at(2).toString(), lastError);

    // Scheduled for later: it cannot be retried yet; Cancel cancels it (once); Retry then
    // sends it now.
    QJsonObject later = message(QStringLiteral("rcpt@example.test"));
    later.insert(QStringLiteral("scheduled_at"), QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate));
    const QString scheduled = post(later);
    ASSERT_FALSE(scheduled.isEmpty());
    ASSERT_TRUE(waitFor(panel, [&panel, &scheduled]() { return stateOf(panel, scheduled) == u"scheduled"; }));
    EXPECT_FALSE(panel.retryMessage(scheduled));
    EXPECT_TRUE(panel.statusText().startsWith(QStringLiteral("✗"))) << panel.statusText().toStdString();
    EXPECT_TRUE(panel.cancelMessage(scheduled)) << panel.statusText().toStdString();
    EXPECT_EQ(stateOf(panel, scheduled), QStringLiteral("canceled"));
    EXPECT_FALSE(panel.cancelMessage(scheduled)) << "a canceled message cannot be canceled again";
    EXPECT_TRUE(panel.retryMessage(scheduled)) << panel.statusText().toStdString();
    ASSERT_TRUE(waitFor(panel, [&panel, &scheduled]() { return stateOf(panel, scheduled) == u"delivered"; }))
        << stateOf(panel, scheduled).toStdString();
    EXPECT_EQ(panel.count(MessageStatus::Delivered), 2);

    // Off again: back to idle, nothing listens any more.
    panel.stop();
    const QDeadlineTimer stopDeadline(15000);
    while (panel.state() != RelayPanel::State::Idle && !stopDeadline.hasExpired())
        ASSERT_TRUE(states.wait(int(std::max<qint64>(1, stopDeadline.remainingTime()))));
    EXPECT_EQ(panel.state(), RelayPanel::State::Idle);
    EXPECT_TRUE(panel.address().isEmpty());
    QTcpServer again;
    EXPECT_TRUE(again.listen(QHostAddress::LocalHost, relayPort)) << "the port is free again";

    QSignalSpy removed(store.remove(id), &ProfileJob::finished);
    EXPECT_TRUE(removed.wait(10000));
}

namespace {

// GET /emails with this bearer key: the HTTP status (-1: no answer within 15 s).
int listStatus(QNetworkAccessManager &nam, const QString &address, const QString &key)
{
    QNetworkRequest request(QUrl(address + QStringLiteral("/emails")));
    request.setRawHeader("Authorization", "Bearer " + key.toLatin1());
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(15000))
        return -1;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

// The panel's visible "replace the key?" box (opened with open(), window-modal).
QMessageBox *keyQuestion(const RelayPanel &panel)
{
    const QList<QMessageBox *> boxes = panel.findChildren<QMessageBox *>();
    for (QMessageBox *box : boxes) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

QPushButton *newKeyButton(const RelayPanel &panel)
{
    const QList<QPushButton *> buttons = panel.findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->accessibleName() == u"Make a new API key")
            return button;
    }
    return nullptr;
}

} // namespace

// Issue 9: the key is replaceable. New key… asks first; Cancel changes nothing; Replace
// stores a new key in the keychain, shows it, and the relay running from the panel accepts
// only the new key from then on (checked over real HTTP: the old key gets 401).
TEST(RelayPanel, NewKeyReplacesTheRunningRelaysKey)
{
    const PostfixInstance &p = PostfixInstance::get();
    ASSERT_TRUE(p.isAvailable()) << p.whyUnavailable().toStdString();
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) << "run through scripts/test.sh (keychain)";
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    const QString id = saveRelayProfile(store, QStringLiteral("relay-new-key"));
    ASSERT_FALSE(id.isEmpty());

    RelayPanel panel(&store);
    QSignalSpy states(&panel, &RelayPanel::stateChanged);
    startOnProfile(panel, states, dir.filePath(QStringLiteral("queue.sqlite")), id);
    ASSERT_EQ(panel.state(), RelayPanel::State::Running) << panel.statusText().toStdString();
    const QString oldKey = panel.apiKey();
    ASSERT_EQ(oldKey.size(), 64);
    QNetworkAccessManager nam;
    ASSERT_EQ(listStatus(nam, panel.address(), oldKey), 200);

    // Beside Copy, reachable by Tab right after it, named for a screen reader.
    QPushButton *newKey = newKeyButton(panel);
    ASSERT_NE(newKey, nullptr);
    EXPECT_TRUE(newKey->isEnabled());
    EXPECT_FALSE(newKey->accessibleDescription().isEmpty());
    EXPECT_NE(newKey->focusPolicy() & Qt::TabFocus, 0);
    const QList<QPushButton *> buttons = panel.findChildren<QPushButton *>();
    QPushButton *copy = nullptr;
    for (QPushButton *button : buttons) {
        if (button->accessibleName() == u"Copy the API key")
            copy = button;
    }
    ASSERT_NE(copy, nullptr);
    EXPECT_EQ(copy->nextInFocusChain(), newKey);

    // Cancel: nothing changes, the old key still works.
    QSignalSpy replaced(&panel, &RelayPanel::keyReplaced);
    newKey->click();
    QMessageBox *question = keyQuestion(panel);
    ASSERT_NE(question, nullptr) << "asks first";
    EXPECT_TRUE(question->text().contains(QStringLiteral("401 invalid_api_key"))) << question->text().toStdString();
    EXPECT_EQ(question->windowModality(), Qt::WindowModal);
    question->button(QMessageBox::Cancel)->click();
    EXPECT_EQ(keyQuestion(panel), nullptr);
    EXPECT_FALSE(panel.isReplacingKey());
    EXPECT_EQ(replaced.size(), 0);
    EXPECT_EQ(panel.apiKey(), oldKey);
    EXPECT_EQ(listStatus(nam, panel.address(), oldKey), 200);
    std::unique_ptr<ProfileJob> read(store.readSecret(id, QStringLiteral("API_KEY")));
    QSignalSpy readDone(read.get(), &ProfileJob::finished);
    ASSERT_TRUE(readDone.wait(10000));
    EXPECT_EQ(read->secret(), oldKey) << "Cancel left the keychain alone";

    // Replace: a new key, stored, shown, and the only one the running relay accepts.
    newKey->click();
    question = keyQuestion(panel);
    ASSERT_NE(question, nullptr);
    QAbstractButton *replace = nullptr;
    const QList<QAbstractButton *> choices = question->buttons();
    for (QAbstractButton *button : choices) {
        if (button->text().remove(u'&') == u"Replace")
            replace = button;
    }
    ASSERT_NE(replace, nullptr);
    replace->click();
    ASSERT_TRUE(replaced.wait(10000)) << panel.statusText().toStdString();
    ASSERT_TRUE(replaced.at(0).at(0).toBool()) << panel.statusText().toStdString();
    const QString newKeyText = panel.apiKey();
    EXPECT_EQ(newKeyText.size(), 64);
    EXPECT_NE(newKeyText, oldKey);
    EXPECT_EQ(panel.state(), RelayPanel::State::Running) << "not restarted";
    bool shown = false;
    const QList<QLineEdit *> fields = panel.findChildren<QLineEdit *>();
    for (const QLineEdit *field : fields)
        shown = shown || (field->text() == newKeyText && field->echoMode() == QLineEdit::Normal);
    EXPECT_TRUE(shown) << "the new key is shown";
    EXPECT_TRUE(panel.curlExample(true).contains(newKeyText));
    EXPECT_EQ(listStatus(nam, panel.address(), oldKey), 401);
    EXPECT_EQ(listStatus(nam, panel.address(), newKeyText), 200);
    std::unique_ptr<ProfileJob> reread(store.readSecret(id, QStringLiteral("API_KEY")));
    QSignalSpy rereadDone(reread.get(), &ProfileJob::finished);
    ASSERT_TRUE(rereadDone.wait(10000));
    EXPECT_EQ(reread->secret(), newKeyText) << "kept in the keychain";

    panel.stop();
    const QDeadlineTimer stopDeadline(15000);
    while (panel.state() != RelayPanel::State::Idle && !stopDeadline.hasExpired())
        ASSERT_TRUE(states.wait(int(std::max<qint64>(1, stopDeadline.remainingTime()))));

    // Off, New key… replaces the stored key for the next start, and shows it.
    ASSERT_TRUE(newKey->isEnabled());
    newKey->click();
    question = keyQuestion(panel);
    ASSERT_NE(question, nullptr);
    replace = nullptr;
    const QList<QAbstractButton *> again = question->buttons();
    for (QAbstractButton *button : again) {
        if (button->text().remove(u'&') == u"Replace")
            replace = button;
    }
    ASSERT_NE(replace, nullptr);
    replace->click();
    ASSERT_TRUE(replaced.wait(10000)) << panel.statusText().toStdString();
    ASSERT_TRUE(replaced.last().at(0).toBool()) << panel.statusText().toStdString();
    const QString idleKey = panel.apiKey();
    EXPECT_EQ(idleKey.size(), 64);
    EXPECT_NE(idleKey, newKeyText);

    // The next start uses the stored (newest) key.
    panel.start();
    waitWhileStarting(panel, states);
    ASSERT_EQ(panel.state(), RelayPanel::State::Running) << panel.statusText().toStdString();
    EXPECT_EQ(panel.apiKey(), idleKey);
    EXPECT_EQ(listStatus(nam, panel.address(), idleKey), 200);
    panel.stop();
    const QDeadlineTimer secondStop(15000);
    while (panel.state() != RelayPanel::State::Idle && !secondStop.hasExpired())
        ASSERT_TRUE(states.wait(int(std::max<qint64>(1, secondStop.remainingTime()))));

    QSignalSpy removed(store.remove(id), &ProfileJob::finished);
    EXPECT_TRUE(removed.wait(10000));
}

namespace {

// Posts `count` messages to the relay from a thread of its own (its own event loop and
// QNetworkAccessManager), so that the window's thread does only the relay's work: HTTP
// answers, the queue's commits, the panel's refresh.
class BurstClient : public QObject
{
    Q_OBJECT
public:
    BurstClient(QString address, QString key, int count)
        : m_address(std::move(address))
        , m_key(std::move(key))
        , m_count(count)
    {
    }

    void start()
    {
        m_nam = new QNetworkAccessManager(this);
        // Six at a time, QNetworkAccessManager's limit per host.
        for (int i = 0; i < 6 && m_sent < m_count; ++i)
            postNext();
    }
    int accepted() const { return m_accepted; }

Q_SIGNALS:
    void finished();

private:
    void postNext()
    {
        QNetworkRequest request(QUrl(m_address + QStringLiteral("/emails")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_key.toLatin1());
        const QJsonObject body{{QStringLiteral("from"), QStringLiteral("Burst <sender@example.test>")},
                               {QStringLiteral("to"), QStringLiteral("rcpt@example.test")},
                               {QStringLiteral("subject"), QStringLiteral("Burst %1").arg(m_sent)},
                               {QStringLiteral("text"), QString(1024, u'x')}};
        ++m_sent;
        QNetworkReply *reply = m_nam->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        connect(reply, &QNetworkReply::finished, this, [this, reply]() {
            reply->deleteLater();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                ++m_accepted;
            if (++m_answered == m_count)
                Q_EMIT finished();
            else if (m_sent < m_count)
                postNext();
        });
    }

    QString m_address;
    QString m_key;
    int m_count = 0;
    int m_sent = 0;
    int m_answered = 0;
    int m_accepted = 0;
    QNetworkAccessManager *m_nam = nullptr;
};

} // namespace

// Issue 10: "Nothing ever blocks the UI thread". The relay the panel runs answers HTTP and
// commits its queue on the window's thread; during a burst of requests (and the deliveries
// into Postfix that follow) the window's event loop must keep turning: no gap between two
// turns of a 5 ms timer longer than 100 ms.
TEST(RelayPanel, TheWindowKeepsRespondingDuringABurstOfRequests)
{
    const PostfixInstance &p = PostfixInstance::get();
    ASSERT_TRUE(p.isAvailable()) << p.whyUnavailable().toStdString();
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) << "run through scripts/test.sh (keychain)";
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    // The default 100 requests a minute would refuse most of the burst.
    const QString id = saveRelayProfile(store, QStringLiteral("relay-burst"), 100000);
    ASSERT_FALSE(id.isEmpty());

    RelayPanel panel(&store);
    QSignalSpy states(&panel, &RelayPanel::stateChanged);
    startOnProfile(panel, states, dir.filePath(QStringLiteral("queue.sqlite")), id);
    ASSERT_EQ(panel.state(), RelayPanel::State::Running) << panel.statusText().toStdString();

    constexpr int Count = 400;
    QThread clientThread;
    auto *client = new BurstClient(panel.address(), panel.apiKey(), Count);
    client->moveToThread(&clientThread);
    QObject::connect(&clientThread, &QThread::finished, client, &QObject::deleteLater);
    clientThread.start();

    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&clock, &last, &longestGap]() {
        const qint64 now = clock.elapsed();
        longestGap = std::max(longestGap, now - last);
        last = now;
    });
    QSignalSpy burstDone(client, &BurstClient::finished);
    clock.start();
    ticker.start();
    QMetaObject::invokeMethod(client, &BurstClient::start, Qt::QueuedConnection);
    ASSERT_TRUE(burstDone.wait(60000));
    const int accepted = client->accepted();
    EXPECT_EQ(accepted, Count);
    // And while the deliveries drain into Postfix.
    EXPECT_TRUE(waitFor(
        panel, [&panel]() { return panel.count(MessageStatus::Delivered) == Count; }, 60000))
        << panel.countsText().toStdString();
    ticker.stop();
    clientThread.quit();
    ASSERT_TRUE(clientThread.wait(10000));
    std::cout << "[ measured ] " << Count << " requests and their deliveries in " << clock.elapsed()
              << " ms; the longest gap between two turns of the window's event loop: " << longestGap << " ms\n";
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer runs every allocation and free of the window's thread several times
    // slower; the normal build measures 10-20 ms here, and 100 ms is its bound.
    constexpr qint64 kLongestGapBound = 250;
#else
    constexpr qint64 kLongestGapBound = 100;
#endif
    EXPECT_LT(longestGap, kLongestGapBound);

    panel.stop();
    const QDeadlineTimer stopDeadline(15000);
    while (panel.state() != RelayPanel::State::Idle && !stopDeadline.hasExpired())
        ASSERT_TRUE(states.wait(int(std::max<qint64>(1, stopDeadline.remainingTime()))));
    QSignalSpy removed(store.remove(id), &ProfileJob::finished);
    EXPECT_TRUE(removed.wait(10000));
}

#include "test_relaypanel.moc"

namespace {

// The panel's labels a person sees now that say `words`.
QStringList visibleLabelsSaying(const RelayPanel &panel, const QString &words)
{
    QStringList texts;
    const QList<QLabel *> labels = panel.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->isVisibleTo(&panel) && label->text().contains(words))
            texts.append(label->text());
    }
    return texts;
}

} // namespace

// A relay the profile tells to listen on every address (HOST=0.0.0.0, chosen in the
// profile) runs, and the panel says, visibly and naming the address, that other machines
// can reach it; on loopback it says nothing of the kind.
TEST(RelayPanel, WarnsWhileTheRelayListensBeyondLoopback)
{
    ASSERT_TRUE(PostfixInstance::get().isAvailable()) << PostfixInstance::get().whyUnavailable().toStdString();
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) << "run through scripts/test.sh (keychain)";
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    const QString reachable = QStringLiteral("other machines can reach");
    for (const QString &host : {QStringLiteral("0.0.0.0"), QStringLiteral("127.0.0.1")}) {
        SCOPED_TRACE(host.toStdString());
        const QString id = saveRelayProfile(store, QStringLiteral("relay-bind-") + host, 100, host);
        ASSERT_FALSE(id.isEmpty());
        ASSERT_EQ(store.find(id)->relay.host, host);
        RelayPanel panel(&store);
        panel.show();
        panel.setQueuePath(dir.filePath(QStringLiteral("queue-%1.sqlite").arg(host)));
        panel.setProfile(id);
        QSignalSpy states(&panel, &RelayPanel::stateChanged);
        EXPECT_TRUE(visibleLabelsSaying(panel, reachable).isEmpty()) << "before the start";
        panel.start();
        waitWhileStarting(panel, states);
        ASSERT_EQ(panel.state(), RelayPanel::State::Running) << panel.statusText().toStdString();

        const QStringList warnings = visibleLabelsSaying(panel, reachable);
        if (host == u"0.0.0.0") {
            ASSERT_EQ(warnings.size(), 1) << warnings.join(u'|').toStdString();
            EXPECT_TRUE(warnings.first().contains(host)) << warnings.first().toStdString();
        } else {
            EXPECT_TRUE(warnings.isEmpty()) << warnings.join(u'|').toStdString();
        }

        panel.stop();
        const QDeadlineTimer stopDeadline(15000);
        while (panel.state() != RelayPanel::State::Idle && !stopDeadline.hasExpired())
            ASSERT_TRUE(states.wait(int(std::max<qint64>(1, stopDeadline.remainingTime()))));
        EXPECT_TRUE(visibleLabelsSaying(panel, reachable).isEmpty()) << "after the stop";
        QSignalSpy removed(store.remove(id), &ProfileJob::finished);
        EXPECT_TRUE(removed.wait(10000));
    }
}

// A port another program holds: the panel stays off and says that the port is in use and what
// to change (it said "cannot listen on 127.0.0.1 port N", no reason).
TEST(RelayPanel, ABusyPortIsNamedWithTheFix)
{
    ASSERT_TRUE(PostfixInstance::get().isAvailable()) << PostfixInstance::get().whyUnavailable().toStdString();
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) << "run through scripts/test.sh (keychain)";
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    const QString id = saveRelayProfile(store, QStringLiteral("relay-busy-port"));
    ASSERT_FALSE(id.isEmpty());
    const quint16 port = store.find(id)->relay.port;
    QTcpServer holder;
    ASSERT_TRUE(holder.listen(QHostAddress::LocalHost, port));

    RelayPanel panel(&store);
    QSignalSpy states(&panel, &RelayPanel::stateChanged);
    startOnProfile(panel, states, dir.filePath(QStringLiteral("queue.sqlite")), id);
    EXPECT_EQ(panel.state(), RelayPanel::State::Idle);
    const QString status = panel.statusText();
    EXPECT_TRUE(status.contains(QStringLiteral("Port %1 on 127.0.0.1 is already in use").arg(port))) << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("choose another relay port"))) << status.toStdString();
    QSignalSpy removed(store.remove(id), &ProfileJob::finished);
    EXPECT_TRUE(removed.wait(10000));
}
