// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// What a job's finished() handler may do while the session is failing: abort it again (the
// real error stays) or send another message (that job finishes too, with the error).
#include "fakesmtpserver.h"
#include "sessionrunner.h"
#include "smtp/session.h"

#include <QPointer>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace selfmx::smtp;
using selfmx::test::FakeSmtpServer;

namespace {

Settings plainSettings(quint16 port)
{
    Settings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.tls = false;
    s.ehloName = QStringLiteral("client.test");
    s.timeout = std::chrono::milliseconds(5000);
    return s;
}

Envelope envelope()
{
    Envelope e;
    e.from = QStringLiteral("from@fake.test");
    e.recipients = {QStringLiteral("to@fake.test")};
    return e;
}

// The server drops the connection after MAIL FROM: the session fails with a network error.
QStringList droppingScript()
{
    return {QStringLiteral("S: 220 fake.test ESMTP"), QStringLiteral("C: EHLO client.test"), QStringLiteral("S: 250 fake.test"),
            QStringLiteral("C: MAIL FROM:<from@fake.test>"), QStringLiteral("X")};
}

} // namespace

TEST(SessionReentry, AbortFromAFinishingJobKeepsTheRealError)
{
    FakeSmtpServer server(droppingScript());
    SmtpSession session(plainSettings(server.port()));
    SendJob *job = session.send(envelope(), QByteArray("Subject: x\r\n\r\nbody\r\n"));
    QObject::connect(job, &SendJob::finished, &session, [&session]() { session.abort(); });
    const auto run = selfmx::test::runToEnd(session, 10000, false);
    ASSERT_TRUE(run.finished);
    EXPECT_EQ(run.finishedCount, 1);
    EXPECT_NE(session.error().category, ErrorCategory::Cancelled) << session.error().toString().toStdString();
    EXPECT_NE(job->error().category, ErrorCategory::Cancelled);
}

TEST(SessionReentry, SendFromAFinishingJobIsFinishedToo)
{
    FakeSmtpServer server(droppingScript());
    SmtpSession session(plainSettings(server.port()));
    SendJob *job = session.send(envelope(), QByteArray("Subject: x\r\n\r\nbody\r\n"));
    QPointer<SendJob> second;
    QObject::connect(job, &SendJob::finished, &session,
                     [&session, &second]() { second = session.send(envelope(), QByteArray("Subject: y\r\n\r\nbody\r\n")); });
    const auto run = selfmx::test::runToEnd(session, 10000, false);
    ASSERT_TRUE(run.finished);
    ASSERT_FALSE(second.isNull());
    if (!second->isFinished()) {
        QSignalSpy secondFinished(second.data(), &SendJob::finished);
        ASSERT_TRUE(secondFinished.wait(5000)) << "a job sent while the session failed must finish";
    }
    EXPECT_TRUE(second->error().isError());
}
