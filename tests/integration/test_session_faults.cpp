// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// SmtpSession against the scripted fake server: the faults a real server will not
// produce on demand. Everything a real server does is tested against Postfix instead.
#include "fakesmtpserver.h"
#include "printers.h"
#include "sessionrunner.h"

#include "smtp/sasl.h"
#include "smtp/session.h"
#include "text/errortext.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTcpSocket>

#include <gtest/gtest.h>

using namespace selfmx;
using namespace selfmx::smtp;
using selfmx::test::FakeSmtpServer;
using selfmx::text::Audience;
using selfmx::text::ErrorText;

namespace {

const QString Greeting = QStringLiteral("S: 220 fake.test ESMTP");
const QString Ehlo = QStringLiteral("C: EHLO client.test");

Settings plainSettings(quint16 port, int timeoutMs = 5000)
{
    Settings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.tls = false;
    s.ehloName = QStringLiteral("client.test");
    s.timeout = std::chrono::milliseconds(timeoutMs);
    return s;
}

QStringList ehloReply(QStringList keywords)
{
    QStringList lines;
    lines.append(keywords.isEmpty() ? QStringLiteral("S: 250 fake.test") : QStringLiteral("S: 250-fake.test"));
    for (qsizetype i = 0; i < keywords.size(); ++i)
        lines.append((i + 1 == keywords.size() ? QStringLiteral("S: 250 ") : QStringLiteral("S: 250-")) + keywords[i]);
    return lines;
}

Envelope envelope(QStringList recipients = {QStringLiteral("to@fake.test")})
{
    Envelope e;
    e.from = QStringLiteral("from@fake.test");
    e.recipients = std::move(recipients);
    return e;
}

// A plain transaction's script up to DATA's 354, one reply per command.
QStringList untilData354()
{
    QStringList script = {Greeting, Ehlo};
    script += ehloReply({});
    script += {QStringLiteral("C: MAIL FROM:<from@fake.test>"),
               QStringLiteral("S: 250 ok"),
               QStringLiteral("C: RCPT TO:<to@fake.test>"),
               QStringLiteral("S: 250 ok"),
               QStringLiteral("C: DATA"),
               QStringLiteral("S: 354 go")};
    return script;
}

// Runs a session that sends one message and quits; returns the job (owned by session).
SendJob *sendOne(SmtpSession &session, const QByteArray &content, const Envelope &env = envelope())
{
    SendJob *job = session.send(env, content);
    session.quit();
    return job;
}

} // namespace

TEST(SessionFaults, ReplySplitAcrossPackets)
{
    FakeSmtpServer server({QStringLiteral("R: 220 fake.test"), QStringLiteral("P: 30"), QStringLiteral("R:  ESMTP\\r\\n"), Ehlo,
                           QStringLiteral("R: 250-fake.test\\r\\n250-PIPE"), QStringLiteral("P: 30"),
                           QStringLiteral("R: LINING\\r\\n250 8BITMIME\\r\\n"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye")});
    SmtpSession session(plainSettings(server.port()));
    const auto run = test::runToEnd(session);
    ASSERT_TRUE(run.finished);
    EXPECT_FALSE(session.error().isError()) << session.error().toString().toStdString();
    EXPECT_TRUE(session.capabilities().pipelining);
    EXPECT_TRUE(session.capabilities().eightBitMime);
    EXPECT_TRUE(server.isComplete()) << server.progress().toStdString();
    EXPECT_EQ(run.finishedCount, 1);
}

// With PIPELINING offered: one message's MAIL, RCPT and DATA in one write, their three
// replies in one packet, and its content up to the dot.
QStringList pipelinedUntilTheFirstDot()
{
    QStringList script = {Greeting, Ehlo};
    script += ehloReply({QStringLiteral("PIPELINING")});
    script += {QStringLiteral("C: MAIL FROM:<from@fake.test>"), QStringLiteral("C: RCPT TO:<to@fake.test>"), QStringLiteral("C: DATA"),
               QStringLiteral("R: 250 2.1.0 ok\\r\\n250 2.1.5 ok\\r\\n354 go\\r\\n"), QStringLiteral("D")};
    return script;
}

TEST(SessionFaults, SeveralRepliesInOnePacketWhenPipelining)
{
    QStringList script = pipelinedUntilTheFirstDot();
    script += {QStringLiteral("S: 250 2.0.0 queued as 1"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye")};
    FakeSmtpServer server(script);
    SmtpSession session(plainSettings(server.port()));
    SendJob *job = sendOne(session, "Subject: x\r\n\r\nbody\r\n");
    ASSERT_TRUE(test::runToEnd(session, 20000, false).finished);
    EXPECT_TRUE(job->succeeded()) << job->error().toString().toStdString();
    EXPECT_EQ(server.data(), "Subject: x\r\n\r\nbody\r\n");
    EXPECT_TRUE(server.isComplete()) << server.progress().toStdString();
}

// RFC 2920 §3.1: with PIPELINING, a queued message's MAIL, RCPT and DATA follow the previous
// message's dot in the same write, so each message costs one round trip, not two. The server
// here answers the first dot only after it has read the second message's commands: a client
// that waited for that 250 first would stall at the second MAIL FROM.
QStringList untilTheSecondMessagesCommands()
{
    QStringList script = pipelinedUntilTheFirstDot();
    script += {QStringLiteral("C: MAIL FROM:<from@fake.test>"), QStringLiteral("C: RCPT TO:<second@fake.test>"), QStringLiteral("C: DATA")};
    return script;
}

QStringList twoPipelinedMessages(const QString &firstDotReply)
{
    QStringList script = untilTheSecondMessagesCommands();
    script += {QStringLiteral("R: ") + firstDotReply + QStringLiteral("\\r\\n250 2.1.0 ok\\r\\n250 2.1.5 ok\\r\\n354 go\\r\\n"),
               QStringLiteral("D"), QStringLiteral("S: 250 2.0.0 queued as 2"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye")};
    return script;
}

// Two messages queued before the session opens; the second to second@fake.test.
std::pair<SendJob *, SendJob *> sendTwo(SmtpSession &session)
{
    SendJob *first = session.send(envelope(), QByteArray("Subject: 1\r\n\r\none\r\n"));
    SendJob *second = session.send(envelope({QStringLiteral("second@fake.test")}), QByteArray("Subject: 2\r\n\r\ntwo\r\n"));
    return {first, second};
}

TEST(SessionFaults, TheNextMessageFollowsTheDotWhenPipelining)
{
    FakeSmtpServer server(twoPipelinedMessages(QStringLiteral("250 2.0.0 queued as 1")));
    SmtpSession session(plainSettings(server.port()));
    const auto [first, second] = sendTwo(session);
    session.quit();
    QList<SendJob *> finished;
    for (SendJob *job : {first, second})
        QObject::connect(job, &SendJob::finished, job, [&finished, job]() { finished.append(job); });
    ASSERT_TRUE(test::runToEnd(session, 20000, false).finished) << server.progress().toStdString();
    EXPECT_TRUE(server.isComplete()) << server.progress().toStdString() << server.failure().toStdString();
    EXPECT_TRUE(first->succeeded()) << first->error().toString().toStdString();
    EXPECT_TRUE(second->succeeded()) << second->error().toString().toStdString();
    EXPECT_EQ(first->dataReply().text(), QStringLiteral("250 2.0.0 queued as 1"));
    EXPECT_EQ(second->dataReply().text(), QStringLiteral("250 2.0.0 queued as 2"));
    EXPECT_EQ(finished, (QList<SendJob *>{first, second})); // in the order of their replies
    EXPECT_EQ(server.data(), "Subject: 2\r\n\r\ntwo\r\n");
}

// The first message refused at its dot: it fails with the server's words, and the second,
// whose commands were already on their way, is delivered.
TEST(SessionFaults, ARefusedDotLeavesThePipelinedMessageBehindItAlone)
{
    FakeSmtpServer server(twoPipelinedMessages(QStringLiteral("554 5.7.1 spam")));
    SmtpSession session(plainSettings(server.port()));
    const auto [first, second] = sendTwo(session);
    session.quit();
    ASSERT_TRUE(test::runToEnd(session, 20000, false).finished) << server.progress().toStdString();
    EXPECT_TRUE(server.isComplete()) << server.progress().toStdString() << server.failure().toStdString();
    EXPECT_FALSE(first->succeeded());
    EXPECT_EQ(first->error().code, QStringLiteral("data.message_rejected"));
    EXPECT_EQ(first->error().reply.code, 554);
    EXPECT_TRUE(second->succeeded()) << second->error().toString().toStdString();
}

// The connection lost after the first dot, with the second message's commands sent: neither
// outcome is known, so both fail with the session's error (and the relay tries them again),
// the first not counted as delivered.
TEST(SessionFaults, ADropAfterThePipelinedDotFailsBothMessages)
{
    QStringList script = untilTheSecondMessagesCommands();
    script += QStringLiteral("X");
    FakeSmtpServer server(script);
    SmtpSession session(plainSettings(server.port()));
    const auto [first, second] = sendTwo(session);
    SendJob *third = session.send(envelope({QStringLiteral("third@fake.test")}), QByteArray("Subject: 3\r\n\r\nthree\r\n"));
    session.quit();
    const auto run = test::runToEnd(session, 20000, false);
    ASSERT_TRUE(run.finished);
    EXPECT_TRUE(server.isComplete()) << server.progress().toStdString() << server.failure().toStdString();
    for (SendJob *job : {first, second, third}) {
        EXPECT_TRUE(job->isFinished());
        EXPECT_FALSE(job->succeeded());
        EXPECT_EQ(job->error().category, ErrorCategory::Network) << job->error().toString().toStdString();
    }
    EXPECT_EQ(first->error().stage, Stage::Data);
    EXPECT_EQ(run.finishedCount, 1);
    // The first message's data left: its outcome is unknown, the failure is its own. The
    // second had only its commands sent and the third nothing: they failed on its account.
    EXPECT_FALSE(first->failedWithAnEarlierMessage());
    EXPECT_TRUE(second->failedWithAnEarlierMessage());
    EXPECT_TRUE(third->failedWithAnEarlierMessage());
}

// No reply to a dot with the next message's commands behind it: SMTP_TIMEOUT names the
// dot's reply as what was awaited (the Data stage), the first message takes the timeout as
// its own, the second failed on its account.
TEST(SessionFaults, ATimeoutAfterThePipelinedDotNamesTheDotsReply)
{
    QStringList script = untilTheSecondMessagesCommands();
    FakeSmtpServer server(script); // then silence
    SmtpSession session(plainSettings(server.port(), 700));
    const auto [first, second] = sendTwo(session);
    session.quit();
    ASSERT_TRUE(test::runToEnd(session, 20000, false).finished);
    EXPECT_TRUE(server.isComplete()) << server.progress().toStdString() << server.failure().toStdString();
    EXPECT_EQ(first->error().code, QStringLiteral("session.timeout")) << first->error().toString().toStdString();
    EXPECT_EQ(first->error().stage, Stage::Data);
    EXPECT_EQ(first->error().parameters.value(QStringLiteral("waitingFor")).toString(), QStringLiteral("AwaitingDataEnd250"));
    EXPECT_FALSE(first->failedWithAnEarlierMessage());
    EXPECT_TRUE(second->failedWithAnEarlierMessage());
}

// A drop before any transaction: the first message takes the session's error as its own
// (so a server that always drops still costs attempts), the others failed on its account.
TEST(SessionFaults, ADropBeforeAnyTransactionIsTheFirstMessagesFailure)
{
    FakeSmtpServer server({Greeting, Ehlo, QStringLiteral("X")});
    SmtpSession session(plainSettings(server.port()));
    SendJob *first = session.send(envelope(), QByteArray("Subject: 1\r\n\r\none\r\n"));
    SendJob *second = session.send(envelope(), QByteArray("Subject: 2\r\n\r\ntwo\r\n"));
    session.quit();
    ASSERT_TRUE(test::runToEnd(session, 20000, false).finished);
    EXPECT_FALSE(first->succeeded());
    EXPECT_FALSE(second->succeeded());
    EXPECT_FALSE(first->failedWithAnEarlierMessage());
    EXPECT_TRUE(second->failedWithAnEarlierMessage());
}

// The message queued behind a dot refused before a single command (here an envelope address
// that could smuggle a command): the dot's reply is still awaited, QUIT follows it in order,
// and the first message's outcome is its reply.
TEST(SessionFaults, AMessageRefusedBehindTheDotLeavesTheDotsReplyAwaited)
{
    QStringList script = pipelinedUntilTheFirstDot();
    script += {QStringLiteral("C: QUIT"), QStringLiteral("R: 250 2.0.0 queued as 1\\r\\n221 bye\\r\\n")};
    FakeSmtpServer server(script);
    SmtpSession session(plainSettings(server.port()));
    SendJob *first = session.send(envelope(), QByteArray("Subject: 1\r\n\r\none\r\n"));
    SendJob *refused = session.send(envelope({QStringLiteral("to@fake.test>\r\nRSET")}), QByteArray("Subject: 2\r\n\r\ntwo\r\n"));
    // As a sender that quits once its last message is done: from the refused one's finished().
    QObject::connect(refused, &SendJob::finished, &session, &SmtpSession::quit);
    const auto run = test::runToEnd(session, 20000, false);
    ASSERT_TRUE(run.finished);
    EXPECT_TRUE(server.isComplete()) << server.progress().toStdString() << server.failure().toStdString();
    EXPECT_FALSE(session.error().isError()) << session.error().toString().toStdString();
    EXPECT_TRUE(first->succeeded()) << first->error().toString().toStdString();
    EXPECT_EQ(first->dataReply().code, 250);
    EXPECT_EQ(refused->error().code, QStringLiteral("recipient.unsafe_address"));
    EXPECT_EQ(run.finishedCount, 1);
    const QList<TranscriptEntry> &lines = session.transcript().entries();
    EXPECT_EQ(std::count_if(lines.cbegin(), lines.cend(),
                            [](const TranscriptEntry &e) { return e.direction == Direction::Client && e.line == "QUIT"; }),
              1); // once, though quit() came while the queue was being taken
}

TEST(SessionFaults, DropMidData)
{
    QStringList script = untilData354();
    script += {QStringLiteral("W: 1000"), QStringLiteral("X")};
    FakeSmtpServer server(script);
    SmtpSession session(plainSettings(server.port()));
    SendJob *job = sendOne(session, QByteArray(4 * 1024 * 1024, 'a'));
    const auto run = test::runToEnd(session, 20000, false);
    ASSERT_TRUE(run.finished);
    EXPECT_TRUE(job->isFinished());
    EXPECT_FALSE(job->succeeded());
    EXPECT_EQ(job->error().stage, Stage::Data);
    EXPECT_EQ(job->error().category, ErrorCategory::Network);
    EXPECT_TRUE(server.isComplete()) << server.progress().toStdString();
    EXPECT_EQ(run.finishedCount, 1);
}

// Issue 11, item 1: DATA is bounded by progress, not by its total time. A server that
// stops reading mid-DATA fails the transfer about SMTP_TIMEOUT after the last progress...
TEST(SessionFaults, DataThatStopsMovingFailsAtTheTimeout)
{
    QStringList script = untilData354();
    script += {QStringLiteral("H")};
    FakeSmtpServer server(script);
    SmtpSession session(plainSettings(server.port(), 1000));
    // Larger than what loopback's socket buffers take in, so the writes stall.
    SendJob *job = sendOne(session, QByteArray(64 * 1024 * 1024, 'a'));
    QElapsedTimer clock;
    clock.start();
    const auto run = test::runToEnd(session, 20000, false);
    ASSERT_TRUE(run.finished) << server.progress().toStdString();
    EXPECT_FALSE(job->succeeded());
    EXPECT_EQ(job->error().stage, Stage::Data) << job->error().toString().toStdString();
    EXPECT_EQ(job->error().category, ErrorCategory::Timeout) << job->error().toString().toStdString();
    EXPECT_LT(clock.elapsed(), 10000) << "the stalled transfer was not cut off near SMTP_TIMEOUT";
}

// ...while a slow but steady one outlasts SMTP_TIMEOUT many times over and succeeds.
TEST(SessionFaults, SlowButSteadyDataOutlastsTheTimeout)
{
    QStringList script = untilData354();
    script += {QStringLiteral("T: 262144"), // read 2.5 MiB/s
               QStringLiteral("D"), QStringLiteral("S: 250 2.0.0 queued"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye")};
    FakeSmtpServer server(script);
    // 2 s: the transfer takes over 6 s. After the last byte the server still reads what its
    // buffers hold (up to 0.3 s at this rate) before it replies; at 0.5 s that failed in a
    // loaded sanitizer run, where the reader's timer runs late.
    SmtpSession session(plainSettings(server.port(), 2000));
    const QByteArray content = QByteArray(16 * 1024 * 1024, 'a') + "\r\n";
    SendJob *job = sendOne(session, content);
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(test::runToEnd(session, 60000, false).finished) << server.progress().toStdString();
    EXPECT_TRUE(job->succeeded()) << job->error().toString().toStdString();
    EXPECT_GT(clock.elapsed(), 4000) << "the reader was not slow: the test proves nothing";
    EXPECT_EQ(server.data().size(), content.size());
    EXPECT_TRUE(server.isComplete()) << server.progress().toStdString();
}

TEST(SessionFaults, SilentServerFailsAtTheTimeout)
{
    FakeSmtpServer server({}); // accepts, then says nothing
    SmtpSession session(plainSettings(server.port(), 500));
    const auto run = test::runToEnd(session);
    ASSERT_TRUE(run.finished);
    EXPECT_EQ(session.error().stage, Stage::Greeting);
    EXPECT_EQ(session.error().category, ErrorCategory::Timeout);
    EXPECT_EQ(session.error().code, QStringLiteral("greeting.timeout"));
    EXPECT_TRUE(ErrorText::describe(session.error(), Audience::CommandLine).contains(QStringLiteral("SMTP_TLS_MODE=implicit")))
        << "the hint names the likely TLS mismatch";
    EXPECT_LT(run.elapsedMs, 500 + 1000);
    EXPECT_GE(run.elapsedMs, 450);
}

TEST(SessionFaults, SilenceAfterACommandFailsAtTheTimeout)
{
    FakeSmtpServer server({Greeting, Ehlo}); // never answers EHLO
    SmtpSession session(plainSettings(server.port(), 500));
    const auto run = test::runToEnd(session);
    ASSERT_TRUE(run.finished);
    EXPECT_EQ(session.error().stage, Stage::Ehlo);
    EXPECT_EQ(session.error().category, ErrorCategory::Timeout);
    EXPECT_LT(run.elapsedMs, 1500);
}

// Issue 11, item 1: a server that trickles a byte every 200 ms must not keep the session
// alive; SMTP_TIMEOUT bounds the whole reply, not the gap between two bytes.
TEST(SessionFaults, TricklingServerFailsAtTheTimeoutOfTheReply)
{
    QStringList script;
    for (const char byte : QByteArrayLiteral("220 trickle.test ESMTP\r\n")) {
        script.append(QStringLiteral("R: ")
                      + (byte == '\r'   ? QStringLiteral("\\r")
                         : byte == '\n' ? QStringLiteral("\\n")
                                        : QString(QChar::fromLatin1(byte))));
        script.append(QStringLiteral("P: 200"));
    }
    FakeSmtpServer server(script);
    SmtpSession session(plainSettings(server.port(), 1000));
    const auto run = test::runToEnd(session);
    ASSERT_TRUE(run.finished);
    EXPECT_EQ(session.error().stage, Stage::Greeting);
    EXPECT_EQ(session.error().category, ErrorCategory::Timeout);
    EXPECT_GE(run.elapsedMs, 900);
    EXPECT_LT(run.elapsedMs, 1800) << "the timer restarted on each byte";
}

// Pipelined replies each get SMTP_TIMEOUT: a slow but steady server is not cut off.
TEST(SessionFaults, EachPipelinedReplyGetsItsOwnTimeout)
{
    QStringList script = {Greeting, Ehlo};
    script += ehloReply({QStringLiteral("PIPELINING")});
    script += {QStringLiteral("C: MAIL FROM:<from@fake.test>"),
               QStringLiteral("C: RCPT TO:<to@fake.test>"),
               QStringLiteral("C: DATA"),
               QStringLiteral("P: 400"),
               QStringLiteral("S: 250 2.1.0 ok"),
               QStringLiteral("P: 400"),
               QStringLiteral("S: 250 2.1.5 ok"),
               QStringLiteral("P: 400"),
               QStringLiteral("S: 354 go"),
               QStringLiteral("D"),
               QStringLiteral("S: 250 2.0.0 queued as 1"),
               QStringLiteral("C: QUIT"),
               QStringLiteral("S: 221 bye")};
    FakeSmtpServer server(script);
    SmtpSession session(plainSettings(server.port(), 700));
    SendJob *job = sendOne(session, "Subject: x\r\n\r\nbody\r\n");
    ASSERT_TRUE(test::runToEnd(session, 20000, false).finished);
    EXPECT_TRUE(job->succeeded()) << job->error().toString().toStdString();
    EXPECT_TRUE(server.isComplete()) << server.progress().toStdString();
}

// Issue 11, item 9: SMTP_HOST='[::1]' passed validation and then "did not resolve".
TEST(SessionFaults, BracketedAddressLiteralConnects)
{
    QStringList script = {Greeting, Ehlo};
    script += ehloReply({});
    script += {QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye")};
    FakeSmtpServer server(script);
    Settings s = plainSettings(server.port());
    s.host = QStringLiteral("[127.0.0.1]");
    SmtpSession session(s);
    ASSERT_TRUE(test::runToEnd(session).finished);
    EXPECT_FALSE(session.error().isError()) << session.error().toString().toStdString();
    EXPECT_TRUE(server.isComplete()) << server.progress().toStdString();
    Settings v6;
    v6.host = QStringLiteral("[::1]");
    EXPECT_EQ(v6.connectHost(), QStringLiteral("::1"));
    v6.host = QStringLiteral("[mail.example.test]");
    EXPECT_EQ(v6.connectHost(), QStringLiteral("[mail.example.test]"));
}

TEST(SessionFaults, GarbageIsAProtocolError)
{
    FakeSmtpServer server({QStringLiteral("S: SSH-2.0-OpenSSH_9.2")});
    SmtpSession session(plainSettings(server.port()));
    ASSERT_TRUE(test::runToEnd(session).finished);
    EXPECT_EQ(session.error().stage, Stage::Greeting);
    EXPECT_EQ(session.error().category, ErrorCategory::Protocol);
    EXPECT_EQ(session.error().code, QStringLiteral("session.protocol_error"));
    EXPECT_TRUE(session.error().detail.contains(QStringLiteral("SSH-2.0")));
    EXPECT_TRUE(ErrorText::describe(session.error(), Audience::CommandLine).contains(QStringLiteral("SSH-2.0")));
}

TEST(SessionFaults, TwoThousandCharacterLinesAreAccepted)
{
    const QString longText = QString(2000, u'x');
    QStringList script = {QStringLiteral("S: 220-") + longText, Greeting, Ehlo};
    script += ehloReply({QStringLiteral("X-LONG ") + longText});
    script += {QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye")};
    FakeSmtpServer server(script);
    SmtpSession session(plainSettings(server.port()));
    ASSERT_TRUE(test::runToEnd(session).finished);
    EXPECT_FALSE(session.error().isError()) << session.error().toString().toStdString();
    EXPECT_TRUE(server.isComplete()) << server.progress().toStdString();
}

TEST(SessionFaults, EndlessLineIsAProtocolErrorNotUnboundedMemory)
{
    FakeSmtpServer server({QStringLiteral("R: 220 ") + QString(ReplyParser::MaxLineLength + 100, u'y')});
    SmtpSession session(plainSettings(server.port()));
    ASSERT_TRUE(test::runToEnd(session).finished);
    EXPECT_EQ(session.error().category, ErrorCategory::Protocol);
}

// A 421 at each stage ends the session with that stage and the server's words.
struct Stage421 {
    const char *name;
    int commandsBefore; // how many script steps of the happy path come before the 421
    Stage stage;
};

class SessionFaults421 : public ::testing::TestWithParam<Stage421>
{
};

TEST_P(SessionFaults421, EndsWithThatStage)
{
    // The happy path, as pairs of (client line, server reply).
    const QList<QPair<QString, QString>> path = {
        {QString(), QString()}, // greeting
        {Ehlo, QStringLiteral("S: 250 fake.test")},
        {QStringLiteral("C: MAIL FROM:<from@fake.test>"), QStringLiteral("S: 250 ok")},
        {QStringLiteral("C: RCPT TO:<to@fake.test>"), QStringLiteral("S: 250 ok")},
        {QStringLiteral("C: DATA"), QStringLiteral("S: 354 go")},
        {QStringLiteral("D"), QStringLiteral("S: 250 queued")},
    };
    QStringList script;
    const int until = GetParam().commandsBefore;
    for (int i = 0; i <= until; ++i) {
        if (!path[i].first.isEmpty())
            script.append(path[i].first);
        if (i < until)
            script.append(i == 0 ? Greeting : path[i].second);
    }
    script.append(QStringLiteral("S: 421 4.3.2 fake.test shutting down"));
    script.append(QStringLiteral("X"));
    FakeSmtpServer server(script);
    SmtpSession session(plainSettings(server.port()));
    SendJob *job = sendOne(session, "hello\r\n");
    ASSERT_TRUE(test::runToEnd(session, 20000, false).finished);
    const Error &error = session.error();
    EXPECT_EQ(error.stage, GetParam().stage) << error.toString().toStdString();
    EXPECT_EQ(error.category, ErrorCategory::ServiceUnavailable);
    EXPECT_EQ(error.reply.code, 421);
    EXPECT_TRUE(error.toString().contains(QStringLiteral("shutting down")));
    EXPECT_TRUE(job->isFinished());
    EXPECT_FALSE(job->succeeded());
    EXPECT_TRUE(server.isComplete()) << server.progress().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Table, SessionFaults421,
                         ::testing::Values(Stage421{"greeting", 0, Stage::Greeting}, Stage421{"ehlo", 1, Stage::Ehlo},
                                           Stage421{"mailFrom", 2, Stage::Sender}, Stage421{"rcptTo", 3, Stage::Recipient},
                                           Stage421{"data", 4, Stage::Data}, Stage421{"endOfData", 5, Stage::Data}),
                         [](const auto &p) { return std::string(p.param.name); });

TEST(SessionFaults, Greeting554IsServiceUnavailable)
{
    FakeSmtpServer server({QStringLiteral("S: 554 5.7.1 no SMTP service here"), QStringLiteral("X")});
    SmtpSession session(plainSettings(server.port()));
    ASSERT_TRUE(test::runToEnd(session).finished);
    EXPECT_EQ(session.error().stage, Stage::Greeting);
    EXPECT_EQ(session.error().category, ErrorCategory::ServiceUnavailable);
    EXPECT_EQ(session.error().reply.code, 554);
}

TEST(SessionFaults, HeloFallbackWhenEhloIsUnknown)
{
    FakeSmtpServer server({Greeting, Ehlo, QStringLiteral("S: 502 5.5.2 command not recognized"), QStringLiteral("C: HELO client.test"),
                           QStringLiteral("S: 250 fake.test"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye")});
    SmtpSession session(plainSettings(server.port()));
    ASSERT_TRUE(test::runToEnd(session).finished);
    EXPECT_FALSE(session.error().isError()) << session.error().toString().toStdString();
    EXPECT_FALSE(session.capabilities().esmtp);
    EXPECT_TRUE(server.isComplete()) << server.progress().toStdString();
}

TEST(SessionFaults, StartTlsRequiredButNotOfferedSendsNothingMore)
{
    QStringList script = {Greeting, Ehlo};
    script += ehloReply({QStringLiteral("AUTH PLAIN LOGIN")});
    FakeSmtpServer server(script);
    Settings settings = plainSettings(server.port());
    settings.tls = true; // port is not 465: STARTTLS, required
    settings.username = QStringLiteral("user");
    settings.password = QStringLiteral("secret");
    SmtpSession session(settings);
    QSignalSpy gone(&server, &FakeSmtpServer::clientGone);
    ASSERT_TRUE(test::runToEnd(session).finished);
    EXPECT_EQ(session.error().stage, Stage::Tls);
    EXPECT_EQ(session.error().category, ErrorCategory::TlsRequired);
    ASSERT_TRUE(gone.count() > 0 || gone.wait(2000));
    // The client said EHLO and nothing else: no AUTH, no MAIL in plaintext.
    EXPECT_EQ(server.receivedLines(), QList<QByteArray>{"EHLO client.test"});
}

TEST(SessionFaults, DataInjectedAfterStartTlsReplyIsRefused)
{
    QStringList script = {Greeting, Ehlo};
    script += ehloReply({QStringLiteral("STARTTLS")});
    script += {QStringLiteral("C: STARTTLS"), QStringLiteral("R: 220 go ahead\\r\\n250 injected\\r\\n")};
    FakeSmtpServer server(script);
    Settings settings = plainSettings(server.port());
    settings.tls = true;
    SmtpSession session(settings);
    ASSERT_TRUE(test::runToEnd(session).finished);
    EXPECT_EQ(session.error().stage, Stage::Tls);
    EXPECT_EQ(session.error().category, ErrorCategory::Protocol);
}

TEST(SessionFaults, PartialAcceptIsReportedPerRecipient)
{
    QStringList script = {Greeting, Ehlo};
    script += ehloReply({});
    script += {QStringLiteral("C: MAIL FROM:<from@fake.test>"),
               QStringLiteral("S: 250 ok"),
               QStringLiteral("C: RCPT TO:<a@fake.test>"),
               QStringLiteral("S: 250 ok"),
               QStringLiteral("C: RCPT TO:<b@fake.test>"),
               QStringLiteral("S: 550 5.1.1 no such user b"),
               QStringLiteral("C: RCPT TO:<c@fake.test>"),
               QStringLiteral("S: 250 ok"),
               QStringLiteral("C: DATA"),
               QStringLiteral("S: 354 go"),
               QStringLiteral("D"),
               QStringLiteral("S: 250 queued"),
               QStringLiteral("C: QUIT"),
               QStringLiteral("S: 221 bye")};
    FakeSmtpServer server(script);
    SmtpSession session(plainSettings(server.port()));
    SendJob *job =
        sendOne(session, "x\r\n", envelope({QStringLiteral("a@fake.test"), QStringLiteral("b@fake.test"), QStringLiteral("c@fake.test")}));
    ASSERT_TRUE(test::runToEnd(session, 20000, false).finished);
    EXPECT_TRUE(job->succeeded());
    EXPECT_TRUE(job->isPartial());
    ASSERT_EQ(job->recipientResults().size(), 3);
    EXPECT_TRUE(job->recipientResults()[0].accepted());
    EXPECT_FALSE(job->recipientResults()[1].accepted());
    EXPECT_EQ(job->recipientResults()[1].reply.enhanced.toString(), QStringLiteral("5.1.1"));
    EXPECT_TRUE(job->recipientResults()[2].accepted());
    EXPECT_TRUE(server.isComplete()) << server.progress().toStdString();
}

TEST(SessionFaults, DotStuffingOnTheWire)
{
    QStringList script = untilData354();
    script += {QStringLiteral("D"), QStringLiteral("S: 250 queued"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye")};
    FakeSmtpServer server(script);
    SmtpSession session(plainSettings(server.port()));
    SendJob *job = sendOne(session, ".first\nsecond\n.\n..third");
    ASSERT_TRUE(test::runToEnd(session, 20000, false).finished);
    EXPECT_TRUE(job->succeeded()) << job->error().toString().toStdString();
    EXPECT_EQ(server.data(), "..first\r\nsecond\r\n..\r\n...third\r\n");
}

TEST(SessionFaults, SeveralMessagesOneConnectionWithRsetAfterARefusal)
{
    QStringList script = {Greeting, Ehlo};
    script += ehloReply({QStringLiteral("SIZE 100000")});
    script += {QStringLiteral("C: MAIL FROM:<from@fake.test> SIZE=4"),
               QStringLiteral("S: 550 5.7.1 sender refused"),
               QStringLiteral("C: RSET"),
               QStringLiteral("S: 250 ok"),
               QStringLiteral("C: MAIL FROM:<from@fake.test> SIZE=4"),
               QStringLiteral("S: 250 ok"),
               QStringLiteral("C: RCPT TO:<to@fake.test>"),
               QStringLiteral("S: 250 ok"),
               QStringLiteral("C: DATA"),
               QStringLiteral("S: 354 go"),
               QStringLiteral("D"),
               QStringLiteral("S: 250 queued"),
               QStringLiteral("C: QUIT"),
               QStringLiteral("S: 221 bye")};
    FakeSmtpServer server(script);
    SmtpSession session(plainSettings(server.port()));
    SendJob *first = session.send(envelope(), QByteArray("one\n"));
    SendJob *second = session.send(envelope(), QByteArray("two\n"));
    session.quit();
    ASSERT_TRUE(test::runToEnd(session, 20000, false).finished);
    EXPECT_EQ(first->error().stage, Stage::Sender);
    EXPECT_EQ(first->error().category, ErrorCategory::Rejected);
    EXPECT_TRUE(second->succeeded()) << second->error().toString().toStdString();
    EXPECT_FALSE(session.error().isError());
    EXPECT_TRUE(server.isComplete()) << server.progress().toStdString();
}

TEST(SessionFaults, TooLargeForTheServersSizeIsRefusedBeforeMailFrom)
{
    QStringList script = {Greeting, Ehlo};
    script += ehloReply({QStringLiteral("SIZE 1000")});
    script += {QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye")};
    FakeSmtpServer server(script);
    SmtpSession session(plainSettings(server.port()));
    SendJob *job = sendOne(session, QByteArray(5000, 'a'));
    ASSERT_TRUE(test::runToEnd(session, 20000, false).finished);
    EXPECT_EQ(job->error().category, ErrorCategory::MessageTooLarge);
    EXPECT_EQ(job->error().code, QStringLiteral("sender.too_large"));
    EXPECT_EQ(job->error().parameters.value(QStringLiteral("size")).toLongLong(), 5000);
    EXPECT_EQ(job->error().parameters.value(QStringLiteral("maxSize")).toLongLong(), 1000);
    const QString text = ErrorText::describe(job->error(), Audience::CommandLine);
    EXPECT_TRUE(text.contains(QStringLiteral("5000"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1000"))) << text.toStdString();
    EXPECT_TRUE(server.isComplete()) << server.progress().toStdString();
}

TEST(SessionFaults, CancelWhileWaitingForTheGreeting)
{
    FakeSmtpServer server({});
    SmtpSession session(plainSettings(server.port(), 10000));
    QSignalSpy finished(&session, &SmtpSession::finished);
    QObject::connect(&session, &SmtpSession::stateChanged, &session, [&session](SmtpSession::State state) {
        if (state == SmtpSession::State::AwaitingGreeting220)
            session.abort();
    });
    session.open();
    ASSERT_TRUE(finished.wait(5000));
    QCoreApplication::processEvents();
    EXPECT_EQ(finished.count(), 1);
    EXPECT_EQ(session.error().category, ErrorCategory::Cancelled);
    EXPECT_EQ(session.error().stage, Stage::Greeting);
}

TEST(SessionFaults, OpenNeverCompletesSynchronously)
{
    Settings settings = plainSettings(1);
    settings.host.clear(); // fails at once, but only through the event loop
    SmtpSession session(settings);
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.open();
    EXPECT_EQ(finished.count(), 0);
    ASSERT_TRUE(finished.wait(2000));
    EXPECT_EQ(session.error().category, ErrorCategory::Config);
}

// --- Redaction: the password never reaches the transcript or any log ---------------------

namespace {

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

struct AuthCase {
    const char *name;
    AuthMechanism mechanism;
};

class SessionRedaction : public ::testing::TestWithParam<AuthCase>
{
};

} // namespace

TEST_P(SessionRedaction, PasswordAppearsNowhere)
{
    const QString user = QStringLiteral("jörg@fake.test");
    const QString password = QStringLiteral("pässwörd with spaces");
    const QByteArray challenge = QByteArray("<123.456@fake.test>").toBase64();
    QStringList script = {Greeting, Ehlo};
    script += ehloReply({QStringLiteral("AUTH PLAIN LOGIN CRAM-MD5")});
    switch (GetParam().mechanism) {
    case AuthMechanism::Plain:
        script += {QStringLiteral("C: AUTH PLAIN ") + QString::fromLatin1(sasl::plainInitialResponse(user, password)),
                   QStringLiteral("S: 235 2.7.0 ok")};
        break;
    case AuthMechanism::Login:
        script += {QStringLiteral("C: AUTH LOGIN"),
                   QStringLiteral("S: 334 VXNlcm5hbWU6"),
                   QStringLiteral("C: ") + QString::fromLatin1(sasl::loginResponse(user)),
                   QStringLiteral("S: 334 UGFzc3dvcmQ6"),
                   QStringLiteral("C: ") + QString::fromLatin1(sasl::loginResponse(password)),
                   QStringLiteral("S: 235 2.7.0 ok")};
        break;
    default:
        script += {QStringLiteral("C: AUTH CRAM-MD5"), QStringLiteral("S: 334 ") + QString::fromLatin1(challenge),
                   QStringLiteral("C: ") + QString::fromLatin1(sasl::cramMd5Response(user, password, challenge)),
                   QStringLiteral("S: 235 2.7.0 ok")};
        break;
    }
    script += {QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye")};
    FakeSmtpServer server(script);

    Settings settings = plainSettings(server.port()); // loopback: plaintext AUTH allowed
    settings.username = user;
    settings.password = password;
    settings.authMechanism = GetParam().mechanism;

    g_log.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("selfmx.*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    SmtpSession session(settings);
    const auto run = test::runToEnd(session);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    ASSERT_TRUE(run.finished);
    EXPECT_FALSE(session.error().isError()) << session.error().toString().toStdString();
    EXPECT_TRUE(server.isComplete()) << server.progress().toStdString();
    EXPECT_FALSE(g_log.isEmpty()) << "the debug log was captured";

    const QString everything = session.transcript().toString() + g_log.join(u'\n');
    const QStringList secrets = {
        password, QString::fromLatin1(password.toUtf8().toBase64()), QString::fromLatin1(sasl::plainInitialResponse(user, password)),
        QString::fromLatin1(sasl::loginResponse(user)), QString::fromLatin1(sasl::cramMd5Response(user, password, challenge))};
    for (const QString &secret : secrets)
        EXPECT_FALSE(everything.contains(secret)) << "found " << secret.toStdString();
    EXPECT_TRUE(everything.contains(QStringLiteral("redacted")));
}

INSTANTIATE_TEST_SUITE_P(Mechanisms, SessionRedaction,
                         ::testing::Values(AuthCase{"plain", AuthMechanism::Plain}, AuthCase{"login", AuthMechanism::Login},
                                           AuthCase{"cramMd5", AuthMechanism::CramMd5}),
                         [](const auto &p) { return std::string(p.param.name); });

TEST(SessionFaults, Utf8AddressWithoutSmtpUtf8FailsBeforeMailFrom)
{
    QStringList script = {Greeting, Ehlo};
    script += ehloReply({QStringLiteral("8BITMIME")}); // no SMTPUTF8
    script += {QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye")};
    FakeSmtpServer server(script);
    SmtpSession session(plainSettings(server.port()));
    SendJob *job = sendOne(session, "x\r\n", envelope({QStringLiteral("jörg@fake.test")}));
    ASSERT_TRUE(test::runToEnd(session, 20000, false).finished);
    EXPECT_EQ(job->error().category, ErrorCategory::Unsupported);
    EXPECT_EQ(job->error().code, QStringLiteral("sender.smtputf8_not_offered"));
    EXPECT_TRUE(ErrorText::describe(job->error(), Audience::CommandLine).contains(QStringLiteral("SMTPUTF8")));
    EXPECT_TRUE(server.isComplete()) << server.progress().toStdString(); // EHLO, then straight to QUIT
}

// --- The transaction's status, apart from the connection's state -------------------------

namespace {

struct StatusCase {
    const char *name;
    bool pipelining;
    QStringList transaction; // the script between EHLO and QUIT
    QList<SendJob::Status> statuses;
    bool succeeded;
};

class SessionTransactionStatus : public ::testing::TestWithParam<StatusCase>
{
};

} // namespace

TEST_P(SessionTransactionStatus, FollowsTheRepliesAwaited)
{
    using S = SendJob::Status;
    QStringList script = {Greeting, Ehlo};
    script += ehloReply(GetParam().pipelining ? QStringList{QStringLiteral("PIPELINING")} : QStringList{});
    script += GetParam().transaction;
    script += {QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye")};
    FakeSmtpServer server(script);
    SmtpSession session(plainSettings(server.port()));
    SendJob *job = sendOne(session, "Subject: x\r\n\r\nbody\r\n");
    EXPECT_EQ(job->status(), S::Queued);

    QList<S> statuses;
    QList<S> statusesAtFinish;
    QObject::connect(job, &SendJob::statusChanged, job, [&statuses](S status) { statuses.append(status); });
    QObject::connect(job, &SendJob::finished, job, [&statuses, &statusesAtFinish]() { statusesAtFinish = statuses; });
    QList<SmtpSession::State> states;
    QObject::connect(&session, &SmtpSession::stateChanged, &session, [&states](SmtpSession::State state) { states.append(state); });
    QList<Stage> stages;
    QObject::connect(&session, &SmtpSession::stageChanged, &session, [&stages](Stage stage) { stages.append(stage); });

    ASSERT_TRUE(test::runToEnd(session, 20000, false).finished);
    EXPECT_TRUE(server.isComplete()) << server.progress().toStdString();
    EXPECT_EQ(job->succeeded(), GetParam().succeeded) << job->error().toString().toStdString();
    EXPECT_EQ(statuses, GetParam().statuses);
    EXPECT_EQ(statusesAtFinish.value(statusesAtFinish.size() - 1), S::Done) << "Done comes before finished()";
    EXPECT_EQ(job->status(), S::Done);
    // The connection's state says only that a transaction runs, then that it is over.
    const auto in = states.indexOf(SmtpSession::State::InTransaction);
    ASSERT_GE(in, 0);
    EXPECT_EQ(states.value(in - 1), SmtpSession::State::Ready);
    EXPECT_EQ(states.value(in + 1), SmtpSession::State::Ready);
    EXPECT_EQ(states.value(in + 2), SmtpSession::State::AwaitingQuit221);
    // stageChanged() follows the transaction too (sender, recipient, data).
    EXPECT_EQ(stages.contains(Stage::Recipient), statuses.contains(S::AwaitingRcptTo250));
    EXPECT_EQ(stages.contains(Stage::Data), statuses.contains(S::AwaitingData354));
}

INSTANTIATE_TEST_SUITE_P(
    Table, SessionTransactionStatus,
    ::testing::Values(
        StatusCase{"pipelinedSend",
                   true,
                   {QStringLiteral("C: MAIL FROM:<from@fake.test>"), QStringLiteral("C: RCPT TO:<to@fake.test>"), QStringLiteral("C: DATA"),
                    QStringLiteral("R: 250 2.1.0 ok\\r\\n250 2.1.5 ok\\r\\n354 go\\r\\n"), QStringLiteral("D"),
                    QStringLiteral("S: 250 2.0.0 queued")},
                   {SendJob::Status::AwaitingMailFrom250, SendJob::Status::AwaitingRcptTo250, SendJob::Status::AwaitingData354,
                    SendJob::Status::SendingData, SendJob::Status::AwaitingDataEnd250, SendJob::Status::Done},
                   true},
        StatusCase{"pipelinedEveryRecipientRefused",
                   true,
                   {QStringLiteral("C: MAIL FROM:<from@fake.test>"), QStringLiteral("C: RCPT TO:<to@fake.test>"), QStringLiteral("C: DATA"),
                    QStringLiteral("R: 250 2.1.0 ok\\r\\n550 5.1.1 no such user\\r\\n554 5.5.1 no valid recipients\\r\\n"),
                    QStringLiteral("C: RSET"), QStringLiteral("S: 250 ok")},
                   {SendJob::Status::AwaitingMailFrom250, SendJob::Status::AwaitingRcptTo250, SendJob::Status::AwaitingData354,
                    SendJob::Status::AwaitingRset250, SendJob::Status::Done},
                   false},
        StatusCase{"oneCommandAtATime",
                   false,
                   {QStringLiteral("C: MAIL FROM:<from@fake.test>"), QStringLiteral("S: 250 ok"),
                    QStringLiteral("C: RCPT TO:<to@fake.test>"), QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"),
                    QStringLiteral("S: 354 go"), QStringLiteral("D"), QStringLiteral("S: 250 queued")},
                   {SendJob::Status::AwaitingMailFrom250, SendJob::Status::AwaitingRcptTo250, SendJob::Status::AwaitingData354,
                    SendJob::Status::SendingData, SendJob::Status::AwaitingDataEnd250, SendJob::Status::Done},
                   true},
        StatusCase{"senderRefused",
                   false,
                   {QStringLiteral("C: MAIL FROM:<from@fake.test>"), QStringLiteral("S: 550 5.7.1 sender refused"),
                    QStringLiteral("C: RSET"), QStringLiteral("S: 250 ok")},
                   {SendJob::Status::AwaitingMailFrom250, SendJob::Status::AwaitingRset250, SendJob::Status::Done},
                   false}),
    [](const auto &p) { return std::string(p.param.name); });

TEST(SessionFaults, ARefusalBeforeAnyCommandGoesFromQueuedToDone)
{
    QStringList script = {Greeting, Ehlo};
    script += ehloReply({QStringLiteral("SIZE 10")});
    script += {QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye")};
    FakeSmtpServer server(script);
    SmtpSession session(plainSettings(server.port()));
    SendJob *job = sendOne(session, QByteArray(100, 'a'));
    QList<SendJob::Status> statuses;
    QObject::connect(job, &SendJob::statusChanged, job, [&statuses](SendJob::Status status) { statuses.append(status); });
    ASSERT_TRUE(test::runToEnd(session, 20000, false).finished);
    EXPECT_EQ(statuses, QList<SendJob::Status>{SendJob::Status::Done});
    EXPECT_EQ(job->error().code, QStringLiteral("sender.too_large"));
    EXPECT_EQ(job->error().parameters.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
    EXPECT_TRUE(server.isComplete()) << server.progress().toStdString();
}

// A probe's answer is known before RSET: a server that then drops the connection does not
// turn it into a failure.
TEST(SessionFaults, ProbeAnswerSurvivesADropAfterRset)
{
    QStringList script = {Greeting, Ehlo};
    script += ehloReply({});
    script += {QStringLiteral("C: MAIL FROM:<from@fake.test>"),
               QStringLiteral("S: 250 ok"),
               QStringLiteral("C: RCPT TO:<to@fake.test>"),
               QStringLiteral("S: 250 ok"),
               QStringLiteral("C: RSET"),
               QStringLiteral("X")};
    FakeSmtpServer server(script);
    SmtpSession session(plainSettings(server.port()));
    SendJob *job = session.probe(envelope());
    session.quit();
    ASSERT_TRUE(test::runToEnd(session, 20000, false).finished);
    EXPECT_TRUE(job->succeeded()) << job->error().toString().toStdString();
    ASSERT_EQ(job->recipientResults().size(), 1);
    EXPECT_TRUE(job->recipientResults()[0].accepted());
    EXPECT_EQ(session.error().category, ErrorCategory::Network);
    EXPECT_EQ(session.error().code, QStringLiteral("session.closed_by_server"));
}

// --- A job deleted by its owner mid-transaction --------------------------------------------

TEST(SessionFaults, DeletedPipelinedProbeEndsWithRset)
{
    QStringList script = {Greeting, Ehlo};
    script += ehloReply({QStringLiteral("PIPELINING")});
    script += {QStringLiteral("C: MAIL FROM:<from@fake.test>"),
               QStringLiteral("C: RCPT TO:<to@fake.test>"),
               QStringLiteral("P: 50"),
               QStringLiteral("R: 250 ok\\r\\n250 ok\\r\\n"),
               QStringLiteral("C: RSET"),
               QStringLiteral("S: 250 ok"),
               QStringLiteral("C: QUIT"),
               QStringLiteral("S: 221 bye")};
    FakeSmtpServer server(script);
    SmtpSession session(plainSettings(server.port()));
    const QPointer<SendJob> job = session.probe(envelope());
    session.quit();
    QObject::connect(job, &SendJob::statusChanged, job, [job](SendJob::Status status) {
        if (status == SendJob::Status::AwaitingMailFrom250)
            job->deleteLater();
    });
    ASSERT_TRUE(test::runToEnd(session, 5000, false).finished);
    EXPECT_TRUE(job.isNull());
    EXPECT_FALSE(session.error().isError()) << session.error().toString().toStdString();
    EXPECT_TRUE(server.isComplete()) << server.progress().toStdString();
}

TEST(SessionFaults, JobDeletedBeforeTheDataReplyAbortsInsteadOfSendingAnEmptyMessage)
{
    QStringList script = {Greeting, Ehlo};
    script += ehloReply({});
    script += {QStringLiteral("C: MAIL FROM:<from@fake.test>"),
               QStringLiteral("S: 250 ok"),
               QStringLiteral("C: RCPT TO:<to@fake.test>"),
               QStringLiteral("S: 250 ok"),
               QStringLiteral("C: DATA"),
               QStringLiteral("P: 50"),
               QStringLiteral("S: 354 go")};
    FakeSmtpServer server(script);
    SmtpSession session(plainSettings(server.port()));
    const QPointer<SendJob> job = sendOne(session, "x\r\n");
    QObject::connect(job, &SendJob::statusChanged, job, [job](SendJob::Status status) {
        if (status == SendJob::Status::AwaitingData354)
            job->deleteLater();
    });
    QSignalSpy gone(&server, &FakeSmtpServer::clientGone);
    ASSERT_TRUE(test::runToEnd(session, 5000, false).finished);
    EXPECT_EQ(session.error().stage, Stage::Data);
    EXPECT_EQ(session.error().category, ErrorCategory::Cancelled);
    EXPECT_EQ(session.error().code, QStringLiteral("data.cancelled"));
    EXPECT_TRUE(server.isComplete()) << server.progress().toStdString();
    ASSERT_TRUE(gone.count() > 0 || gone.wait(2000));
    EXPECT_EQ(server.receivedLines().value(server.receivedLines().size() - 1), QByteArray("DATA")) << "no \".\" after the 354";
}

// tests/support's fake itself: with two connections open at once, what each one's "D" read
// and whether it went are its own; clientDisconnected() waits for the last one to go.
TEST(FakeServer, DataAndDisconnectionArePerConnection)
{
    FakeSmtpServer server({QStringLiteral("S: 220 first"), QStringLiteral("D"), QStringLiteral("S: 250 one")});
    server.expectConnection({QStringLiteral("S: 220 second"), QStringLiteral("D"), QStringLiteral("S: 250 two")});
    QTcpSocket first;
    QTcpSocket second;
    const auto readLine = [](QTcpSocket *socket, const QByteArray &expected) {
        QSignalSpy ready(socket, &QTcpSocket::readyRead);
        while (!socket->canReadLine()) {
            if (!ready.wait(5000))
                return QByteArray("timed out");
        }
        const QByteArray line = socket->readLine();
        return line == expected ? QByteArray() : line;
    };
    first.connectToHost(QHostAddress::LocalHost, server.port());
    ASSERT_EQ(readLine(&first, "220 first\r\n"), QByteArray());
    second.connectToHost(QHostAddress::LocalHost, server.port());
    ASSERT_EQ(readLine(&second, "220 second\r\n"), QByteArray());
    first.write("one\r\n.\r\n");
    ASSERT_EQ(readLine(&first, "250 one\r\n"), QByteArray());
    EXPECT_EQ(server.data(), "one\r\n");
    second.write("two\r\n.\r\n");
    ASSERT_EQ(readLine(&second, "250 two\r\n"), QByteArray());
    EXPECT_TRUE(server.isComplete()) << server.progress().toStdString();
    EXPECT_EQ(server.data(0), "one\r\n");
    EXPECT_EQ(server.data(1), "two\r\n");
    EXPECT_EQ(server.data(), "two\r\n"); // the last completed DATA

    QSignalSpy gone(&server, &FakeSmtpServer::clientGone);
    first.disconnectFromHost();
    ASSERT_TRUE(gone.wait(5000));
    EXPECT_TRUE(server.clientDisconnected(0));
    EXPECT_FALSE(server.clientDisconnected(1));
    EXPECT_FALSE(server.clientDisconnected()) << "the second connection is still open";
    second.disconnectFromHost();
    ASSERT_TRUE(gone.wait(5000));
    EXPECT_TRUE(server.clientDisconnected());
}
