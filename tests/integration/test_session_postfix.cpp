// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// SmtpSession against the real Postfix of the test suite (tests/support/postfix).
#include "postfix.h"
#include "printers.h"
#include "sessionrunner.h"

#include "mime/message.h"
#include "smtp/session.h"
#include "text/errortext.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSslCipher>
#include <QSslSocket>
#include <QUuid>

#include <gtest/gtest.h>

#include <limits>

using namespace selfmx;
using namespace selfmx::smtp;
using selfmx::text::Audience;
using selfmx::text::ErrorText;

namespace {

const test::PostfixInstance &postfix()
{
    return test::PostfixInstance::get();
}

class PostfixSession : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(postfix().isAvailable()) << postfix().whyUnavailable().toStdString(); }
};

QByteArray uniqueToken()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

Envelope envelopeTo(const QString &recipient)
{
    Envelope e;
    e.from = QStringLiteral("sender@selfmx.test");
    e.recipients = {recipient};
    return e;
}

} // namespace

struct MechanismCase {
    const char *name;
    AuthMechanism mechanism; // asked for
    int user;
    AuthMechanism used; // what the session must end up using
};

class PostfixAuth : public PostfixSession, public ::testing::WithParamInterface<MechanismCase>
{
};

// STARTTLS on the submission port, certificate verified against the run's CA, then AUTH
// with each mechanism, for a plain password and one with spaces and non-ASCII characters.
TEST_P(PostfixAuth, StartTlsThenAuth)
{
    Settings settings = postfix().settings("POSTFIX_SUBMISSION_PORT", GetParam().user);
    settings.authMechanism = GetParam().mechanism;
    SmtpSession session(settings);
    const auto run = test::runToEnd(session);
    ASSERT_TRUE(run.finished);
    EXPECT_FALSE(session.error().isError()) << session.error().toString().toStdString();
    EXPECT_TRUE(session.isEncrypted());
    EXPECT_EQ(session.usedMechanism(), GetParam().used);
    EXPECT_TRUE(session.ignoredSslErrors().isEmpty());
    // Postfix offers AUTH only after STARTTLS (smtpd_tls_auth_only): we saw both states.
    EXPECT_TRUE(session.capabilitiesBeforeTls().startTls);
    EXPECT_TRUE(session.capabilitiesBeforeTls().authMechanisms.isEmpty());
    EXPECT_FALSE(session.capabilities().authMechanisms.isEmpty());
    EXPECT_EQ(run.finishedCount, 1);
}

INSTANTIATE_TEST_SUITE_P(Mechanisms, PostfixAuth,
                         ::testing::Values(MechanismCase{"plain", AuthMechanism::Plain, 1, AuthMechanism::Plain},
                                           MechanismCase{"login", AuthMechanism::Login, 1, AuthMechanism::Login},
                                           MechanismCase{"cramMd5", AuthMechanism::CramMd5, 1, AuthMechanism::CramMd5},
                                           MechanismCase{"autoPicksPlainUnderTls", AuthMechanism::Auto, 1, AuthMechanism::Plain},
                                           MechanismCase{"plainUtf8Password", AuthMechanism::Plain, 2, AuthMechanism::Plain},
                                           MechanismCase{"loginUtf8Password", AuthMechanism::Login, 2, AuthMechanism::Login},
                                           MechanismCase{"cramMd5Utf8Password", AuthMechanism::CramMd5, 2, AuthMechanism::CramMd5}),
                         [](const auto &p) { return std::string(p.param.name); });

// Issue 11, one-click test: Linux's delayed ACK (40 ms) used to hold every TLS session, since
// Postfix's reply waits (Nagle) for the ACK of its session ticket. TCP_QUICKACK, re-armed after
// each write, removes that stall: the best of a few whole sessions (TLS, EHLO, AUTH, QUIT)
// stays under the 40 ms timer. Not under the sanitizers, which slow everything down.
class PostfixPromptAck : public PostfixSession, public ::testing::WithParamInterface<const char *>
{
};

TEST_P(PostfixPromptAck, NoDelayedAckStall)
{
#if defined(__SANITIZE_ADDRESS__)
    GTEST_SKIP() << "timing is meaningless under AddressSanitizer";
#endif
    Settings settings = postfix().settings(GetParam());
    if (QByteArray(GetParam()) == "POSTFIX_IMPLICIT_PORT")
        settings.tlsModeOverride = TlsMode::Implicit;
    qint64 best = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 6; ++i) {
        SmtpSession session(settings);
        const auto run = test::runToEnd(session);
        ASSERT_TRUE(run.finished);
        ASSERT_FALSE(session.error().isError()) << session.error().toString().toStdString();
        best = std::min(best, run.elapsedMs);
    }
    EXPECT_LT(best, 38) << "a whole session took at least " << best << " ms: the delayed-ACK stall is back";
}

INSTANTIATE_TEST_SUITE_P(Ports, PostfixPromptAck, ::testing::Values("POSTFIX_SUBMISSION_PORT", "POSTFIX_IMPLICIT_PORT"),
                         [](const auto &p) { return std::string(p.param).substr(8); });

TEST_F(PostfixSession, ImplicitTls)
{
    Settings settings = postfix().settings("POSTFIX_IMPLICIT_PORT");
    settings.tlsModeOverride = TlsMode::Implicit; // not 465, so say so (SMTP_TLS_MODE)
    SmtpSession session(settings);
    ASSERT_TRUE(test::runToEnd(session).finished);
    EXPECT_FALSE(session.error().isError()) << session.error().toString().toStdString();
    EXPECT_TRUE(session.isEncrypted());
    EXPECT_TRUE(session.capabilitiesBeforeTls().keywords.isEmpty()); // nothing was said in plaintext
    ASSERT_FALSE(session.transcript().entries().isEmpty());
    for (const TranscriptEntry &entry : session.transcript().entries()) {
        if (entry.direction != Direction::Info) {
            EXPECT_TRUE(entry.encrypted) << entry.toString().toStdString();
        }
    }
}

TEST_F(PostfixSession, PlainPortWithTlsRequiredIsRefused)
{
    Settings settings = postfix().settings("POSTFIX_PLAIN_PORT"); // SMTP_TLS=true, not 465: STARTTLS required
    SmtpSession session(settings);
    ASSERT_TRUE(test::runToEnd(session).finished);
    EXPECT_EQ(session.error().stage, Stage::Tls);
    EXPECT_EQ(session.error().category, ErrorCategory::TlsRequired);
    EXPECT_FALSE(session.isReady());
    for (const TranscriptEntry &entry : session.transcript().entries()) {
        if (entry.direction == Direction::Client) {
            EXPECT_TRUE(entry.line.startsWith("EHLO")) << "sent in plaintext: " << entry.line.constData();
        }
    }
}

TEST_F(PostfixSession, PlainPortWithTlsOffWorksOnLoopback)
{
    Settings settings = postfix().settings("POSTFIX_PLAIN_PORT");
    settings.tls = false;
    SmtpSession session(settings);
    ASSERT_TRUE(test::runToEnd(session).finished);
    EXPECT_FALSE(session.error().isError()) << session.error().toString().toStdString();
    EXPECT_FALSE(session.isEncrypted());
    EXPECT_TRUE(session.usedMechanism().has_value());
}

TEST_F(PostfixSession, StartTlsAgainstTheImplicitPortTimesOutWithAHint)
{
    Settings settings = postfix().settings("POSTFIX_IMPLICIT_PORT");
    settings.timeout = std::chrono::milliseconds(800);
    SmtpSession session(settings);
    const auto run = test::runToEnd(session);
    ASSERT_TRUE(run.finished);
    EXPECT_EQ(session.error().stage, Stage::Greeting);
    EXPECT_EQ(session.error().category, ErrorCategory::Timeout);
    EXPECT_EQ(session.error().code, QStringLiteral("greeting.timeout"));
    EXPECT_TRUE(ErrorText::describe(session.error(), Audience::CommandLine).contains(QStringLiteral("SMTP_TLS_MODE=implicit")));
    EXPECT_LT(run.elapsedMs, 800 + 1000);
}

TEST_F(PostfixSession, ImplicitTlsAgainstTheSubmissionPortFailsTheHandshake)
{
    Settings settings = postfix().settings("POSTFIX_SUBMISSION_PORT");
    settings.tlsModeOverride = TlsMode::Implicit;
    SmtpSession session(settings);
    ASSERT_TRUE(test::runToEnd(session).finished);
    EXPECT_EQ(session.error().stage, Stage::Tls);
    EXPECT_EQ(session.error().category, ErrorCategory::TlsHandshake);
}

TEST_F(PostfixSession, WrongPasswordIs535)
{
    Settings settings = postfix().settings("POSTFIX_SUBMISSION_PORT");
    settings.password = QStringLiteral("not-the-password");
    SmtpSession session(settings);
    ASSERT_TRUE(test::runToEnd(session).finished);
    EXPECT_EQ(session.error().stage, Stage::Auth);
    EXPECT_EQ(session.error().category, ErrorCategory::AuthFailed);
    EXPECT_EQ(session.error().reply.code, 535);
    EXPECT_EQ(session.error().reply.enhanced.toString(), QStringLiteral("5.7.8"));
    EXPECT_EQ(session.error().code, QStringLiteral("auth.rejected"));
    EXPECT_TRUE(ErrorText::describe(session.error(), Audience::CommandLine).contains(QStringLiteral("The server said: 535")));
}

TEST_F(PostfixSession, UnknownCaFailsVerificationNamingTheProblem)
{
    Settings settings = postfix().settings("POSTFIX_SUBMISSION_PORT");
    settings.caFile.clear(); // the run's CA is not trusted by the system
    SmtpSession session(settings);
    ASSERT_TRUE(test::runToEnd(session).finished);
    EXPECT_EQ(session.error().stage, Stage::Tls);
    EXPECT_EQ(session.error().category, ErrorCategory::TlsVerification);
    ASSERT_FALSE(session.error().sslErrors.isEmpty());
    EXPECT_EQ(session.error().code, QStringLiteral("tls.certificate_unverified"));
    EXPECT_EQ(session.error().parameters.value(QStringLiteral("key")).toString(), QStringLiteral("SMTP_TLS_CA_FILE"));
    EXPECT_TRUE(ErrorText::describe(session.error(), Audience::CommandLine).contains(QStringLiteral("SMTP_TLS_CA_FILE")));
    // Nothing was authenticated: the password never left.
    EXPECT_FALSE(session.usedMechanism().has_value());
}

TEST_F(PostfixSession, VerificationOffWorksButIsRecorded)
{
    Settings settings = postfix().settings("POSTFIX_SUBMISSION_PORT");
    settings.caFile.clear();
    settings.verifyPeer = false;
    SmtpSession session(settings);
    ASSERT_TRUE(test::runToEnd(session).finished);
    EXPECT_FALSE(session.error().isError()) << session.error().toString().toStdString();
    EXPECT_FALSE(session.ignoredSslErrors().isEmpty());
    EXPECT_TRUE(session.transcript().toString().contains(QStringLiteral("WARNING")));
}

TEST_F(PostfixSession, Greeting554)
{
    Settings settings = postfix().settings("POSTFIX_REJECT554_PORT", 0);
    settings.tls = false;
    SmtpSession session(settings);
    ASSERT_TRUE(test::runToEnd(session).finished);
    // smtpd_client_restrictions=reject with smtpd_delay_reject=no: Postfix greets with 554.
    EXPECT_EQ(session.error().stage, Stage::Greeting);
    EXPECT_EQ(session.error().category, ErrorCategory::ServiceUnavailable);
    EXPECT_EQ(session.error().reply.code, 554);
    EXPECT_TRUE(ErrorText::describe(session.error(), Audience::CommandLine).contains(QStringLiteral("Client host rejected")));
}

TEST_F(PostfixSession, SenderAndRecipientRestrictions)
{
    Settings settings = postfix().settings("POSTFIX_RESTRICTED_PORT");
    SmtpSession session(settings);
    Envelope badSender = envelopeTo(QStringLiteral("someone@example.org"));
    badSender.from = QStringLiteral("reject@selfmx.test");
    SendJob *refusedSender = session.send(badSender, QByteArray("Subject: a\r\n\r\na\r\n"));
    Envelope mixed = envelopeTo(QStringLiteral("nobody@selfmx.test"));
    mixed.recipients.append(QStringLiteral("somebody@example.org"));
    SendJob *partial = session.send(mixed, QByteArray("Subject: b\r\n\r\nb\r\n"));
    session.quit();
    ASSERT_TRUE(test::runToEnd(session, 20000, false).finished);
    EXPECT_FALSE(session.error().isError()) << session.error().toString().toStdString();
    EXPECT_EQ(refusedSender->error().stage, Stage::Sender);
    EXPECT_EQ(refusedSender->error().reply.code, 554);
    EXPECT_TRUE(partial->succeeded()) << partial->error().toString().toStdString();
    EXPECT_TRUE(partial->isPartial());
    EXPECT_FALSE(partial->recipientResults()[0].accepted());
    EXPECT_TRUE(partial->recipientResults()[1].accepted());
}

// A 1 MiB message whose lines start with dots, read back from Postfix's Maildir byte for byte.
TEST_F(PostfixSession, OneMebibyteWithDotLinesArrivesByteForByte)
{
    const QByteArray token = uniqueToken();
    // With Date and Message-ID present, Postfix adds nothing inside our headers.
    QByteArray message = "From: sender@selfmx.test\r\nTo: big@example.org\r\nDate: Wed, 25 Nov 2026 12:00:00 +0000\r\nSubject: big " + token
                         + "\r\nMessage-ID: <" + token + "@selfmx.test>\r\n\r\n";
    QRandomGenerator random(42);
    int line = 0;
    while (message.size() < 1024 * 1024) {
        QByteArray text;
        const int length = int(random.bounded(0, 200));
        for (int i = 0; i < length; ++i)
            text += char('a' + random.bounded(0, 26));
        // Every third line starts with a dot, some lines are only dots.
        if (line % 3 == 0)
            text.prepend('.');
        if (line % 17 == 0)
            text = "..";
        message += text + "\r\n";
        ++line;
    }
    message += ".last line starts with a dot\r\n";

    Settings settings = postfix().settings("POSTFIX_SUBMISSION_PORT");
    SmtpSession session(settings);
    SendJob *job = session.send(envelopeTo(QStringLiteral("big@example.org")), message);
    session.quit();
    ASSERT_TRUE(test::runToEnd(session, 30000, false).finished);
    ASSERT_TRUE(job->succeeded()) << job->error().toString().toStdString();
    EXPECT_EQ(job->bytesSent(), message.size());

    const QByteArray stored = postfix().waitForMessage("Subject: big " + token);
    ASSERT_FALSE(stored.isEmpty()) << "the message did not arrive in the Maildir";
    // The Maildir keeps LF line ends and Postfix prepends its trace headers.
    QByteArray expected = message;
    expected.replace("\r\n", "\n");
    EXPECT_TRUE(stored.endsWith(expected));
    EXPECT_EQ(stored.size() - stored.indexOf("From: sender@selfmx.test"), expected.size());
}

namespace {

// A message of `size` bytes made up as it is read (lines of 76 letters), so the test itself
// holds none of it: what the process's peak memory shows is the session's buffering.
class PatternDevice : public QIODevice
{
public:
    explicit PatternDevice(qint64 size)
        : m_size(size)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, m_size - pos());
        for (qint64 i = 0; i < n; ++i) {
            const qint64 at = (pos() + i) % 78;
            data[i] = at == 76 ? '\r' : at == 77 ? '\n' : char('a' + at % 26);
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_size;
};

// Linux: VmHWM (peak resident set) of this process in KiB; writing 5 to clear_refs resets it.
qint64 peakRssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

// Issue 11, item 2: over TLS the whole message used to be held in memory (QSslSocket
// buffers what it encrypts). With back-pressure on encryptedBytesToWrite/encryptedBytesWritten
// a 40 MiB message raises the peak resident set by a few MiB, over STARTTLS and implicit TLS.
class PostfixTlsMemory : public PostfixSession, public ::testing::WithParamInterface<const char *>
{
};

TEST_P(PostfixTlsMemory, LargeMessageIsStreamedNotBuffered)
{
#if defined(__SANITIZE_ADDRESS__)
    GTEST_SKIP() << "AddressSanitizer's quarantine keeps freed memory resident";
#endif
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (!clearRefs.open(QIODevice::WriteOnly) || clearRefs.write("5") != 1)
        GTEST_SKIP() << "cannot reset the peak RSS here";
    clearRefs.close();
    Settings settings = postfix().settings(GetParam());
    if (QByteArray(GetParam()) == "POSTFIX_IMPLICIT_PORT")
        settings.tlsModeOverride = TlsMode::Implicit;
    constexpr qint64 size = 40 * 1024 * 1024;
    SmtpSession session(settings);
    SendJob *job = session.send(envelopeTo(QStringLiteral("big@example.org")), std::make_unique<PatternDevice>(size));
    session.quit();
    const qint64 before = peakRssKib();
    ASSERT_GT(before, 0);
    ASSERT_TRUE(test::runToEnd(session, 60000, false).finished);
    ASSERT_TRUE(job->succeeded()) << job->error().toString().toStdString();
    EXPECT_TRUE(session.isEncrypted());
    EXPECT_EQ(job->bytesSent(), size);
    const qint64 grownKib = peakRssKib() - before;
    EXPECT_LT(grownKib, 16 * 1024) << "peak RSS grew by " << grownKib / 1024 << " MiB for a 40 MiB message";
}

INSTANTIATE_TEST_SUITE_P(Ports, PostfixTlsMemory, ::testing::Values("POSTFIX_SUBMISSION_PORT", "POSTFIX_IMPLICIT_PORT"),
                         [](const auto &p) { return std::string(p.param).substr(8); });

TEST_F(PostfixSession, SeveralMessagesOverOneConnectionWithPipelining)
{
    Settings settings = postfix().settings("POSTFIX_SUBMISSION_PORT");
    SmtpSession session(settings);
    QList<SendJob *> jobs;
    QList<QByteArray> tokens;
    for (int i = 0; i < 5; ++i) {
        tokens.append(uniqueToken());
        mime::Message m;
        m.from = {QString(), QStringLiteral("sender@selfmx.test")};
        m.to = {{QString(), QStringLiteral("many@example.org")}};
        m.subject = QStringLiteral("many ") + QString::fromLatin1(tokens.last());
        m.text = QStringLiteral("message %1").arg(i);
        jobs.append(session.send(envelopeTo(QStringLiteral("many@example.org")), mime::MessageBuilder::build(m)));
    }
    session.quit();
    ASSERT_TRUE(test::runToEnd(session, 30000, false).finished);
    EXPECT_TRUE(session.capabilities().pipelining);
    for (SendJob *job : std::as_const(jobs))
        EXPECT_TRUE(job->succeeded()) << job->error().toString().toStdString();
    for (const QByteArray &token : std::as_const(tokens))
        EXPECT_FALSE(postfix().waitForMessage(token).isEmpty()) << token.constData();
}

TEST_F(PostfixSession, Utf8AddressesUseSmtpUtf8)
{
    Settings settings = postfix().settings("POSTFIX_SUBMISSION_PORT");
    SmtpSession session(settings);
    const QByteArray token = uniqueToken();
    Envelope e = envelopeTo(QStringLiteral("jörg@exämple.test"));
    SendJob *job = session.send(e, QByteArray("Subject: utf8 " + token + "\r\n\r\nhi\r\n"));
    session.quit();
    ASSERT_TRUE(test::runToEnd(session, 20000, false).finished);
    EXPECT_TRUE(job->succeeded()) << job->error().toString().toStdString();
    EXPECT_TRUE(session.transcript().toString().contains(QStringLiteral("SMTPUTF8")));
    EXPECT_FALSE(postfix().waitForMessage(token).isEmpty());
}

// The relay's sessions keep no transcript (nobody reads it; up to 100 messages a connection):
// no line is kept or signalled, and the message goes as before.
TEST_F(PostfixSession, WithoutTranscriptNothingIsKeptAndMailStillGoes)
{
    Settings settings = postfix().settings("POSTFIX_SUBMISSION_PORT");
    SmtpSession session(settings);
    session.setTranscriptKept(false);
    int signalled = 0;
    QObject::connect(&session, &SmtpSession::transcriptEntryAdded, &session, [&signalled]() { ++signalled; });
    const QByteArray token = uniqueToken();
    SendJob *job = session.send(envelopeTo(QStringLiteral("quiet@example.org")), QByteArray("Subject: quiet " + token + "\r\n\r\nhi\r\n"));
    session.quit();
    ASSERT_TRUE(test::runToEnd(session, 20000, false).finished);
    EXPECT_TRUE(job->succeeded()) << job->error().toString().toStdString();
    EXPECT_TRUE(session.transcript().entries().isEmpty());
    EXPECT_EQ(signalled, 0);
    EXPECT_FALSE(postfix().waitForMessage(token).isEmpty());
}
