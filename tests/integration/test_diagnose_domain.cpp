// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// `selfmx-console diagnose --check-domain`: the SMTP stages against the suite's Postfix, then
// the sender domain's stage against its nameserver (nsd, made-up zones). selfmx-console execs
// selfmx-console-dns for it, as a user's shell would see.
#include "childprocess.h"
#include "postfix.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSslCertificate>

#include <gtest/gtest.h>

using selfmx::test::PostfixInstance;

namespace {

using DiagnoseRun = selfmx::test::ChildRun;
using selfmx::test::dnsFixtureValues;

// diagnose for the fixture's submission port, with SMTP_FROM = `sender`; `settings` over
// the defaults below (SMTP_HOST, ...).
DiagnoseRun diagnose(const QStringList &arguments, const QString &sender, const QString &dnsServer = {},
                     const QMap<QString, QString> &settings = {})
{
    const PostfixInstance &p = PostfixInstance::get();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"SMTP_"))
            env.remove(key);
    }
    env.insert(QStringLiteral("SMTP_HOST"), QStringLiteral("localhost"));
    env.insert(QStringLiteral("SMTP_PORT"), p.value("POSTFIX_SUBMISSION_PORT"));
    env.insert(QStringLiteral("SMTP_TLS_CA_FILE"), p.value("POSTFIX_CA_FILE"));
    env.insert(QStringLiteral("SMTP_TIMEOUT"), QStringLiteral("10"));
    env.insert(QStringLiteral("SMTP_USER"), p.value("POSTFIX_USER1"));
    env.insert(QStringLiteral("SMTP_PASS"), p.value("POSTFIX_PASS1"));
    if (!sender.isEmpty())
        env.insert(QStringLiteral("SMTP_FROM"), sender);
    env.insert(QStringLiteral("DNS_SERVER"), dnsServer.isEmpty() ? dnsFixtureValues().value(QStringLiteral("DNS_SERVER")) : dnsServer);
    env.insert(QStringLiteral("DNS_TRUST_ANCHOR_FILE"), dnsFixtureValues().value(QStringLiteral("DNS_TRUST_ANCHOR_FILE")));
    for (auto it = settings.cbegin(); it != settings.cend(); ++it)
        env.insert(it.key(), it.value());
    return selfmx::test::runChild(qEnvironmentVariable("SELFMX_CONSOLE", QStringLiteral(SELFMX_CONSOLE_DEFAULT)),
                                  QStringList{QStringLiteral("diagnose")} + arguments, env, 60000);
}

class DiagnoseDomain : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(PostfixInstance::get().isAvailable()) << PostfixInstance::get().whyUnavailable().toStdString();
        ASSERT_FALSE(dnsFixtureValues().value(QStringLiteral("DNS_SERVER")).isEmpty()) << "no DNS fixture (run through ctest)";
    }
};

} // namespace

// SMTP passes; the sender's domain has two SPF records: the stage fails with spf.multiple,
// in the same findings list, and the exit status is 13.
TEST_F(DiagnoseDomain, JsonHasTheSenderDomainStageWithItsFinding)
{
    const DiagnoseRun run =
        diagnose({QStringLiteral("--check-domain"), QStringLiteral("--json")}, QStringLiteral("Tester <tester@spf-two.test>"));
    EXPECT_EQ(run.exitCode, 13) << run.err.toStdString() << run.out.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    ASSERT_FALSE(json.isEmpty()) << run.out.toStdString();
    EXPECT_FALSE(json.value(QStringLiteral("ok")).toBool());
    EXPECT_EQ(json.value(QStringLiteral("first_failed_stage")).toString(), QStringLiteral("sender_domain"));
    const QJsonArray stages = json.value(QStringLiteral("stages")).toArray();
    ASSERT_FALSE(stages.isEmpty());
    const QJsonObject last = stages.last().toObject();
    EXPECT_EQ(last.value(QStringLiteral("stage")).toString(), QStringLiteral("sender_domain"));
    EXPECT_EQ(last.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    EXPECT_EQ(stages.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("passed"));
    bool found = false;
    for (const QJsonValue &v : json.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(QStringLiteral("code")).toString() != u"spf.multiple")
            continue;
        found = true;
        EXPECT_EQ(f.value(QStringLiteral("stage")).toString(), QStringLiteral("sender_domain"));
        EXPECT_EQ(f.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        EXPECT_TRUE(f.value(QStringLiteral("fix")).toString().contains(QStringLiteral("Replace the 2 SPF records")))
            << f.value(QStringLiteral("fix")).toString().toStdString();
        EXPECT_EQ(f.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("record_name")).toString(),
                  QStringLiteral("spf-two.test"));
    }
    EXPECT_TRUE(found) << run.out.toStdString();
    const QJsonObject domain = json.value(QStringLiteral("sender_domain")).toObject();
    EXPECT_EQ(domain.value(QStringLiteral("domain")).toString(), QStringLiteral("spf-two.test"));
    EXPECT_FALSE(domain.value(QStringLiteral("ready")).toBool());
    EXPECT_FALSE(domain.value(QStringLiteral("evidence")).toArray().isEmpty());
}

// The text view: the section after the SMTP stages, the finding with its fix. Warnings only
// (+all, no DMARC, no MX): ready, with warnings, exit 0.
TEST_F(DiagnoseDomain, TextNamesTheDomainAndTheFix)
{
    const DiagnoseRun run = diagnose({QStringLiteral("--check-domain")}, QStringLiteral("tester@spf-plusall.test"));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Sender domain spf-plusall.test:"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("! spf-plusall.test: ready to send, with warnings"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("(spf.permissive_all)"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("fix: Change it to this TXT record at spf-plusall.test"))) << run.out.toStdString();
}

// Without --check-domain, diagnose is what it was: no DNS stage, exit 0.
TEST_F(DiagnoseDomain, WithoutTheOptionNothingChanges)
{
    const DiagnoseRun run = diagnose({QStringLiteral("--json")}, QStringLiteral("tester@spf-two.test"));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_TRUE(json.value(QStringLiteral("ok")).toBool());
    EXPECT_FALSE(json.contains(QStringLiteral("sender_domain")));
    for (const QJsonValue &v : json.value(QStringLiteral("stages")).toArray())
        EXPECT_NE(v.toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("sender_domain"));
}

// No sender address (SMTP_FROM unset, a login without @): a usage error, nothing attempted.
TEST_F(DiagnoseDomain, WithoutASenderItIsAUsageError)
{
    const DiagnoseRun run = diagnose({QStringLiteral("--check-domain")}, QString());
    EXPECT_EQ(run.exitCode, 2) << run.out.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("SMTP_FROM"))) << run.err.toStdString();
    const DiagnoseRun selector = diagnose({QStringLiteral("--dkim-selector"), QStringLiteral("s1")}, QStringLiteral("a@spf-two.test"));
    EXPECT_EQ(selector.exitCode, 2);
}

// A DNS_SERVER the stage cannot use is a usage error before the diagnosis starts: nothing
// is sent to the server (with --test-send that would be a real message) and no report is
// printed for a run that cannot finish.
TEST_F(DiagnoseDomain, BadDnsServerIsRefusedBeforeTheDiagnosisRuns)
{
    const DiagnoseRun run =
        diagnose({QStringLiteral("--check-domain")}, QStringLiteral("tester@spf-plusall.test"), QStringLiteral("not a nameserver"));
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString() << run.out.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("DNS_SERVER"))) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("diagnosing"))) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
}

// --- DANE (RFC 7672) for SMTP_HOST: the signed zone's TLSA records for the fixture's
// submission port (tests/support/dns/dns-fixture.sh), mail.signed.test with the Postfix
// certificate's key, bad.signed.test with another, both A 127.0.0.1 (DNSSEC-signed): the
// session connects there and DANE matches what its own handshake saw.

namespace {

// The Postfix certificate's SHA-256, as SMTP_TLS_PIN_SHA256 takes it: its name is localhost,
// so a session to mail.signed.test needs the pin (DANE-EE, 3 1 1, checks no name either).
QString postfixPin()
{
    QFile pem(PostfixInstance::get().value("POSTFIX_DIR") + QStringLiteral("/certs/server.pem"));
    if (!pem.open(QIODevice::ReadOnly))
        return {};
    const QList<QSslCertificate> chain = QSslCertificate::fromData(pem.readAll(), QSsl::Pem);
    return chain.isEmpty() ? QString() : QString::fromLatin1(chain.first().digest(QCryptographicHash::Sha256).toHex());
}

QJsonObject findingOf(const QJsonObject &json, const QString &code)
{
    for (const QJsonValue &v : json.value(QStringLiteral("findings")).toArray()) {
        if (v.toObject().value(QStringLiteral("code")).toString() == code)
            return v.toObject();
    }
    return {};
}

QMap<QString, QString> signedHost(const QString &host)
{
    return {{QStringLiteral("SMTP_HOST"), host}, {QStringLiteral("SMTP_TLS_PIN_SHA256"), postfixPin()}};
}

} // namespace

TEST_F(DiagnoseDomain, DaneMatchesTheCertificateTheSessionSaw)
{
    ASSERT_FALSE(postfixPin().isEmpty());
    const DiagnoseRun run = diagnose({QStringLiteral("--check-domain"), QStringLiteral("--json")}, QStringLiteral("tester@signed.test"), {},
                                     signedHost(QStringLiteral("mail.signed.test")));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    ASSERT_FALSE(json.isEmpty()) << run.out.toStdString();
    const QJsonObject match = findingOf(json, QStringLiteral("dane.match"));
    ASSERT_FALSE(match.isEmpty()) << run.out.toStdString();
    EXPECT_EQ(match.value(QStringLiteral("stage")).toString(), QStringLiteral("sender_domain"));
    const QJsonObject parameters = match.value(QStringLiteral("parameters")).toObject();
    EXPECT_EQ(parameters.value(QStringLiteral("host")).toString(), QStringLiteral("mail.signed.test"));
    EXPECT_EQ(parameters.value(QStringLiteral("port")).toInt(), PostfixInstance::get().value("POSTFIX_SUBMISSION_PORT").toInt());
    EXPECT_EQ(parameters.value(QStringLiteral("security")).toString(), QStringLiteral("secure"));
    // The session connected to the address DNSSEC vouched for; its A answer is evidence.
    bool secureAddress = false;
    for (const QJsonValue &v : json.value(QStringLiteral("sender_domain")).toObject().value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject e = v.toObject();
        secureAddress =
            secureAddress
            || (e.value(QStringLiteral("name")).toString() == u"mail.signed.test" && e.value(QStringLiteral("type")).toString() == u"A"
                && e.value(QStringLiteral("dnssec")).toString() == u"secure");
    }
    EXPECT_TRUE(secureAddress) << run.out.toStdString();

    // The text view names it too.
    const DiagnoseRun text = diagnose({QStringLiteral("--check-domain")}, QStringLiteral("tester@signed.test"), {},
                                      signedHost(QStringLiteral("mail.signed.test")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("(dane.match)"))) << text.out.toStdString();
}

TEST_F(DiagnoseDomain, DaneMismatchFailsTheStage)
{
    const DiagnoseRun run = diagnose({QStringLiteral("--check-domain"), QStringLiteral("--json")}, QStringLiteral("tester@signed.test"), {},
                                     signedHost(QStringLiteral("bad.signed.test")));
    EXPECT_EQ(run.exitCode, 13) << run.err.toStdString() << run.out.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    ASSERT_FALSE(json.isEmpty()) << run.out.toStdString();
    EXPECT_EQ(json.value(QStringLiteral("first_failed_stage")).toString(), QStringLiteral("sender_domain"));
    const QJsonObject mismatch = findingOf(json, QStringLiteral("dane.mismatch"));
    ASSERT_FALSE(mismatch.isEmpty()) << run.out.toStdString();
    EXPECT_EQ(mismatch.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    EXPECT_TRUE(mismatch.value(QStringLiteral("fix"))
                    .toString()
                    .contains(QStringLiteral("_") + PostfixInstance::get().value("POSTFIX_SUBMISSION_PORT")
                              + QStringLiteral("._tcp.bad.signed.test")))
        << mismatch.value(QStringLiteral("fix")).toString().toStdString();
    EXPECT_EQ(json.value(QStringLiteral("stages")).toArray().last().toObject().value(QStringLiteral("status")).toString(),
              QStringLiteral("failed"));
}

// A session that never reached TLS (SMTP_TLS=false, no login, on the port whose TLSA
// records are signed) saw no certificate: DANE is not checked (dane.unchecked,
// information), which is no error and no second connection.
TEST_F(DiagnoseDomain, DaneWithoutTlsIsNotChecked)
{
    QMap<QString, QString> settings = signedHost(QStringLiteral("mail.signed.test"));
    settings.insert(QStringLiteral("SMTP_TLS"), QStringLiteral("false"));
    settings.insert(QStringLiteral("SMTP_USER"), QString());
    settings.insert(QStringLiteral("SMTP_PASS"), QString());
    const DiagnoseRun run =
        diagnose({QStringLiteral("--check-domain"), QStringLiteral("--json")}, QStringLiteral("tester@signed.test"), {}, settings);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    ASSERT_FALSE(json.isEmpty()) << run.err.toStdString() << run.out.toStdString();
    EXPECT_TRUE(findingOf(json, QStringLiteral("dane.match")).isEmpty()) << run.out.toStdString();
    EXPECT_TRUE(findingOf(json, QStringLiteral("dane.mismatch")).isEmpty()) << run.out.toStdString();
    const QJsonObject unchecked = findingOf(json, QStringLiteral("dane.unchecked"));
    ASSERT_FALSE(unchecked.isEmpty()) << run.out.toStdString();
    EXPECT_EQ(unchecked.value(QStringLiteral("severity")).toString(), QStringLiteral("info"));
    EXPECT_TRUE(json.value(QStringLiteral("sender_domain")).toObject().value(QStringLiteral("ready")).toBool()) << run.out.toStdString();
}

// SMTP_HOST an IP address: no TLSA name to ask, no DANE finding; the evidence says why.
TEST_F(DiagnoseDomain, DaneIsSkippedForAnAddress)
{
    const DiagnoseRun run =
        diagnose({QStringLiteral("--check-domain"), QStringLiteral("--json")}, QStringLiteral("tester@signed.test"), {},
                 {{QStringLiteral("SMTP_HOST"), QStringLiteral("127.0.0.1")}, {QStringLiteral("SMTP_TLS_PIN_SHA256"), postfixPin()}});
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    ASSERT_FALSE(json.isEmpty()) << run.err.toStdString() << run.out.toStdString();
    for (const QJsonValue &v : json.value(QStringLiteral("findings")).toArray())
        EXPECT_FALSE(v.toObject().value(QStringLiteral("code")).toString().startsWith(u"dane.")) << run.out.toStdString();
    bool noted = false;
    for (const QJsonValue &v : json.value(QStringLiteral("sender_domain")).toObject().value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject e = v.toObject();
        noted = noted
                || (e.value(QStringLiteral("check")).toString() == u"dane"
                    && e.value(QStringLiteral("skipped")).toString() == u"host_is_address");
    }
    EXPECT_TRUE(noted) << run.out.toStdString();
}
