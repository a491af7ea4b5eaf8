// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// The fault matrix: each scenario is built from real parts on loopback (Postfix, openssl
// s_server, plain sockets), and each test asserts the finding's code, that a fix is given,
// and that the whole diagnosis ends within the timeout plus one second.
#include "opensslserver.h"
#include "postfix.h"
#include "printers.h"

#include "diagnostics/diagnoser.h"
#include "diagnostics/finder.h"
#include "text/findingtext.h"
#include "text/reporttext.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

#include <gtest/gtest.h>

using namespace selfmx;
using namespace selfmx::diagnostics;
using smtp::Stage;
using smtp::TlsMode;

namespace selfmx::diagnostics {
inline void PrintTo(StageStatus v, std::ostream *os)
{
    smtp::printEnum(v, os);
}
inline void PrintTo(Severity v, std::ostream *os)
{
    smtp::printEnum(v, os);
}
inline void PrintTo(const SettingChange &c, std::ostream *os)
{
    *os << c.key.toStdString() << '=' << c.value.toStdString();
}
} // namespace selfmx::diagnostics

namespace {

constexpr int TimeoutMs = 1500;

smtp::Settings base(quint16 port)
{
    smtp::Settings s;
    s.host = QStringLiteral("localhost");
    s.port = port;
    s.timeout = std::chrono::milliseconds(TimeoutMs);
    s.ehloName = QStringLiteral("client.selfmx.test");
    return s;
}

smtp::Settings postfixSettings(const char *portKey, int user = 1)
{
    smtp::Settings s = test::PostfixInstance::get().settings(portKey, user);
    s.timeout = std::chrono::milliseconds(TimeoutMs);
    return s;
}

struct Outcome {
    Report report;
    qint64 elapsedMs = 0;
    QList<std::pair<Stage, StageStatus>> progress; // stageChanged(), in order
};

Outcome diagnose(const smtp::Settings &settings, const Options &options = {})
{
    Diagnoser diagnoser(settings, options);
    QSignalSpy finished(&diagnoser, &Diagnoser::finished);
    QSignalSpy stages(&diagnoser, &Diagnoser::stageChanged);
    QElapsedTimer clock;
    clock.start();
    diagnoser.start();
    EXPECT_TRUE(finished.wait(TimeoutMs + 5000));
    Outcome outcome;
    outcome.elapsedMs = clock.elapsed();
    outcome.report = diagnoser.report();
    for (const QList<QVariant> &event : std::as_const(stages))
        outcome.progress.append({event.at(0).value<Stage>(), event.at(1).value<StageStatus>()});
    // The progress ends with every stage's final status, as the report has them.
    const qsizetype n = outcome.report.stages.size();
    EXPECT_GE(outcome.progress.size(), n);
    for (qsizetype i = 0; i < n && outcome.progress.size() >= n; ++i) {
        const auto &event = outcome.progress.at(outcome.progress.size() - n + i);
        EXPECT_EQ(event.first, outcome.report.stages.at(i).stage);
        EXPECT_EQ(event.second, outcome.report.stages.at(i).status);
    }
    return outcome;
}

// The command line's words for findings and reports, as `selfmx-console diagnose` prints them.
const text::FindingText &words()
{
    static const text::FindingText renderer(text::Audience::CommandLine);
    return renderer;
}

QString reportText(const Report &report)
{
    return text::ReportText(text::Audience::CommandLine).text(report);
}

const Finding *find(const Report &report, const QString &code)
{
    for (const Finding &f : report.findings) {
        if (f.code == code)
            return &f;
    }
    return nullptr;
}

std::string codes(const Report &report)
{
    QStringList list;
    for (const Finding &f : report.findings)
        list.append(f.code);
    return list.join(u',').toStdString();
}

// The finding is there, with a fix, the right severity, and within the time bound.
void expectFinding(const Outcome &outcome, const char *code, Stage stage, Severity severity = Severity::Error)
{
    const Finding *f = find(outcome.report, QString::fromLatin1(code));
    ASSERT_NE(f, nullptr) << "expected " << code << ", got " << codes(outcome.report) << "\n" << reportText(outcome.report).toStdString();
    EXPECT_EQ(f->stage, stage);
    EXPECT_EQ(f->severity, severity);
    EXPECT_FALSE(words().title(*f).isEmpty());
    if (severity != Severity::Info) {
        EXPECT_FALSE(words().fix(*f).isEmpty()) << code << " has no fix";
    }
    EXPECT_LT(outcome.elapsedMs, TimeoutMs + 1000) << "the diagnosis must end within the timeout plus one second";
    if (severity == Severity::Error) {
        EXPECT_EQ(outcome.report.firstFailedStage(), stage);
    }
}

class PostfixDiagnosis : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(test::PostfixInstance::get().isAvailable()) << test::PostfixInstance::get().whyUnavailable().toStdString();
    }
};

class TlsMatrix : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_FALSE(test::faultMatrixCertificates().isEmpty()); }
    static QString ca() { return test::faultMatrixCertificates() + QStringLiteral("/ca.pem"); }
};

} // namespace

TEST(Diagnosis, ClosedPortIsRefused)
{
    quint16 port = 0;
    {
        QTcpServer server;
        ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
        port = server.serverPort();
    } // closed again: nothing listens there now
    smtp::Settings s = base(port);
    s.host = QStringLiteral("127.0.0.1");
    const Outcome o = diagnose(s);
    expectFinding(o, "connect.refused", Stage::Connect);
    EXPECT_TRUE(words().fix(*find(o.report, QStringLiteral("connect.refused"))).contains(QStringLiteral("587")));
    EXPECT_EQ(find(o.report, QStringLiteral("connect.refused"))->parameters.value(QStringLiteral("port")).toInt(), port);
}

TEST(Diagnosis, SilentListenerTimesOutAtTheGreeting)
{
    QTcpServer server; // accepts, never speaks
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    smtp::Settings s = base(server.serverPort());
    s.host = QStringLiteral("127.0.0.1");
    const Outcome o = diagnose(s);
    expectFinding(o, "greeting.timeout", Stage::Greeting);
    EXPECT_TRUE(words().fix(*find(o.report, QStringLiteral("greeting.timeout"))).contains(QStringLiteral("SMTP_TLS_MODE=implicit")));
}

TEST(Diagnosis, SilentListenerAsImplicitTlsPortTimesOutInTls)
{
    QTcpServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    smtp::Settings s = base(server.serverPort());
    s.host = QStringLiteral("127.0.0.1");
    s.tlsModeOverride = TlsMode::Implicit;
    const Outcome o = diagnose(s);
    expectFinding(o, "tls.handshake_timeout", Stage::Tls);
}

TEST(Diagnosis, Greeting554FromASocket)
{
    QTcpServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server]() {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            socket->write("554 5.7.1 no thanks\r\n");
            socket->disconnectFromHost();
        }
    });
    smtp::Settings s = base(server.serverPort());
    s.host = QStringLiteral("127.0.0.1");
    const Outcome o = diagnose(s);
    expectFinding(o, "greeting.rejected", Stage::Greeting);
    EXPECT_TRUE(words().evidence(*find(o.report, QStringLiteral("greeting.rejected"))).contains(QStringLiteral("no thanks")));
}

TEST_F(PostfixDiagnosis, WorkingSetupPassesEveryStage)
{
    const Outcome o = diagnose(postfixSettings("POSTFIX_SUBMISSION_PORT"));
    EXPECT_TRUE(o.report.ok()) << reportText(o.report).toStdString();
    for (const StageReport &stage : o.report.stages) {
        if (stage.stage <= Stage::Auth) {
            EXPECT_TRUE(stage.status == StageStatus::Passed || stage.status == StageStatus::Warning)
                << smtp::stageName(stage.stage).toStdString();
        }
    }
    EXPECT_EQ(o.report.authMechanism, QStringLiteral("PLAIN")) << "under TLS, one round trip";
    // Progress as typed events: each stage of the session was announced while it ran.
    for (Stage stage : {Stage::Connect, Stage::Greeting, Stage::Tls, Stage::Ehlo, Stage::Auth}) {
        EXPECT_TRUE(o.progress.contains(std::pair{stage, StageStatus::Running})) << smtp::stageName(stage).toStdString();
    }
    EXPECT_FALSE(o.report.chain.isEmpty());
    EXPECT_TRUE(o.report.capabilitiesBeforeTls.startTls);
    EXPECT_FALSE(o.report.capabilities.authMechanisms.isEmpty());
    EXPECT_LT(o.elapsedMs, TimeoutMs + 1000);
}

TEST_F(PostfixDiagnosis, StartTlsAgainstTheImplicitPort)
{
    const Outcome o = diagnose(postfixSettings("POSTFIX_IMPLICIT_PORT"));
    expectFinding(o, "tls.port_expects_implicit", Stage::Greeting);
    EXPECT_TRUE(
        words().fix(*find(o.report, QStringLiteral("tls.port_expects_implicit"))).contains(QStringLiteral("SMTP_TLS_MODE=implicit")));
    EXPECT_EQ(find(o.report, QStringLiteral("tls.port_expects_implicit"))->proposedChange,
              (QList<SettingChange>{{QStringLiteral("SMTP_TLS_MODE"), QStringLiteral("implicit")}}));
}

TEST_F(PostfixDiagnosis, ImplicitTlsAgainstTheSubmissionPort)
{
    smtp::Settings s = postfixSettings("POSTFIX_SUBMISSION_PORT");
    s.tlsModeOverride = TlsMode::Implicit;
    const Outcome o = diagnose(s);
    expectFinding(o, "tls.port_expects_plaintext", Stage::Tls);
    const Finding *f = find(o.report, QStringLiteral("tls.port_expects_plaintext"));
    EXPECT_TRUE(words().evidence(*f).contains(QStringLiteral("220 mx.selfmx.test"))) << "the plaintext greeting is the evidence";
    EXPECT_TRUE(words().fix(*f).contains(QStringLiteral("SMTP_TLS_MODE=starttls")));
    EXPECT_TRUE(f->parameter(QStringLiteral("plaintext_greeting")).startsWith(QStringLiteral("220 mx.selfmx.test")));
    EXPECT_EQ(f->proposedChange, (QList<SettingChange>{{QStringLiteral("SMTP_TLS_MODE"), QStringLiteral("starttls")}}));
}

// A new user's review: with a wrong TLS mode the failed stage's line was blank after its time
// ("✗ greeting    2100 ms  "). It says what was missing, and no line ends in blanks.
TEST_F(PostfixDiagnosis, AWrongTlsModeLeavesNoBlankStageLine)
{
    smtp::Settings implicit = postfixSettings("POSTFIX_SUBMISSION_PORT");
    implicit.tlsModeOverride = TlsMode::Implicit;
    for (const auto &[settings, failedLine] :
         {std::pair{postfixSettings("POSTFIX_IMPLICIT_PORT"), QStringLiteral("greeting")}, std::pair{implicit, QStringLiteral("tls")}}) {
        const Outcome o = diagnose(settings);
        const QString text = reportText(o.report);
        const QStringList lines = text.split(u'\n');
        for (const QString &line : lines)
            EXPECT_FALSE(line.endsWith(u' ')) << "a line ends in blanks: \"" << line.toStdString() << "\"\n" << text.toStdString();
        const QStringList failed = lines.filter(QRegularExpression(QStringLiteral("^\u2717 %1 +[0-9]+ ms  \\S").arg(failedLine)));
        EXPECT_EQ(failed.size(), 1) << text.toStdString();
    }
}

TEST_F(PostfixDiagnosis, TlsRequiredAgainstThePlainPort)
{
    const Outcome o = diagnose(postfixSettings("POSTFIX_PLAIN_PORT"));
    expectFinding(o, "tls.starttls_not_offered", Stage::Tls);
}

TEST_F(PostfixDiagnosis, WrongPasswordWithProviderHints)
{
    smtp::Settings s = postfixSettings("POSTFIX_SUBMISSION_PORT");
    s.password = QStringLiteral("wrong");
    const Outcome o = diagnose(s);
    expectFinding(o, "auth.rejected", Stage::Auth);
    EXPECT_TRUE(words().evidence(*find(o.report, QStringLiteral("auth.rejected"))).contains(QStringLiteral("535")));

    // With a SendGrid profile the same 535 names SendGrid's rules.
    Options sendgrid;
    sendgrid.providerKey = QStringLiteral("sendgrid");
    const Outcome withHint = diagnose(s, sendgrid);
    expectFinding(withHint, "auth.rejected", Stage::Auth);
    EXPECT_TRUE(words().fix(*find(withHint.report, QStringLiteral("auth.rejected"))).contains(QStringLiteral("apikey")));
    const Finding *hinted = find(withHint.report, QStringLiteral("auth.rejected"));
    EXPECT_EQ(hinted->parameter(QStringLiteral("provider")), QStringLiteral("sendgrid"));
    EXPECT_EQ(hinted->proposedChange, (QList<SettingChange>{{QStringLiteral("SMTP_USER"), QStringLiteral("apikey")}}));
    EXPECT_TRUE(find(o.report, QStringLiteral("auth.rejected"))->proposedChange.isEmpty()) << "no mechanical fix for a wrong password";
}

TEST_F(PostfixDiagnosis, AuthBeforeTlsIsRefusedByTheServer)
{
    smtp::Settings s = postfixSettings("POSTFIX_SUBMISSION_PORT");
    s.tls = false; // Postfix offers AUTH only after STARTTLS (smtpd_tls_auth_only)
    const Outcome o = diagnose(s);
    expectFinding(o, "auth.requires_tls", Stage::Auth);
    EXPECT_TRUE(words().fix(*find(o.report, QStringLiteral("auth.requires_tls"))).contains(QStringLiteral("SMTP_TLS=true")));
}

TEST_F(PostfixDiagnosis, Greeting554)
{
    smtp::Settings s = postfixSettings("POSTFIX_REJECT554_PORT", 0);
    s.tls = false;
    const Outcome o = diagnose(s);
    expectFinding(o, "greeting.rejected", Stage::Greeting);
}

TEST_F(PostfixDiagnosis, SenderRejectedByRestrictions)
{
    Options options;
    options.probeSender = QStringLiteral("reject@selfmx.test");
    options.probeRecipient = QStringLiteral("someone@example.org");
    const Outcome o = diagnose(postfixSettings("POSTFIX_RESTRICTED_PORT"), options);
    expectFinding(o, "sender.rejected", Stage::Sender);
    EXPECT_TRUE(words().evidence(*find(o.report, QStringLiteral("sender.rejected"))).contains(QStringLiteral("554")));
    // The pipelined RCPT's "503 need MAIL command" is not a verdict on the recipient.
    for (const char *code : {"recipient.rejected", "recipient.unknown", "recipient.policy_denied", "recipient.deferred"})
        EXPECT_EQ(find(o.report, QString::fromLatin1(code)), nullptr) << code << ": " << codes(o.report);
}

TEST_F(PostfixDiagnosis, RecipientRejectedByRestrictions)
{
    Options options;
    options.probeSender = QStringLiteral("ok@selfmx.test");
    options.probeRecipient = QStringLiteral("nobody@selfmx.test");
    const Outcome o = diagnose(postfixSettings("POSTFIX_RESTRICTED_PORT"), options);
    expectFinding(o, "recipient.policy_denied", Stage::Recipient);
}

TEST_F(PostfixDiagnosis, TestSendIsDelivered)
{
    Options options;
    options.probeSender = QStringLiteral("diag@selfmx.test");
    options.probeRecipient = QStringLiteral("diag-target@example.org");
    options.testSend = true;
    const Outcome o = diagnose(postfixSettings("POSTFIX_SUBMISSION_PORT"), options);
    EXPECT_TRUE(o.report.ok()) << reportText(o.report).toStdString();
    expectFinding(o, "send.accepted", Stage::Data, Severity::Info);
    EXPECT_FALSE(test::PostfixInstance::get().waitForMessage("SelfMX Console diagnosis (test send)").isEmpty());
}

TEST_F(TlsMatrix, SelfSignedNamesTrustOrPinBeforeTurningVerificationOff)
{
    test::OpensslServer server(QStringLiteral("selfsigned"));
    ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
    smtp::Settings s = base(server.port());
    s.tlsModeOverride = TlsMode::Implicit;
    const Outcome o = diagnose(s);
    expectFinding(o, "tls.cert.self_signed", Stage::Tls);
    const QString fix = words().fix(*find(o.report, QStringLiteral("tls.cert.self_signed")));
    EXPECT_LT(fix.indexOf(QStringLiteral("SMTP_TLS_CA_FILE")), fix.indexOf(QStringLiteral("SMTP_TLS_VERIFY=false")));
    EXPECT_TRUE(fix.contains(QStringLiteral("SMTP_TLS_PIN_SHA256=")));
    ASSERT_FALSE(o.report.chain.isEmpty());
    EXPECT_TRUE(o.report.chain.first().selfSigned);
    EXPECT_EQ(o.report.chain.first().sha256.size(), 95); // 32 bytes as AB:CD:...
    const Finding *f = find(o.report, QStringLiteral("tls.cert.self_signed"));
    EXPECT_EQ(f->parameter(QStringLiteral("fingerprint")), o.report.chain.first().sha256);
    EXPECT_EQ(f->proposedChange, (QList<SettingChange>{{QStringLiteral("SMTP_TLS_PIN_SHA256"), o.report.chain.first().sha256}}));
    EXPECT_TRUE(fix.contains(QStringLiteral("SMTP_TLS_PIN_SHA256=") + o.report.chain.first().sha256));
}

TEST_F(TlsMatrix, PinningTheSelfSignedCertificateWorks)
{
    test::OpensslServer server(QStringLiteral("selfsigned"));
    ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
    smtp::Settings s = base(server.port());
    s.tlsModeOverride = TlsMode::Implicit;
    const Outcome first = diagnose(s);
    ASSERT_FALSE(first.report.chain.isEmpty());
    s.pinnedSha256 = first.report.chain.first().sha256.toLatin1().toLower().replace(':', "");
    const Outcome pinned = diagnose(s);
    EXPECT_EQ(find(pinned.report, QStringLiteral("tls.cert.self_signed")), nullptr) << codes(pinned.report);
    const StageReport &tls = pinned.report.stages.at(pinned.report.rank(Stage::Tls));
    EXPECT_EQ(tls.stage, Stage::Tls);
    EXPECT_NE(tls.status, StageStatus::Failed) << reportText(pinned.report).toStdString();
    EXPECT_NE(find(pinned.report, QStringLiteral("tls.pinned")), nullptr) << codes(pinned.report);
    // Issue 11, item 5: verification was on and the pin matched; "NOT verified" was wrong.
    const QString text = reportText(pinned.report);
    EXPECT_TRUE(text.contains(QStringLiteral("certificate accepted by its pin"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("NOT verified"))) << text.toStdString();
}

TEST_F(TlsMatrix, ExpiredCertificate)
{
    test::OpensslServer server(QStringLiteral("expired"));
    ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
    smtp::Settings s = base(server.port());
    s.tlsModeOverride = TlsMode::Implicit;
    s.caFile = ca();
    const Outcome o = diagnose(s);
    expectFinding(o, "tls.cert.expired", Stage::Tls);
    EXPECT_TRUE(words().title(*find(o.report, QStringLiteral("tls.cert.expired"))).contains(QStringLiteral("2020-01-02")));
    EXPECT_TRUE(words().fix(*find(o.report, QStringLiteral("tls.cert.expired"))).contains(QStringLiteral("Renew")));
}

TEST_F(TlsMatrix, NotYetValidCertificate)
{
    test::OpensslServer server(QStringLiteral("notyet"));
    ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
    smtp::Settings s = base(server.port());
    s.tlsModeOverride = TlsMode::Implicit;
    s.caFile = ca();
    expectFinding(diagnose(s), "tls.cert.not_yet_valid", Stage::Tls);
}

TEST_F(TlsMatrix, WrongHostName)
{
    test::OpensslServer server(QStringLiteral("wronghost"));
    ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
    smtp::Settings s = base(server.port());
    s.tlsModeOverride = TlsMode::Implicit;
    s.caFile = ca();
    const Outcome o = diagnose(s);
    expectFinding(o, "tls.cert.host_mismatch", Stage::Tls);
    EXPECT_TRUE(words().fix(*find(o.report, QStringLiteral("tls.cert.host_mismatch"))).contains(QStringLiteral("wrong.example.test")));
    EXPECT_EQ(find(o.report, QStringLiteral("tls.cert.unknown_issuer")), nullptr) << "the CA is trusted: only the name is wrong";
    EXPECT_TRUE(find(o.report, QStringLiteral("tls.cert.host_mismatch"))
                    ->parameters.value(QStringLiteral("names"))
                    .toStringList()
                    .contains(QStringLiteral("wrong.example.test")));
}

TEST_F(TlsMatrix, UnknownIssuerWithoutTheCaFile)
{
    test::OpensslServer server(QStringLiteral("good"));
    ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
    smtp::Settings s = base(server.port());
    s.tlsModeOverride = TlsMode::Implicit;
    expectFinding(diagnose(s), "tls.cert.unknown_issuer", Stage::Tls);
}

TEST_F(TlsMatrix, TrustedCaPassesTls)
{
    test::OpensslServer server(QStringLiteral("good"));
    ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
    smtp::Settings s = base(server.port());
    s.tlsModeOverride = TlsMode::Implicit;
    s.caFile = ca();
    const Outcome o = diagnose(s);
    for (const Finding &f : o.report.findings)
        EXPECT_FALSE(f.code.startsWith(QStringLiteral("tls.")) && f.severity == Severity::Error) << f.code.toStdString();
    const StageReport &tls = o.report.stages.at(o.report.rank(Stage::Tls));
    EXPECT_EQ(tls.stage, Stage::Tls);
    // Passed, or Warning: the test certificate expires within 14 days, which is reported.
    EXPECT_TRUE(tls.status == StageStatus::Passed || tls.status == StageStatus::Warning) << reportText(o.report).toStdString();
    EXPECT_NE(find(o.report, QStringLiteral("tls.cert.expiring_soon")), nullptr);
    EXPECT_FALSE(o.report.tlsProtocol.isEmpty());
    // s_server speaks no SMTP (its one greeting line goes to whichever connection reads
    // first): whatever fails, fails after TLS.
    EXPECT_GT(o.report.rank(o.report.firstFailedStage()), o.report.rank(Stage::Tls));
    EXPECT_LT(o.elapsedMs, TimeoutMs + 1000);
}

TEST_F(TlsMatrix, VerificationOffIsAWarningEvenWhenItWorks)
{
    test::OpensslServer server(QStringLiteral("selfsigned"));
    ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
    smtp::Settings s = base(server.port());
    s.tlsModeOverride = TlsMode::Implicit;
    s.verifyPeer = false;
    const Outcome o = diagnose(s);
    const Finding *f = find(o.report, QStringLiteral("tls.verify_disabled"));
    ASSERT_NE(f, nullptr) << codes(o.report);
    EXPECT_EQ(f->severity, Severity::Warning);
    EXPECT_TRUE(words().fix(*f).contains(QStringLiteral("SMTP_TLS_CA_FILE")));
    EXPECT_TRUE(f->proposedChange.contains(SettingChange{QStringLiteral("SMTP_TLS_VERIFY"), QStringLiteral("true")}));
}

// Where the machine has ::1: a server on 127.0.0.1 only, probed on ::1 and 127.0.0.1:
// IPv4 works, IPv6 is refused, and the report says so.
TEST(Diagnosis, Ipv6FailsWhereIpv4Works)
{
    QTcpServer v6probe;
    if (!v6probe.listen(QHostAddress::LocalHostIPv6, 0))
        GTEST_SKIP() << "this machine has no ::1";
    QTcpServer server; // IPv4 only
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    v6probe.close();
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server]() {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            socket->write("220 v4 only\r\n");
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket]() {
                while (socket->canReadLine()) {
                    const QByteArray line = socket->readLine();
                    socket->write(line.startsWith("QUIT") ? "221 bye\r\n" : "250 ok\r\n");
                }
            });
        }
    });
    smtp::Settings s = base(server.serverPort());
    s.host = QStringLiteral("127.0.0.1");
    s.tls = false;
    Options options;
    options.addresses = {QHostAddress::LocalHostIPv6, QHostAddress::LocalHost};
    const Outcome o = diagnose(s, options);
    expectFinding(o, "connect.ipv6_failed", Stage::Connect, Severity::Warning);
    EXPECT_TRUE(o.report.ok()) << reportText(o.report).toStdString();
    EXPECT_EQ(o.report.addresses, (QStringList{QStringLiteral("::1"), QStringLiteral("127.0.0.1")}));
}

TEST(Diagnosis, UnknownHost)
{
    smtp::Settings s = base(587);
    s.host = QStringLiteral("no-such-host.invalid"); // RFC 2606: never resolves
    expectFinding(diagnose(s), "dns.not_found", Stage::Resolve);
}

TEST_F(PostfixDiagnosis, JsonAndBundleCarryNoSecret)
{
    smtp::Settings s = postfixSettings("POSTFIX_SUBMISSION_PORT", 2);
    const Outcome o = diagnose(s);
    const text::ReportText renderer(text::Audience::CommandLine);
    const QJsonObject json = renderer.json(o.report);
    EXPECT_EQ(json[QStringLiteral("schema")].toString(), QStringLiteral("selfmx-diagnosis/1"));
    EXPECT_TRUE(json[QStringLiteral("ok")].toBool());
    EXPECT_EQ(json[QStringLiteral("stages")].toArray().size(), 9);
    for (const QJsonValue &finding : json[QStringLiteral("findings")].toArray()) {
        EXPECT_TRUE(finding[QStringLiteral("parameters")].isObject());
        EXPECT_TRUE(finding[QStringLiteral("proposed_change")].isArray());
        EXPECT_FALSE(finding[QStringLiteral("title")].toString().isEmpty());
    }
    const QString everything = QString::fromUtf8(QJsonDocument(json).toJson()) + renderer.bundle(o.report) + reportText(o.report);
    const QString password = test::PostfixInstance::get().value("POSTFIX_PASS2");
    EXPECT_FALSE(everything.contains(password));
    EXPECT_FALSE(everything.contains(QString::fromLatin1(password.toUtf8().toBase64())));
    EXPECT_TRUE(renderer.bundle(o.report).contains(QStringLiteral("SMTP_PASS=******** (set)")));
}

TEST_F(PostfixDiagnosis, FinderRanksWhatWorks)
{
    const test::PostfixInstance &p = test::PostfixInstance::get();
    smtp::Settings s = postfixSettings("POSTFIX_SUBMISSION_PORT");
    auto candidate = [](quint16 port, TlsMode mode) {
        Candidate c;
        c.port = port;
        c.mode = mode;
        return c;
    };
    SettingsFinder finder(s, {candidate(p.port("POSTFIX_PLAIN_PORT"), TlsMode::StartTls),
                              candidate(p.port("POSTFIX_SUBMISSION_PORT"), TlsMode::Implicit),
                              candidate(p.port("POSTFIX_IMPLICIT_PORT"), TlsMode::Implicit),
                              candidate(p.port("POSTFIX_SUBMISSION_PORT"), TlsMode::StartTls)});
    QSignalSpy finished(&finder, &SettingsFinder::finished);
    finder.start();
    ASSERT_TRUE(finished.wait(TimeoutMs + 5000));
    const QList<Candidate> working = finder.working();
    ASSERT_EQ(working.size(), 2);
    EXPECT_TRUE(working[0].authenticated);
    EXPECT_EQ(finder.candidates()[0].error.category, smtp::ErrorCategory::TlsRequired);
    EXPECT_EQ(finder.candidates()[1].error.stage, Stage::Tls);
    EXPECT_FALSE(finder.recommendation().isEmpty());
    const QList<SettingChange> change = finder.recommendedChange();
    EXPECT_TRUE(change.contains(SettingChange{QStringLiteral("SMTP_PORT"), QString::number(working[0].port)}));
    EXPECT_TRUE(change.contains(SettingChange{QStringLiteral("SMTP_TLS"), QStringLiteral("true")}));
    // The mode is always named, so a stored or exported SMTP_TLS_MODE cannot undo it.
    EXPECT_TRUE(change.contains(SettingChange{QStringLiteral("SMTP_TLS_MODE"), smtp::tlsModeName(working[0].mode)}));
    EXPECT_TRUE(finder.recommendation().contains(QStringLiteral("SMTP_PORT=") + QString::number(working[0].port) + u'\n'));
    EXPECT_FALSE(text::ReportText(text::Audience::CommandLine).candidate(working[0]).isEmpty());
}
