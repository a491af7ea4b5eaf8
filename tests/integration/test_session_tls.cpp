// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// Certificate names (RFC 6125) and SMTP_TLS_CA_FILE, against `openssl s_server` with the
// certificates of tests/support/tls/make-certs.sh.
#include "opensslserver.h"
#include "printers.h"
#include "sessionrunner.h"

#include "smtp/certificatecheck.h"
#include "smtp/session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSslConfiguration>

#include <gtest/gtest.h>

#include <cstdio>

using namespace selfmx;
using namespace selfmx::smtp;

namespace {

QString certificates()
{
    return test::faultMatrixCertificates();
}

QSslCertificate certificate(const char *name)
{
    return QSslCertificate::fromPath(certificates() + u'/' + QString::fromLatin1(name) + QStringLiteral(".pem")).value(0);
}

// s_server greets and then echoes nothing back: a session that got through TLS waits for
// the EHLO reply and times out there (stage Ehlo), which is what "TLS passed" looks like.
Settings implicitTls(quint16 port, const char *caFile = "ca")
{
    Settings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.tlsModeOverride = TlsMode::Implicit;
    s.ehloName = QStringLiteral("client.test");
    s.timeout = std::chrono::milliseconds(1500);
    if (caFile)
        s.caFile = certificates() + u'/' + QString::fromLatin1(caFile) + QStringLiteral(".pem");
    return s;
}

} // namespace

TEST(CertificateNames, IpHostMatchesOnlyAnIpSan)
{
    const QSslCertificate cnip = certificate("cnip");
    ASSERT_FALSE(cnip.isNull());
    EXPECT_FALSE(certificateMatchesHost(cnip, QStringLiteral("127.0.0.1"))) << "the CN must not stand in for an IP SAN";
    EXPECT_TRUE(certificateMatchesHost(cnip, QStringLiteral("mail.example.test")));
    EXPECT_TRUE(certificateMatchesHost(cnip, QStringLiteral("MAIL.Example.Test.")));
    const QSslCertificate good = certificate("good");
    EXPECT_TRUE(certificateMatchesHost(good, QStringLiteral("127.0.0.1")));
    EXPECT_TRUE(certificateMatchesHost(good, QStringLiteral("localhost")));
    EXPECT_FALSE(certificateMatchesHost(good, QStringLiteral("::1")));
}

TEST(CertificateNames, WildcardIsOneWholeLeftMostLabel)
{
    const QSslCertificate wildcard = certificate("wildcard");
    ASSERT_FALSE(wildcard.isNull());
    EXPECT_TRUE(certificateMatchesHost(wildcard, QStringLiteral("mail.example.test")));
    EXPECT_FALSE(certificateMatchesHost(wildcard, QStringLiteral("a.b.example.test")));
    EXPECT_FALSE(certificateMatchesHost(wildcard, QStringLiteral("example.test")));
    EXPECT_FALSE(certificateMatchesHost(wildcard, QStringLiteral("xn--bcher-kva.example.test")));
    EXPECT_FALSE(certificateMatchesHost(wildcard, QStringLiteral("127.0.0.1")));
}

// Issue 11, item 3: Qt 6.4 accepted this certificate for 127.0.0.1 through its CN.
TEST(CertificateNames, CnIsNotUsedWhenSansArePresent)
{
    test::OpensslServer server(QStringLiteral("cnip"));
    ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
    SmtpSession session(implicitTls(server.port()));
    ASSERT_TRUE(test::runToEnd(session).finished);
    EXPECT_EQ(session.error().stage, Stage::Tls) << session.error().toString().toStdString();
    EXPECT_EQ(session.error().code, QStringLiteral("tls.certificate_unverified"));
    ASSERT_EQ(session.error().sslErrors.size(), 1);
    EXPECT_EQ(session.error().sslErrors.first().error(), QSslError::HostNameMismatch);
    EXPECT_FALSE(session.isReady());
}

TEST(CertificateNames, PinnedCertificateIsAcceptedWhateverItsNames)
{
    test::OpensslServer server(QStringLiteral("cnip"));
    ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
    Settings s = implicitTls(server.port(), nullptr);
    s.pinnedSha256 = certificate("cnip").digest(QCryptographicHash::Sha256).toHex();
    SmtpSession session(s);
    ASSERT_TRUE(test::runToEnd(session).finished);
    EXPECT_TRUE(session.isEncrypted()) << session.error().toString().toStdString();
    EXPECT_EQ(session.error().stage, Stage::Ehlo) << session.error().toString().toStdString();
}

// SMTP_TLS_PIN_SHA256 accepts exactly one certificate. Another one failed only when its chain
// did not verify: a certificate the CA vouched for passed whatever the pin said.
TEST(Pin, AnotherCertificateFailsEvenWhenItsCaVouchesForIt)
{
    test::OpensslServer server(QStringLiteral("good"));
    ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
    Settings s = implicitTls(server.port());
    s.pinnedSha256 = QByteArray("ab").repeated(32);
    SmtpSession session(s);
    ASSERT_TRUE(test::runToEnd(session).finished);
    EXPECT_EQ(session.error().stage, Stage::Tls) << session.error().toString().toStdString();
    EXPECT_EQ(session.error().code, QStringLiteral("tls.pin_mismatch"));
    EXPECT_EQ(session.error().parameters.value(QStringLiteral("fingerprint")).toString(),
              QString::fromLatin1(certificate("good").digest(QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(session.error().parameters.value(QStringLiteral("key")).toString(), QStringLiteral("SMTP_TLS_PIN_SHA256"));
    EXPECT_FALSE(session.isReady());
}

TEST(Pin, AnUnverifiedCertificateThatIsNotThePinnedOneNamesThePin)
{
    test::OpensslServer server(QStringLiteral("selfsigned"));
    ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
    Settings s = implicitTls(server.port());
    s.pinnedSha256 = QByteArray("ab").repeated(32);
    SmtpSession session(s);
    ASSERT_TRUE(test::runToEnd(session).finished);
    EXPECT_EQ(session.error().code, QStringLiteral("tls.pin_mismatch")) << session.error().toString().toStdString();
    EXPECT_FALSE(session.isReady());
}

TEST(Pin, APinIsCheckedWithVerificationOffToo)
{
    test::OpensslServer server(QStringLiteral("selfsigned"));
    ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
    Settings s = implicitTls(server.port(), nullptr);
    s.verifyPeer = false;
    s.pinnedSha256 = QByteArray("ab").repeated(32);
    SmtpSession session(s);
    ASSERT_TRUE(test::runToEnd(session).finished);
    EXPECT_EQ(session.error().code, QStringLiteral("tls.pin_mismatch")) << session.error().toString().toStdString();
    EXPECT_FALSE(session.isReady());
}

// Issue 11, item 4: the CA file is an extra trust anchor answered through OpenSSL, and the
// socket keeps Qt's on-demand system roots (no addCaCertificates()).
TEST(CaFile, CertificateSignedByTheExtraCaIsVerified)
{
    test::OpensslServer server(QStringLiteral("good"));
    ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
    SmtpSession session(implicitTls(server.port()));
    ASSERT_TRUE(test::runToEnd(session).finished);
    EXPECT_TRUE(session.isEncrypted()) << session.error().toString().toStdString();
    EXPECT_EQ(session.error().stage, Stage::Ehlo) << session.error().toString().toStdString();
    EXPECT_TRUE(session.trustedByCaFile());
    EXPECT_TRUE(session.ignoredSslErrors().isEmpty()) << "verified, not accepted despite errors";
}

// Issue 11, item 4: a server whose certificate the system already trusts still verifies
// with SMTP_TLS_CA_FILE set to an unrelated CA (the file adds a trust anchor, it does not
// replace the system's). The system's roots are stood in for by the process's default TLS
// configuration, which is what every session starts from.
TEST(CaFile, ASystemTrustedCertificateStillVerifiesWithACaFileSet)
{
    const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    QSslConfiguration system = saved;
    system.addCaCertificate(certificate("ca"));
    QSslConfiguration::setDefaultConfiguration(system);
    test::OpensslServer server(QStringLiteral("good"));
    ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
    SmtpSession session(implicitTls(server.port(), "otherca"));
    ASSERT_TRUE(test::runToEnd(session).finished);
    QSslConfiguration::setDefaultConfiguration(saved);
    EXPECT_TRUE(session.isEncrypted()) << session.error().toString().toStdString();
    EXPECT_EQ(session.error().stage, Stage::Ehlo) << session.error().toString().toStdString();
    EXPECT_FALSE(session.trustedByCaFile()) << "the system's roots verified it, not the CA file";
    EXPECT_TRUE(session.ignoredSslErrors().isEmpty());
}

TEST(CaFile, AnUnrelatedCaDoesNotVerify)
{
    test::OpensslServer server(QStringLiteral("good"));
    ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
    SmtpSession session(implicitTls(server.port(), "otherca"));
    ASSERT_TRUE(test::runToEnd(session).finished);
    EXPECT_EQ(session.error().code, QStringLiteral("tls.certificate_unverified")) << session.error().toString().toStdString();
    EXPECT_FALSE(session.trustedByCaFile());
}

TEST(CaFile, TheCaDoesNotExcuseAWrongName)
{
    test::OpensslServer server(QStringLiteral("wronghost"));
    ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
    SmtpSession session(implicitTls(server.port()));
    ASSERT_TRUE(test::runToEnd(session).finished);
    EXPECT_EQ(session.error().code, QStringLiteral("tls.certificate_unverified")) << session.error().toString().toStdString();
    ASSERT_FALSE(session.error().sslErrors.isEmpty());
    for (const QSslError &error : session.error().sslErrors)
        EXPECT_FALSE(isTrustError(error)) << "the trust errors were answered by the CA; only the name is left";
}

TEST(CaFile, TheCaDoesNotExcuseAnExpiredCertificate)
{
    test::OpensslServer server(QStringLiteral("expired"));
    ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
    SmtpSession session(implicitTls(server.port()));
    ASSERT_TRUE(test::runToEnd(session).finished);
    EXPECT_EQ(session.error().code, QStringLiteral("tls.certificate_unverified")) << session.error().toString().toStdString();
    EXPECT_FALSE(session.trustedByCaFile());
}

TEST(CaFile, AnUnreadableCaFileIsASettingsProblemBeforeConnecting)
{
    Settings s = implicitTls(1, nullptr);
    s.caFile = QStringLiteral("/nonexistent/ca.pem");
    const Error error = SmtpSession::checkSettings(s);
    EXPECT_EQ(error.code, QStringLiteral("tls.ca_file_unreadable"));
    EXPECT_EQ(error.category, ErrorCategory::Config);
}

// A test process leaves no certificates behind: each one used to leave its directory of keys
// in /tmp (a hundred and more per run of the suite). This test runs itself as a child that
// makes them and prints where; once the child has exited, the directory must be gone.
TEST(FaultMatrixCertificates, AreRemovedWhenTheProcessEnds)
{
    if (qEnvironmentVariableIsSet("SELFMX_CERTIFICATES_CHILD")) {
        const QString dir = certificates();
        ASSERT_TRUE(QFileInfo::exists(dir + QStringLiteral("/ca.pem"))) << dir.toStdString();
        std::printf("certificates in: %s\n", qPrintable(dir));
        return;
    }
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SELFMX_CERTIFICATES_CHILD"), QStringLiteral("1"));
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--gtest_filter=FaultMatrixCertificates.AreRemovedWhenTheProcessEnds")});
    ASSERT_TRUE(child.waitForFinished(120000)) << "the child did not finish";
    const QByteArray output = child.readAllStandardOutput();
    ASSERT_EQ(child.exitCode(), 0) << output.toStdString();
    const qsizetype at = output.indexOf("certificates in: ");
    ASSERT_GE(at, 0) << output.toStdString();
    const QByteArray line = output.mid(at + 17, output.indexOf('\n', at) - at - 17);
    const QString dir = QString::fromLocal8Bit(line);
    ASSERT_TRUE(dir.startsWith(QDir::tempPath())) << dir.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir)) << "left behind: " << dir.toStdString();
}
