// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// core/dns against a real nameserver (nsd) serving made-up zones and the scripted fault
// server (tests/support/dns), both on loopback, started by the ctest fixture.
#include "childprocess.h"
#include "opensslserver.h"
#include "ports.h"
#include "postfix.h"

#include "dns/dane.h"
#include "dns/discovery.h"
#include "dns/domaincheck.h"
#include "dns/resolver.h"
#include "settings/fields.h"
#include "text/dnstext.h"
#include "text/settingstext.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>

#include <gtest/gtest.h>

using namespace selfmx;
using namespace selfmx::dns;

namespace {

using selfmx::test::dnsFixtureValues;

ResolverConfig testConfig(int timeoutMs = 5000)
{
    ResolverConfig c;
    c.server = dnsFixtureValues().value(QStringLiteral("DNS_SERVER"));
    c.trustAnchorFile = dnsFixtureValues().value(QStringLiteral("DNS_TRUST_ANCHOR_FILE"));
    c.timeoutMs = timeoutMs;
    return c;
}

DomainCheckOptions options(const QString &domain, profile::Provider provider, const QStringList &selectors)
{
    DomainCheckOptions o;
    o.domain = domain;
    o.provider = provider;
    o.dkimSelectors = selectors;
    return o;
}

ResolverConfig faultConfig(int timeoutMs)
{
    ResolverConfig c;
    c.server = dnsFixtureValues().value(QStringLiteral("DNS_FAULT_SERVER"));
    c.rootTrustAnchor = false;
    c.timeoutMs = timeoutMs;
    return c;
}

class Dns : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(dnsFixtureValues().value(QStringLiteral("DNS_SERVER")).isEmpty()) << "no DNS fixture (run through ctest)";
    }

    static Answer resolve(Resolver &resolver, const QString &name, RecordType type)
    {
        Lookup *lookup = resolver.lookup(name, type);
        QSignalSpy spy(lookup, &Lookup::finished);
        EXPECT_TRUE(spy.wait(15000));
        EXPECT_EQ(spy.count(), 1);
        return lookup->answer();
    }

    static QList<diagnostics::Finding> check(const QString &domain, profile::Provider provider = profile::Provider::SendGrid,
                                             const QStringList &selectors = {})
    {
        DomainCheck domainCheck(options(domain, provider, selectors), testConfig());
        QSignalSpy spy(&domainCheck, &DomainCheck::finished);
        domainCheck.start();
        EXPECT_TRUE(spy.wait(15000));
        return domainCheck.findings();
    }

    static QList<diagnostics::Finding> check(const DomainCheckOptions &o)
    {
        DomainCheck domainCheck(o, testConfig());
        QSignalSpy spy(&domainCheck, &DomainCheck::finished);
        domainCheck.start();
        EXPECT_TRUE(spy.wait(15000));
        return domainCheck.findings();
    }

    // The finding of `code` whose parameter `key` is `value`.
    static std::optional<diagnostics::Finding> find(const QList<diagnostics::Finding> &findings, const QString &code, const char *key,
                                                    const QString &value)
    {
        for (const diagnostics::Finding &f : findings) {
            if (f.code == code && f.parameter(QString::fromLatin1(key)) == value)
                return f;
        }
        return std::nullopt;
    }

    static std::optional<diagnostics::Finding> find(const QList<diagnostics::Finding> &findings, const QString &code)
    {
        for (const diagnostics::Finding &f : findings) {
            if (f.code == code)
                return f;
        }
        return std::nullopt;
    }
};

QStringList codes(const QList<diagnostics::Finding> &findings)
{
    QStringList list;
    for (const diagnostics::Finding &f : findings)
        list.append(f.code);
    return list;
}

} // namespace

TEST(DnsServerAddress, ParsesAddressAndPort)
{
    EXPECT_EQ(unboundServerAddress(QStringLiteral("127.0.0.1:5353")), QStringLiteral("127.0.0.1@5353"));
    EXPECT_EQ(unboundServerAddress(QStringLiteral("192.0.2.1")), QStringLiteral("192.0.2.1"));
    EXPECT_EQ(unboundServerAddress(QStringLiteral("[::1]:53")), QStringLiteral("::1@53"));
    EXPECT_EQ(unboundServerAddress(QStringLiteral("::1")), QStringLiteral("::1"));
    EXPECT_FALSE(unboundServerAddress(QStringLiteral("dns.example:53")));
    EXPECT_FALSE(unboundServerAddress(QStringLiteral("127.0.0.1:0")));
    EXPECT_FALSE(unboundServerAddress(QStringLiteral("127.0.0.1:99999")));
}

// DNS_SERVER is a row of the field table: stored with a profile, validated as addr[:port]
// with an issue naming the field, and what the resolver's configuration reads.
TEST(DnsServerSetting, IsAFieldValidatedAsAddressAndPort)
{
    const settings::Field *f = settings::field(QStringLiteral("DNS_SERVER"));
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->group, settings::Group::Smtp);
    EXPECT_EQ(f->option, QStringLiteral("dns-server"));
    settings::Issue problem;
    EXPECT_EQ(f->normalize(QStringLiteral(" 127.0.0.1:5353 "), &problem), std::optional<QString>(QStringLiteral("127.0.0.1:5353")));
    EXPECT_EQ(f->normalize(QStringLiteral("[::1]:53"), &problem), std::optional<QString>(QStringLiteral("[::1]:53")));
    EXPECT_FALSE(f->normalize(QStringLiteral("dns.example:53"), &problem));
    EXPECT_EQ(problem.key, QStringLiteral("DNS_SERVER"));
    EXPECT_EQ(problem.code, QStringLiteral("not_a_nameserver"));
    EXPECT_TRUE(text::SettingsText::describe(problem, text::Audience::CommandLine).startsWith(QStringLiteral("DNS_SERVER: ")))
        << text::SettingsText::describe(problem, text::Audience::CommandLine).toStdString();
    EXPECT_FALSE(f->normalize(QStringLiteral("127.0.0.1:0"), &problem));

    const settings::Parsed parsed = settings::parse({{QStringLiteral("SMTP_HOST"), QStringLiteral("smtp.example.test")},
                                                     {QStringLiteral("DNS_SERVER"), QStringLiteral("192.0.2.53:5353")}});
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed.configuration.dnsServer, QStringLiteral("192.0.2.53:5353"));
    EXPECT_EQ(ResolverConfig::fromConfiguration(parsed.configuration).server, QStringLiteral("192.0.2.53:5353"));
    const settings::Parsed bad = settings::parse(
        {{QStringLiteral("SMTP_HOST"), QStringLiteral("smtp.example.test")}, {QStringLiteral("DNS_SERVER"), QStringLiteral("nameserver")}});
    ASSERT_EQ(bad.errors.size(), 1);
    EXPECT_EQ(bad.errors.at(0).key, QStringLiteral("DNS_SERVER"));
}

TEST(DnsParsers, SpfMechanismsForEvaluation)
{
    const QList<SpfMechanism> m =
        spfMechanisms(QStringLiteral("v=spf1 -a:Mail.Example.com/24//64 mx/28 ip4:192.0.2.0/24 ip6:2001:db8::/32 include:x.example ~all"),
                      QStringLiteral("example.com"));
    ASSERT_EQ(m.size(), 6);
    EXPECT_EQ(m.at(0).qualifier, u'-');
    EXPECT_EQ(m.at(0).domain, QStringLiteral("mail.example.com"));
    EXPECT_EQ(m.at(0).cidr4, 24);
    EXPECT_EQ(m.at(0).cidr6, 64);
    EXPECT_EQ(m.at(1).domain, QStringLiteral("example.com"));
    EXPECT_EQ(m.at(1).cidr4, 28);
    EXPECT_EQ(m.at(2).network, QStringLiteral("192.0.2.0"));
    EXPECT_EQ(m.at(2).cidr4, 24);
    EXPECT_EQ(m.at(3).cidr6, 32);
    EXPECT_EQ(m.at(5).name, QStringLiteral("all"));
    for (const SpfMechanism &one : m)
        EXPECT_TRUE(one.valid) << one.name.toStdString();
    // A malformed prefix length is a permerror, never "/0" (which would match every address).
    const QList<SpfMechanism> bad =
        spfMechanisms(QStringLiteral("v=spf1 ip4:192.0.2.1/ a/abc a//x ip4:192.0.2.0/33 ip6:2001:db8::/129 mx/-1 ip4:not-an-address ~all"),
                      QStringLiteral("example.com"));
    ASSERT_EQ(bad.size(), 8);
    for (qsizetype i = 0; i < 7; ++i)
        EXPECT_FALSE(bad.at(i).valid) << i;
    EXPECT_TRUE(bad.at(7).valid);
    EXPECT_TRUE(isSesDkimTarget(QStringLiteral("abc"), QStringLiteral("abc.dkim.amazonses.com")));
    EXPECT_TRUE(isSesDkimTarget(QStringLiteral("abc"), QStringLiteral("abc.dkim.af-south-1.amazonses.com")));
    EXPECT_FALSE(isSesDkimTarget(QStringLiteral("abc"), QStringLiteral("abd.dkim.amazonses.com")));
    EXPECT_FALSE(isSesDkimTarget(QStringLiteral("abc"), QStringLiteral("abc.dkim.amazonses.com.evil.example")));
}

TEST(DnsParsers, MtaStsAndTlsRpt)
{
    EXPECT_TRUE(parseMtaStsRecord(QStringLiteral("v=STSv1; id=20261129T01;")).errors.isEmpty());
    EXPECT_EQ(parseMtaStsRecord(QStringLiteral("v=STSv1; id=no-dashes")).errors, QStringList{QStringLiteral("id")});
    EXPECT_EQ(parseMtaStsRecord(QStringLiteral("id=1; v=STSv1")).errors, QStringList{QStringLiteral("v")});
    const MtaStsPolicy policy = parseMtaStsPolicy(
        QStringLiteral("version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\nmx: *.example.net\r\nmax_age: 86400\r\n"));
    EXPECT_TRUE(policy.errors.isEmpty());
    EXPECT_EQ(policy.mode, QStringLiteral("enforce"));
    EXPECT_EQ(policy.maxAge, 86400);
    EXPECT_EQ(policy.mx, (QStringList{QStringLiteral("mail.example.com"), QStringLiteral("*.example.net")}));
    EXPECT_EQ(parseMtaStsPolicy(QStringLiteral("version: STSv1\nmode: none\nmax_age: 40000000\n")).errors,
              QStringList{QStringLiteral("max_age")});
    // Of a repeated key the first occurrence counts (mx lines add up); only STSv1 is version 1.
    const MtaStsPolicy repeated = parseMtaStsPolicy(QStringLiteral("version: STSv1\nmode: enforce\nmode: none\nmx: a.example.com\n"
                                                                   "max_age: 86400\nmax_age: 99999999\nmx: b.example.com\n"
                                                                   "version: STSv2\n"));
    EXPECT_TRUE(repeated.errors.isEmpty()) << repeated.errors.join(u',').toStdString();
    EXPECT_EQ(repeated.mode, QStringLiteral("enforce"));
    EXPECT_EQ(repeated.maxAge, 86400);
    EXPECT_EQ(repeated.mx, (QStringList{QStringLiteral("a.example.com"), QStringLiteral("b.example.com")}));
    EXPECT_EQ(parseMtaStsPolicy(QStringLiteral("version: STSv10\nmode: none\nmax_age: 86400\n")).errors,
              QStringList{QStringLiteral("version")});
    EXPECT_EQ(parseMtaStsRecord(QStringLiteral("v=STSv10; id=1")).errors, QStringList{QStringLiteral("v")});
    EXPECT_TRUE(mtaStsMxMatches(QStringLiteral("*.example.net"), QStringLiteral("MX1.example.net")));
    EXPECT_FALSE(mtaStsMxMatches(QStringLiteral("*.example.net"), QStringLiteral("a.mx1.example.net")));
    EXPECT_FALSE(mtaStsMxMatches(QStringLiteral("*.example.net"), QStringLiteral("example.net")));
    EXPECT_TRUE(mtaStsMxMatches(QStringLiteral("mail.example.com"), QStringLiteral("mail.example.com")));
    const TlsRptRecord rpt = parseTlsRpt(QStringLiteral("v=TLSRPTv1; rua=mailto:tls@example.com,https://reports.example.com/tls"));
    EXPECT_TRUE(rpt.errors.isEmpty());
    EXPECT_EQ(rpt.rua.size(), 2);
    EXPECT_EQ(parseTlsRpt(QStringLiteral("v=TLSRPTv1; rua=ftp://x.example")).errors, QStringList{QStringLiteral("rua")});
    EXPECT_EQ(parseTlsRpt(QStringLiteral("v=TLSRPTv1")).errors, QStringList{QStringLiteral("rua")});
}

TEST(DnsParsers, SpfCountsLookupTermsAndNamesSyntaxErrors)
{
    const SpfRecord spf = parseSpf(QStringLiteral("v=spf1 include:a.example a mx:b.example ip4:192.0.2.0/24 ptr exists:%{i}.x.example "
                                                  "redirect=c.example ip4:1.2.3 foo -all"));
    EXPECT_EQ(spf.lookupTerms, 6);
    EXPECT_EQ(spf.includes, QStringList{QStringLiteral("a.example")});
    EXPECT_EQ(spf.redirect, QStringLiteral("c.example"));
    EXPECT_EQ(spf.all, QStringLiteral("-all"));
    EXPECT_EQ(spf.syntaxErrors, (QStringList{QStringLiteral("ip4:1.2.3"), QStringLiteral("foo")}));
    // A fully qualified name's trailing dot is the same name.
    const SpfRecord dotted = parseSpf(QStringLiteral("v=spf1 include:SendGrid.net. redirect=_spf.example.com. -all"));
    EXPECT_TRUE(dotted.syntaxErrors.isEmpty());
    EXPECT_EQ(dotted.includes, QStringList{QStringLiteral("sendgrid.net")});
    EXPECT_EQ(dotted.redirect, QStringLiteral("_spf.example.com"));
}

TEST(DnsParsers, Dmarc)
{
    const DmarcRecord ok = parseDmarc(QStringLiteral("v=DMARC1; p=reject; adkim=s; rua=mailto:d@example.com"));
    EXPECT_TRUE(ok.errors.isEmpty());
    EXPECT_EQ(ok.policy, QStringLiteral("reject"));
    EXPECT_EQ(ok.adkim, QStringLiteral("s"));
    EXPECT_EQ(ok.aspf, QStringLiteral("r"));
    EXPECT_EQ(parseDmarc(QStringLiteral("p=none; v=DMARC1")).errors, QStringList{QStringLiteral("v")});
}

TEST(DnsParsers, SrvOrderFollowsPriorityThenWeight)
{
    auto srv = [](quint16 priority, quint16 weight, const char *target) {
        Record r;
        r.type = RecordType::Srv;
        r.priority = priority;
        r.weight = weight;
        r.target = QString::fromLatin1(target);
        return r;
    };
    const QList<Record> records = {srv(10, 5, "c"), srv(0, 0, "zero"), srv(0, 60, "heavy"), srv(10, 1, "d")};
    // A pick of 0 takes the first in running order (zero weight first, RFC 2782); a pick near 1
    // takes the heaviest.
    QList<Record> low = orderSrv(records, []() { return 0.0; });
    ASSERT_EQ(low.size(), 4);
    EXPECT_EQ(low.at(0).target, QStringLiteral("zero"));
    EXPECT_EQ(low.at(1).target, QStringLiteral("heavy"));
    EXPECT_EQ(low.at(2).priority, 10);
    QList<Record> high = orderSrv(records, []() { return 0.99; });
    EXPECT_EQ(high.at(0).target, QStringLiteral("heavy"));
    EXPECT_EQ(high.at(2).target, QStringLiteral("d")); // pick 6 of 0..6: c's running sum 5 is short of it
}

TEST_F(Dns, ResolvesTypedAnswers)
{
    Resolver resolver(testConfig());
    ASSERT_TRUE(resolver.setupError().isEmpty()) << resolver.setupError().toStdString();
    const Answer srv = resolve(resolver, QStringLiteral("_submissions._tcp.srv.test"), RecordType::Srv);
    EXPECT_EQ(srv.status, Status::Ok);
    EXPECT_EQ(srv.security, Security::Insecure);
    ASSERT_EQ(srv.records.size(), 2);
    EXPECT_EQ(srv.records.at(0).port, 465);
    const Answer mx = resolve(resolver, QStringLiteral("mx-google.test"), RecordType::Mx);
    ASSERT_EQ(mx.records.size(), 2);
    EXPECT_TRUE(mx.records.at(0).target.endsWith(QStringLiteral("aspmx.l.google.com")));
    const Answer a = resolve(resolver, QStringLiteral("smtp.guess.test"), RecordType::A);
    ASSERT_EQ(a.records.size(), 1);
    EXPECT_EQ(a.records.at(0).address, QStringLiteral("127.0.0.1"));
    EXPECT_EQ(resolve(resolver, QStringLiteral("nothing.test"), RecordType::A).status, Status::NxDomain);
    EXPECT_EQ(resolve(resolver, QStringLiteral("smtp.guess.test"), RecordType::Mx).status, Status::NoData);
    // A CNAME is followed, and where it led is kept.
    const Answer dkim = resolve(resolver, QStringLiteral("s2._domainkey.sendgrid-ok.test"), RecordType::Txt);
    EXPECT_EQ(dkim.status, Status::Ok);
    EXPECT_EQ(dkim.canonicalName, QStringLiteral("s2.domainkey.u1.wl.sendgrid.net"));
}

TEST_F(Dns, SignedZoneIsSecureWithItsTlsaRecords)
{
    Resolver resolver(testConfig());
    const Answer tlsa = resolve(resolver, QStringLiteral("_25._tcp.mail.signed.test"), RecordType::Tlsa);
    EXPECT_EQ(tlsa.status, Status::Ok);
    EXPECT_EQ(tlsa.security, Security::Secure) << tlsa.whyBogus.toStdString();
    ASSERT_EQ(tlsa.records.size(), 1);
    EXPECT_EQ(tlsa.records.at(0).usage, 3);
    EXPECT_EQ(tlsa.records.at(0).selector, 1);
    EXPECT_EQ(tlsa.records.at(0).matchingType, 1);
    EXPECT_EQ(tlsa.records.at(0).data.size(), 32);
}

TEST_F(Dns, ServerFailureIsReported)
{
    Resolver resolver(faultConfig(5000));
    const Answer answer = resolve(resolver, QStringLiteral("x.servfail.fault.test"), RecordType::Txt);
    EXPECT_EQ(answer.status, Status::ServerFailure);
}

TEST_F(Dns, LookupThatNeverAnswersEndsWithinTheTimeout)
{
    Resolver resolver(faultConfig(1500));
    QElapsedTimer clock;
    clock.start();
    const Answer answer = resolve(resolver, QStringLiteral("x.silent.fault.test"), RecordType::Mx);
    EXPECT_EQ(answer.status, Status::Timeout);
    EXPECT_LT(clock.elapsed(), 3000);
    EXPECT_GE(clock.elapsed(), 1400);
}

TEST_F(Dns, TruncatedAnswerWithoutTcpFailsWithinTheTimeout)
{
    Resolver resolver(faultConfig(2000));
    QElapsedTimer clock;
    clock.start();
    const Answer answer = resolve(resolver, QStringLiteral("x.truncated.fault.test"), RecordType::Txt);
    EXPECT_NE(answer.status, Status::Ok);
    EXPECT_LT(clock.elapsed(), 3500);
}

TEST_F(Dns, BadServerSettingIsASetupError)
{
    ResolverConfig config;
    config.server = QStringLiteral("not a server");
    Resolver resolver(config);
    EXPECT_FALSE(resolver.setupError().isEmpty());
    EXPECT_EQ(resolve(resolver, QStringLiteral("srv.test"), RecordType::Mx).status, Status::Error);
}

// --- sender-domain readiness: each case's code and its fix text

TEST_F(Dns, CorrectSendGridDomainPasses)
{
    const QList<diagnostics::Finding> findings = check(QStringLiteral("sendgrid-ok.test"));
    for (const diagnostics::Finding &f : findings)
        EXPECT_EQ(f.severity, diagnostics::Severity::Info) << f.code.toStdString();
    EXPECT_TRUE(find(findings, QStringLiteral("spf.found")));
    const auto dmarc = find(findings, QStringLiteral("dmarc.found"));
    ASSERT_TRUE(dmarc);
    EXPECT_EQ(dmarc->parameter(QStringLiteral("policy")), QStringLiteral("quarantine"));
    EXPECT_TRUE(find(findings, QStringLiteral("mx.found")));
    int dkim = 0;
    for (const diagnostics::Finding &f : findings) {
        if (f.code == u"dkim.found") {
            ++dkim;
            EXPECT_EQ(f.parameter(QStringLiteral("bits")), QStringLiteral("2048"));
        }
    }
    EXPECT_EQ(dkim, 2); // s1 as TXT, s2 through SendGrid's CNAME
}

TEST_F(Dns, SpfOverTheLookupLimit)
{
    const auto f = find(check(QStringLiteral("spf-limit.test"), profile::Provider::Custom), QStringLiteral("spf.too_many_lookups"));
    ASSERT_TRUE(f);
    EXPECT_EQ(f->parameter(QStringLiteral("count")), QStringLiteral("14"));
    EXPECT_EQ(f->severity, diagnostics::Severity::Error);
    EXPECT_TRUE(text::DnsText().fix(*f).contains(QStringLiteral("at most 10 lookups")));
}

TEST_F(Dns, SpfPlusAll)
{
    const auto f = find(check(QStringLiteral("spf-plusall.test")), QStringLiteral("spf.permissive_all"));
    ASSERT_TRUE(f);
    EXPECT_EQ(f->parameter(QStringLiteral("qualifier")), QStringLiteral("+all"));
    EXPECT_EQ(text::DnsText().fix(*f),
              QStringLiteral("Change it to this TXT record at spf-plusall.test: v=spf1 include:sendgrid.net ~all."));
}

TEST_F(Dns, TwoSpfRecords)
{
    const auto f = find(check(QStringLiteral("spf-two.test")), QStringLiteral("spf.multiple"));
    ASSERT_TRUE(f);
    EXPECT_EQ(f->parameter(QStringLiteral("count")), QStringLiteral("2"));
    const QString fix = text::DnsText().fix(*f);
    EXPECT_TRUE(fix.startsWith(QStringLiteral("Replace the 2 SPF records with one TXT record at spf-two.test: v=spf1 ")));
    EXPECT_TRUE(fix.contains(QStringLiteral("include:sendgrid.net")));
    EXPECT_TRUE(fix.contains(QStringLiteral("ip4:192.0.2.1")));
}

TEST_F(Dns, SpfSyntaxError)
{
    const auto f = find(check(QStringLiteral("spf-syntax.test")), QStringLiteral("spf.syntax"));
    ASSERT_TRUE(f);
    EXPECT_EQ(f->parameter(QStringLiteral("term")), QStringLiteral("ip4:300.1.2.3 foo"));
    EXPECT_EQ(text::DnsText().fix(*f),
              QStringLiteral("Change it to this TXT record at spf-syntax.test: v=spf1 include:sendgrid.net ~all."));
}

TEST_F(Dns, SpfMissingAndProviderNotAuthorised)
{
    const auto missing = find(check(QStringLiteral("spf-none.test")), QStringLiteral("spf.missing"));
    ASSERT_TRUE(missing);
    EXPECT_EQ(text::DnsText().fix(*missing), QStringLiteral("Publish this TXT record at spf-none.test: v=spf1 include:sendgrid.net ~all."));
    const auto provider = find(check(QStringLiteral("spf-two.test"), profile::Provider::Mailgun), QStringLiteral("spf.multiple"));
    EXPECT_TRUE(provider); // two records: that comes first
    const auto notAuthorised = find(check(QStringLiteral("dmarc-none.test"), profile::Provider::Postmark, {QStringLiteral("pm1")}),
                                    QStringLiteral("spf.provider_missing"));
    ASSERT_TRUE(notAuthorised);
    EXPECT_EQ(text::DnsText().fix(*notAuthorised),
              QStringLiteral("Change it to this TXT record at dmarc-none.test: v=spf1 include:sendgrid.net include:spf.mtasv.net ~all."));
}

TEST_F(Dns, DkimMissingAndWeak)
{
    const auto missing = find(check(QStringLiteral("dkim-missing.test")), QStringLiteral("dkim.missing"));
    ASSERT_TRUE(missing);
    EXPECT_EQ(missing->parameter(QStringLiteral("record_name")), QStringLiteral("s1._domainkey.dkim-missing.test"));
    EXPECT_TRUE(text::DnsText().fix(*missing).contains(QStringLiteral("at s1._domainkey.dkim-missing.test")));
    const QList<diagnostics::Finding> weakFindings = check(QStringLiteral("dkim-weak.test"));
    const auto weak = find(weakFindings, QStringLiteral("dkim.weak_key"));
    ASSERT_TRUE(weak);
    EXPECT_EQ(weak->parameter(QStringLiteral("bits")), QStringLiteral("512"));
    EXPECT_EQ(weak->parameter(QStringLiteral("selector")), QStringLiteral("s1"));
    EXPECT_EQ(text::DnsText().fix(*weak),
              QStringLiteral("Create a new 2048-bit DKIM key with the provider and publish it at s1._domainkey.dkim-weak.test."));
    EXPECT_TRUE(find(weakFindings, QStringLiteral("dkim.found"))); // s2 is fine
}

TEST_F(Dns, DkimSelectorGivenByTheUser)
{
    const QList<diagnostics::Finding> none = check(QStringLiteral("sendgrid-ok.test"), profile::Provider::Mailgun);
    EXPECT_TRUE(find(none, QStringLiteral("dkim.no_selector")));
    const auto given =
        find(check(QStringLiteral("sendgrid-ok.test"), profile::Provider::Mailgun, {QStringLiteral("s1")}), QStringLiteral("dkim.found"));
    ASSERT_TRUE(given);
    EXPECT_EQ(given->parameter(QStringLiteral("selector")), QStringLiteral("s1"));
}

TEST_F(Dns, DmarcMonitoringOnlyAndBroken)
{
    const auto none = find(check(QStringLiteral("dmarc-none.test")), QStringLiteral("dmarc.monitoring_only"));
    ASSERT_TRUE(none);
    EXPECT_EQ(text::DnsText().fix(*none),
              QStringLiteral("Once the reports show your mail passing, enforce it with this TXT record at "
                             "_dmarc.dmarc-none.test: v=DMARC1; p=quarantine; rua=mailto:dmarc@dmarc-none.test."));
    const auto broken = find(check(QStringLiteral("dmarc-broken.test")), QStringLiteral("dmarc.invalid"));
    ASSERT_TRUE(broken);
    EXPECT_EQ(broken->parameter(QStringLiteral("tags")), QStringLiteral("p,adkim"));
    EXPECT_EQ(text::DnsText().fix(*broken), QStringLiteral("Change it to this TXT record at _dmarc.dmarc-broken.test: v=DMARC1; p=none; "
                                                           "rua=mailto:postmaster@dmarc-broken.test."));
    const auto missing = find(check(QStringLiteral("spf-none.test")), QStringLiteral("dmarc.missing"));
    ASSERT_TRUE(missing);
    const auto mx = find(check(QStringLiteral("spf-none.test")), QStringLiteral("mx.missing"));
    ASSERT_TRUE(mx);
}

TEST_F(Dns, UnansweredLookupsBecomeFindingsWithinTheTimeout)
{
    QElapsedTimer clock;
    clock.start();
    DomainCheck domainCheck(options(QStringLiteral("silent.fault.test"), profile::Provider::SendGrid, {}), faultConfig(1000));
    QSignalSpy spy(&domainCheck, &DomainCheck::finished);
    domainCheck.start();
    ASSERT_TRUE(spy.wait(10000));
    EXPECT_LT(clock.elapsed(), 3000);
    EXPECT_TRUE(codes(domainCheck.findings()).contains(QStringLiteral("dns.lookup_failed")));
    const auto f = find(domainCheck.findings(), QStringLiteral("dns.lookup_failed"));
    ASSERT_TRUE(f);
    EXPECT_EQ(f->parameter(QStringLiteral("status")), QStringLiteral("timeout"));
}

TEST_F(Dns, SesEasyDkimTokensAreCnamesToSesKeys)
{
    const QList<diagnostics::Finding> findings =
        check(QStringLiteral("ses-ok.test"), profile::Provider::AmazonSes,
              {QStringLiteral("tok1"), QStringLiteral("tok2"), QStringLiteral("tok3"), QStringLiteral("tok4"), QStringLiteral("tok5"),
               QStringLiteral("tok6"), QStringLiteral("tok7")});
    const auto good = find(findings, QStringLiteral("dkim.found"), "selector", QStringLiteral("tok1"));
    ASSERT_TRUE(good) << codes(findings).join(u' ').toStdString();
    EXPECT_EQ(good->parameter(QStringLiteral("bits")), QStringLiteral("2048"));
    EXPECT_EQ(good->parameter(QStringLiteral("cname")), QStringLiteral("tok1.dkim.amazonses.com"));
    EXPECT_TRUE(find(findings, QStringLiteral("dkim.found"), "selector", QStringLiteral("tok2")));

    const auto noKey = find(findings, QStringLiteral("dkim.ses_key_missing"), "selector", QStringLiteral("tok3"));
    ASSERT_TRUE(noKey);
    EXPECT_EQ(noKey->severity, diagnostics::Severity::Error);
    EXPECT_TRUE(text::DnsText().fix(*noKey).contains(QStringLiteral("SES console")));

    const auto elsewhere = find(findings, QStringLiteral("dkim.ses_cname_wrong"), "selector", QStringLiteral("tok4"));
    ASSERT_TRUE(elsewhere);
    EXPECT_EQ(elsewhere->parameter(QStringLiteral("record_current")), QStringLiteral("tok4.dkim.elsewhere.test"));
    EXPECT_EQ(text::DnsText().fix(*elsewhere), QStringLiteral("Publish this CNAME record at tok4._domainkey.ses-ok.test: "
                                                              "tok4.dkim.amazonses.com (and the other two tokens' records from the "
                                                              "SES console)."));
    // BYODKIM: the domain's own key as TXT at the selector is a DKIM key like any other.
    const auto ownKey = find(findings, QStringLiteral("dkim.found"), "selector", QStringLiteral("tok5"));
    ASSERT_TRUE(ownKey) << codes(findings).join(u' ').toStdString();
    EXPECT_EQ(ownKey->parameter(QStringLiteral("bits")), QStringLiteral("2048"));
    EXPECT_FALSE(find(findings, QStringLiteral("dkim.ses_cname_wrong"), "selector", QStringLiteral("tok5")));
    EXPECT_FALSE(find(findings, QStringLiteral("dkim.ses_cname_missing"), "selector", QStringLiteral("tok5")));
    // A TXT without a usable key in place of the CNAME still needs the CNAME.
    const auto txt = find(findings, QStringLiteral("dkim.ses_cname_wrong"), "selector", QStringLiteral("tok7"));
    ASSERT_TRUE(txt) << codes(findings).join(u' ').toStdString();
    EXPECT_EQ(txt->parameter(QStringLiteral("record_current")), QStringLiteral("TXT"));
    const auto missing = find(findings, QStringLiteral("dkim.ses_cname_missing"), "selector", QStringLiteral("tok6"));
    ASSERT_TRUE(missing);
    EXPECT_EQ(text::DnsText().fix(*missing), QStringLiteral("Publish this CNAME record at tok6._domainkey.ses-ok.test: "
                                                            "tok6.dkim.amazonses.com (and the other two tokens' records from the "
                                                            "SES console)."));
    EXPECT_FALSE(find(findings, QStringLiteral("spf.provider_missing")));
}

TEST_F(Dns, PostfixHostMustPassTheSpfRecord)
{
    auto postfix = [](const char *domain, const char *host) {
        DomainCheckOptions o = options(QString::fromLatin1(domain), profile::Provider::Postfix, {});
        o.postfixHost = QString::fromLatin1(host);
        return check(o);
    };
    // a:HOST, an ip4: range of an include, mx of an include (its own MX, RFC 7208 §5.4), ip6:
    for (const char *host : {"198.51.100.7", "192.0.2.44", "mx.postfix-ok.test", "2001:db8:25::1"}) {
        const QList<diagnostics::Finding> findings = postfix("postfix-ok.test", host);
        EXPECT_TRUE(find(findings, QStringLiteral("spf.host_authorised"))) << host << ": " << codes(findings).join(u' ').toStdString();
        EXPECT_FALSE(find(findings, QStringLiteral("spf.host_not_authorised"))) << host;
    }
    const auto bad = find(postfix("postfix-bad.test", "mail.postfix-ok.test"), QStringLiteral("spf.host_not_authorised"));
    ASSERT_TRUE(bad);
    EXPECT_EQ(bad->severity, diagnostics::Severity::Error);
    EXPECT_EQ(bad->parameter(QStringLiteral("addresses")), QStringLiteral("198.51.100.7"));
    EXPECT_EQ(text::DnsText().fix(*bad), QStringLiteral("Add ip4:198.51.100.7: change it to this TXT record at postfix-bad.test: "
                                                        "v=spf1 ip4:192.0.2.0/24 ip4:198.51.100.7 -all."));
    // A trailing dot on the include is the same include.
    EXPECT_TRUE(find(postfix("postfix-dot.test", "192.0.2.44"), QStringLiteral("spf.host_authorised")));
    // Terms that are not evaluated (exists, ptr, macros) or whose answer is missing (an include
    // that failed) leave the answer open: a warning naming the term, not "not authorised".
    const QList<std::pair<const char *, const char *>> open = {
        {"postfix-exists.test", "exists:%{i}.spf.postfix-ok.test"},
        {"postfix-ptr.test", "ptr"},
        {"postfix-macro.test", "a:mail.%{d}"},
        {"postfix-servfail.test", "include:spf.servfail.test"},
    };
    for (const auto &[domain, term] : open) {
        const QList<diagnostics::Finding> findings = postfix(domain, "198.51.100.7");
        EXPECT_FALSE(find(findings, QStringLiteral("spf.host_not_authorised"))) << domain;
        EXPECT_FALSE(find(findings, QStringLiteral("spf.host_authorised"))) << domain;
        const auto unknown = find(findings, QStringLiteral("spf.host_not_evaluated"));
        ASSERT_TRUE(unknown) << domain << ": " << codes(findings).join(u' ').toStdString();
        EXPECT_EQ(unknown->severity, diagnostics::Severity::Warning);
        EXPECT_EQ(unknown->parameter(QStringLiteral("term")), QString::fromLatin1(term));
        EXPECT_EQ(unknown->parameter(QStringLiteral("addresses")), QStringLiteral("198.51.100.7"));
        EXPECT_TRUE(text::DnsText().title(*unknown).contains(QString::fromLatin1(term))) << text::DnsText().title(*unknown).toStdString();
    }
    const auto ptrFirst = postfix("postfix-ptrfirst.test", "198.51.100.7");
    EXPECT_TRUE(find(ptrFirst, QStringLiteral("spf.host_authorised"))) << codes(ptrFirst).join(u' ').toStdString();
    EXPECT_FALSE(find(ptrFirst, QStringLiteral("spf.host_not_evaluated")));
    // An address only the unevaluated ptr could pass stays open too (-all after it is no "no").
    const auto stillBad = postfix("postfix-ptrfirst.test", "192.0.2.99");
    EXPECT_TRUE(find(stillBad, QStringLiteral("spf.host_not_evaluated"))) << codes(stillBad).join(u' ').toStdString();
    const auto unresolved = find(postfix("postfix-ok.test", "nothing.postfix-ok.test"), QStringLiteral("spf.host_unresolved"));
    ASSERT_TRUE(unresolved);
    const auto none = find(postfix("spf-none.test", "198.51.100.7"), QStringLiteral("spf.missing"));
    ASSERT_TRUE(none);
    EXPECT_EQ(text::DnsText().fix(*none), QStringLiteral("Publish this TXT record at spf-none.test: v=spf1 ip4:198.51.100.7 ~all."));
}

TEST_F(Dns, SpfIncludeWithATrailingDotAuthorisesTheProvider)
{
    const QList<diagnostics::Finding> findings = check(QStringLiteral("spf-dot.test"), profile::Provider::SendGrid);
    EXPECT_FALSE(find(findings, QStringLiteral("spf.provider_missing"))) << codes(findings).join(u' ').toStdString();
    EXPECT_FALSE(find(findings, QStringLiteral("spf.include_failed"))) << codes(findings).join(u' ').toStdString();
    EXPECT_TRUE(find(findings, QStringLiteral("spf.found")));
}

// Mailgun's email.DOMAIN CNAME is its tracking host (links, opens), not a bounce domain.
TEST_F(Dns, MailgunEmailCnameIsTheTrackingHost)
{
    const QList<diagnostics::Finding> ok = check(QStringLiteral("mailgun-ok.test"), profile::Provider::Mailgun);
    const auto found = find(ok, QStringLiteral("tracking.found"));
    ASSERT_TRUE(found) << codes(ok).join(u' ').toStdString();
    EXPECT_EQ(found->parameter(QStringLiteral("target")), QStringLiteral("mailgun.org"));
    EXPECT_EQ(text::DnsText().title(*found), QStringLiteral("Tracking host email.mailgun-ok.test: mailgun.org."));
    for (const diagnostics::Finding &f : ok)
        EXPECT_FALSE(f.code.startsWith(QStringLiteral("return_path."))) << f.code.toStdString();

    const QList<diagnostics::Finding> none = check(QStringLiteral("dmarc-none.test"), profile::Provider::Mailgun);
    const auto missing = find(none, QStringLiteral("tracking.missing"));
    ASSERT_TRUE(missing) << codes(none).join(u' ').toStdString();
    EXPECT_EQ(missing->severity, diagnostics::Severity::Warning);
    EXPECT_FALSE(text::DnsText().title(*missing).contains(QStringLiteral("return-path")));
    EXPECT_TRUE(text::DnsText().title(*missing).contains(QStringLiteral("tracking host")));
    EXPECT_EQ(text::DnsText().fix(*missing), QStringLiteral("Publish this CNAME record at email.dmarc-none.test: mailgun.org."));
    for (const diagnostics::Finding &f : none)
        EXPECT_FALSE(f.code.startsWith(QStringLiteral("return_path."))) << f.code.toStdString();
}

TEST_F(Dns, ReturnPathOfTheProvider)
{
    const auto postmarkOk =
        find(check(QStringLiteral("postmark-ok.test"), profile::Provider::Postmark), QStringLiteral("return_path.found"));
    ASSERT_TRUE(postmarkOk);
    EXPECT_EQ(postmarkOk->parameter(QStringLiteral("target")), QStringLiteral("pm.mtasv.net"));
    const auto wrong = find(check(QStringLiteral("postmark-wrong.test"), profile::Provider::Postmark), QStringLiteral("return_path.wrong"));
    ASSERT_TRUE(wrong);
    EXPECT_EQ(wrong->parameter(QStringLiteral("record_current")), QStringLiteral("bounces.elsewhere.test"));
    EXPECT_EQ(wrong->severity, diagnostics::Severity::Warning); // a default name: the domain is not "not ready" for it
    EXPECT_EQ(text::DnsText().fix(*wrong), QStringLiteral("Publish this CNAME record at pm-bounces.postmark-wrong.test: pm.mtasv.net."));
    const auto missing = find(check(QStringLiteral("dmarc-none.test"), profile::Provider::Postmark), QStringLiteral("return_path.missing"));
    ASSERT_TRUE(missing);
    EXPECT_EQ(missing->severity, diagnostics::Severity::Warning); // the provider's default name: a recommendation

    DomainCheckOptions ses = options(QStringLiteral("ses-ok.test"), profile::Provider::AmazonSes, {});
    ses.returnPath = QStringLiteral("bounce");
    ses.region = QStringLiteral("eu-west-1");
    EXPECT_TRUE(find(check(ses), QStringLiteral("return_path.found")));
    ses.region = QStringLiteral("us-east-1");
    const auto otherRegion = find(check(ses), QStringLiteral("return_path.wrong"));
    ASSERT_TRUE(otherRegion);
    EXPECT_EQ(otherRegion->severity, diagnostics::Severity::Error); // a name the user gave must work
    EXPECT_EQ(text::DnsText().fix(*otherRegion),
              QStringLiteral("Publish this MX record at bounce.ses-ok.test: 10 feedback-smtp.us-east-1.amazonses.com."));
    ses.region = QStringLiteral("eu-west-1");
    ses.returnPath = QStringLiteral("bad-bounce.ses-ok.test");
    const auto noSpf = find(check(ses), QStringLiteral("return_path.spf_missing"));
    ASSERT_TRUE(noSpf);
    EXPECT_EQ(text::DnsText().fix(*noSpf),
              QStringLiteral("Publish this TXT record at bad-bounce.ses-ok.test: v=spf1 include:amazonses.com ~all."));

    EXPECT_EQ(returnPathRuleFor(profile::Provider::Mailgun).target, QStringLiteral("mailgun.org"));
    EXPECT_EQ(returnPathRuleFor(profile::Provider::Mailgun, QStringLiteral("eu")).target, QStringLiteral("eu.mailgun.org"));

    DomainCheckOptions sendgrid = options(QStringLiteral("sendgrid-ok.test"), profile::Provider::SendGrid, {});
    sendgrid.returnPath = QStringLiteral("em123");
    EXPECT_TRUE(find(check(sendgrid), QStringLiteral("return_path.found")));
    sendgrid.returnPath = QStringLiteral("em999");
    const auto given = find(check(sendgrid), QStringLiteral("return_path.missing"));
    ASSERT_TRUE(given);
    EXPECT_EQ(given->severity, diagnostics::Severity::Error); // a name the user gave must exist
    EXPECT_EQ(text::DnsText().fix(*given), QStringLiteral("Publish the CNAME record at em999.sendgrid-ok.test that the provider's "
                                                          "domain page shows (its target ends in .sendgrid.net)."));
}

namespace {
QByteArray mtaStsCa()
{
    QFile file(dnsFixtureValues().value(QStringLiteral("MTA_STS_CA")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
DomainCheckOptions withPolicyServer(const char *domain)
{
    DomainCheckOptions o = options(QString::fromLatin1(domain), profile::Provider::SendGrid, {});
    o.mtaStsTestEndpoint = dnsFixtureValues().value(QStringLiteral("MTA_STS_ENDPOINT"));
    o.mtaStsTestCaPem = mtaStsCa();
    return o;
}
} // namespace

TEST_F(Dns, MtaStsPolicyIsFetchedAndMatchedAgainstTheMx)
{
    ASSERT_FALSE(mtaStsCa().isEmpty()) << "no MTA-STS policy server in the fixture";
    const QList<diagnostics::Finding> ok = check(withPolicyServer("sts-ok.test"));
    const auto found = find(ok, QStringLiteral("mta_sts.found"));
    ASSERT_TRUE(found) << codes(ok).join(u' ').toStdString();
    EXPECT_EQ(found->parameter(QStringLiteral("id")), QStringLiteral("20261129T01"));
    EXPECT_EQ(found->parameter(QStringLiteral("mode")), QStringLiteral("enforce"));
    EXPECT_EQ(found->parameter(QStringLiteral("max_age")), QStringLiteral("604800"));
    EXPECT_EQ(found->parameter(QStringLiteral("mx")), QStringLiteral("mail.sts-ok.test *.backup.sts-ok.test"));
    EXPECT_FALSE(find(ok, QStringLiteral("mta_sts.mx_mismatch")));
    const auto rpt = find(ok, QStringLiteral("tls_rpt.found"));
    ASSERT_TRUE(rpt);
    EXPECT_EQ(rpt->parameter(QStringLiteral("rua")), QStringLiteral("mailto:tls-reports@sts-ok.test"));

    const QList<diagnostics::Finding> mismatch = check(withPolicyServer("sts-mismatch.test"));
    const auto notNamed = find(mismatch, QStringLiteral("mta_sts.mx_mismatch"));
    ASSERT_TRUE(notNamed) << codes(mismatch).join(u' ').toStdString();
    EXPECT_EQ(notNamed->severity, diagnostics::Severity::Warning);
    EXPECT_EQ(notNamed->parameter(QStringLiteral("hosts")), QStringLiteral("mail.sts-mismatch.test"));
    EXPECT_EQ(text::DnsText().fix(*notNamed), QStringLiteral("Add an mx line for mail.sts-mismatch.test to the policy at "
                                                             "https://mta-sts.sts-mismatch.test/.well-known/mta-sts.txt, then publish "
                                                             "a new id in the _mta-sts record."));
    const auto badRpt = find(mismatch, QStringLiteral("tls_rpt.invalid"));
    ASSERT_TRUE(badRpt);
    EXPECT_EQ(badRpt->parameter(QStringLiteral("tags")), QStringLiteral("rua"));
    EXPECT_EQ(text::DnsText().fix(*badRpt), QStringLiteral("Change it to this TXT record at _smtp._tls.sts-mismatch.test: "
                                                           "v=TLSRPTv1; rua=mailto:tls-reports@sts-mismatch.test."));

    const auto badPolicy = find(check(withPolicyServer("sts-badpolicy.test")), QStringLiteral("mta_sts.policy_invalid"));
    ASSERT_TRUE(badPolicy);
    EXPECT_EQ(badPolicy->parameter(QStringLiteral("fields")), QStringLiteral("version,mode,max_age,mx"));
    const auto noPolicy = find(check(withPolicyServer("sts-nopolicy.test")), QStringLiteral("mta_sts.policy_unreachable"));
    ASSERT_TRUE(noPolicy);
    EXPECT_EQ(noPolicy->parameter(QStringLiteral("http_status")), QStringLiteral("404"));
    const auto badRecord = find(check(withPolicyServer("sts-badrecord.test")), QStringLiteral("mta_sts.invalid"));
    ASSERT_TRUE(badRecord);
    EXPECT_EQ(badRecord->parameter(QStringLiteral("tags")), QStringLiteral("id"));

    // TLS verification stays on: without the test CA the policy host's certificate fails.
    DomainCheckOptions untrusted = withPolicyServer("sts-ok.test");
    untrusted.mtaStsTestCaPem.clear();
    const auto refused = find(check(untrusted), QStringLiteral("mta_sts.policy_unreachable"));
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->parameter(QStringLiteral("http_status")), QStringLiteral("0"));
}

// RFC 8461: the policy comes as text/plain (§3.3); a record of another version ("v=STSv10")
// is not a v=STSv1 record (§3.1): alone it is no policy, beside one it is ignored.
TEST_F(Dns, MtaStsVersionAndContentTypeAreExact)
{
    ASSERT_FALSE(mtaStsCa().isEmpty()) << "no MTA-STS policy server in the fixture";
    const QList<diagnostics::Finding> badType = check(withPolicyServer("sts-badtype.test"));
    const auto invalid = find(badType, QStringLiteral("mta_sts.policy_invalid"));
    ASSERT_TRUE(invalid) << codes(badType).join(u' ').toStdString();
    EXPECT_EQ(invalid->parameter(QStringLiteral("fields")), QStringLiteral("content_type"));
    EXPECT_EQ(invalid->parameter(QStringLiteral("content_type")), QStringLiteral("text/html; charset=utf-8"));
    EXPECT_EQ(text::DnsText().fix(*invalid), QStringLiteral("Serve the policy at https://mta-sts.sts-badtype.test/.well-known/mta-sts.txt "
                                                            "as Content-Type text/plain (it came as \"text/html; charset=utf-8\")."));
    EXPECT_FALSE(find(badType, QStringLiteral("mta_sts.found")));

    const QList<diagnostics::Finding> v10 = check(withPolicyServer("sts-v10.test"));
    const auto other = find(v10, QStringLiteral("mta_sts.invalid"));
    ASSERT_TRUE(other) << codes(v10).join(u' ').toStdString();
    EXPECT_EQ(other->parameter(QStringLiteral("tags")), QStringLiteral("v"));
    EXPECT_FALSE(find(v10, QStringLiteral("mta_sts.found")));
    // TLS-RPT the same (RFC 8460 §3): a "v=TLSRPTv10" record beside the "v=TLSRPTv1" one is
    // another version's, not a second record of this one.
    const auto rpt = find(v10, QStringLiteral("tls_rpt.found"));
    ASSERT_TRUE(rpt) << codes(v10).join(u' ').toStdString();
    EXPECT_EQ(rpt->parameter(QStringLiteral("rua")), QStringLiteral("mailto:tls-reports@sts-v10.test"));

    const QList<diagnostics::Finding> extra = check(withPolicyServer("sts-extra.test"));
    const auto found = find(extra, QStringLiteral("mta_sts.found"));
    ASSERT_TRUE(found) << codes(extra).join(u' ').toStdString();
    EXPECT_EQ(found->parameter(QStringLiteral("id")), QStringLiteral("5"));
    EXPECT_FALSE(find(extra, QStringLiteral("mta_sts.invalid")));
}

TEST_F(Dns, MtaStsAndTlsRptAbsentAreOnlyInfo)
{
    const QList<diagnostics::Finding> findings = check(QStringLiteral("sendgrid-ok.test"));
    const auto sts = find(findings, QStringLiteral("mta_sts.none"));
    ASSERT_TRUE(sts);
    EXPECT_EQ(sts->severity, diagnostics::Severity::Info);
    const auto rpt = find(findings, QStringLiteral("tls_rpt.none"));
    ASSERT_TRUE(rpt);
    EXPECT_EQ(rpt->severity, diagnostics::Severity::Info);
    EXPECT_EQ(text::DnsText().fix(*rpt),
              QStringLiteral("To receive reports of failed TLS deliveries, publish this TXT record at "
                             "_smtp._tls.sendgrid-ok.test: v=TLSRPTv1; rua=mailto:tls-reports@sendgrid-ok.test."));
}

// --- discovery

TEST_F(Dns, DiscoveryFromTheProviderTable)
{
    Discovery discovery(QStringLiteral("someone@gmail.com"), testConfig(), {});
    QSignalSpy spy(&discovery, &Discovery::finished);
    discovery.start();
    ASSERT_TRUE(spy.wait(5000));
    ASSERT_EQ(discovery.candidates().size(), 1);
    EXPECT_EQ(discovery.candidates().at(0).source, Source::Preset);
    EXPECT_EQ(discovery.candidates().at(0).host, QStringLiteral("smtp.gmail.com"));
    EXPECT_TRUE(discovery.evidence().isEmpty()); // no DNS needed
}

TEST_F(Dns, DiscoveryBySrvHonoursPriorities)
{
    Discovery discovery(QStringLiteral("me@srv.test"), testConfig(), {});
    QSignalSpy spy(&discovery, &Discovery::finished);
    discovery.start();
    ASSERT_TRUE(spy.wait(15000));
    const QList<ServerCandidate> &c = discovery.candidates();
    ASSERT_EQ(c.size(), 3);
    EXPECT_EQ(c.at(0).host, QStringLiteral("mail-a.srv.test"));
    EXPECT_EQ(c.at(0).port, 465);
    EXPECT_EQ(c.at(0).mode, smtp::TlsMode::Implicit);
    EXPECT_EQ(c.at(1).host, QStringLiteral("mail-b.srv.test"));
    EXPECT_EQ(c.at(2).port, 587);
    EXPECT_EQ(c.at(2).mode, smtp::TlsMode::StartTls);
    EXPECT_EQ(c.at(0).source, Source::Srv);
    EXPECT_TRUE(text::DnsText().candidate(c.at(0)).contains(QStringLiteral("SRV record _submissions._tcp.srv.test SRV 0 1 465")));
}

TEST_F(Dns, DiscoveryByMxOfAKnownProvider)
{
    Discovery discovery(QStringLiteral("mx-google.test"), testConfig(), {});
    QSignalSpy spy(&discovery, &Discovery::finished);
    discovery.start();
    ASSERT_TRUE(spy.wait(15000));
    ASSERT_EQ(discovery.candidates().size(), 1);
    EXPECT_EQ(discovery.candidates().at(0).source, Source::Mx);
    EXPECT_EQ(discovery.candidates().at(0).provider, profile::Provider::Gmail);
    EXPECT_EQ(discovery.candidates().at(0).host, QStringLiteral("smtp.gmail.com"));
    EXPECT_EQ(discovery.tried(), (QList<Source>{Source::Preset, Source::Srv, Source::Mx}));
}

// The guess is verified with the "find working settings" probe, which connects through the
// system's resolver: smtp.guess.test exists only on the test nameserver, so it is listed as
// tried and not verified.
TEST_F(Dns, DiscoveryFallsBackToAGuess)
{
    Discovery discovery(QStringLiteral("guess.test"), testConfig(), {});
    diagnostics::Candidate closed;
    closed.port = test::freePort();
    closed.mode = smtp::TlsMode::StartTls;
    discovery.setGuessCandidates({closed});
    QSignalSpy spy(&discovery, &Discovery::finished);
    discovery.start();
    ASSERT_TRUE(spy.wait(30000));
    EXPECT_EQ(discovery.tried(), (QList<Source>{Source::Preset, Source::Srv, Source::Mx, Source::Guess}));
    ASSERT_EQ(discovery.candidates().size(), 1); // mail.guess.test does not exist
    const ServerCandidate &c = discovery.candidates().at(0);
    EXPECT_EQ(c.source, Source::Guess);
    EXPECT_EQ(c.host, QStringLiteral("smtp.guess.test"));
    EXPECT_FALSE(c.verified);
    EXPECT_TRUE(text::DnsText().candidate(c).contains(QStringLiteral("a guess (smtp.guess.test), not verified")));
}

// --- the commands, as a user runs them

namespace {
using CliRun = selfmx::test::ChildRun;
CliRun console(const QStringList &arguments, const QString &dnsServer)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DNS_SERVER"), dnsServer);
    // The run's anchor (signed.test) instead of the real root's, which would call the made-up
    // zones bogus on a machine that has it.
    env.insert(QStringLiteral("DNS_TRUST_ANCHOR_FILE"), dnsFixtureValues().value(QStringLiteral("DNS_TRUST_ANCHOR_FILE")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return selfmx::test::runChild(qEnvironmentVariable("SELFMX_CONSOLE", QStringLiteral(SELFMX_CONSOLE_DEFAULT)), arguments, env);
}
} // namespace

TEST_F(Dns, CheckDomainCommandNamesTheFixAndExits13)
{
    const CliRun run =
        console({QStringLiteral("check-domain"), QStringLiteral("spf-two.test"), QStringLiteral("--provider"), QStringLiteral("sendgrid")},
                dnsFixtureValues().value(QStringLiteral("DNS_SERVER")));
    EXPECT_EQ(run.exitCode, 13) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("(spf.multiple)"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("fix: Replace the 2 SPF records with one TXT record at spf-two.test")))
        << run.out.toStdString();

    const CliRun ok = console({QStringLiteral("check-domain"), QStringLiteral("sendgrid-ok.test"), QStringLiteral("--provider"),
                               QStringLiteral("sendgrid"), QStringLiteral("--json")},
                              dnsFixtureValues().value(QStringLiteral("DNS_SERVER")));
    EXPECT_EQ(ok.exitCode, 0) << ok.out.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(ok.out.toUtf8()).object();
    EXPECT_TRUE(json.value(QStringLiteral("ready")).toBool());
    EXPECT_FALSE(json.value(QStringLiteral("evidence")).toArray().isEmpty());
    EXPECT_EQ(json.value(QStringLiteral("evidence")).toArray().at(0).toObject().value(QStringLiteral("dnssec")).toString(),
              QStringLiteral("insecure"));
}

TEST_F(Dns, CheckDomainCommandChecksSesTokensAndTheReturnPath)
{
    const CliRun run = console({QStringLiteral("check-domain"), QStringLiteral("ses-ok.test"), QStringLiteral("--provider"),
                                QStringLiteral("ses"), QStringLiteral("--dkim-selector"), QStringLiteral("tok4"),
                                QStringLiteral("--return-path"), QStringLiteral("bounce"), QStringLiteral("--json")},
                               dnsFixtureValues().value(QStringLiteral("DNS_SERVER")));
    EXPECT_EQ(run.exitCode, 13) << run.out.toStdString();
    QStringList found;
    for (const QJsonValue &f : QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("findings")).toArray())
        found.append(f.toObject().value(QStringLiteral("code")).toString());
    EXPECT_TRUE(found.contains(QStringLiteral("dkim.ses_cname_wrong"))) << run.out.toStdString();
    EXPECT_TRUE(found.contains(QStringLiteral("return_path.found"))) << run.out.toStdString();
}

TEST_F(Dns, DiscoverAddressCommandSaysWhereEachServerCameFrom)
{
    const CliRun run = console({QStringLiteral("discover"), QStringLiteral("me@srv.test"), QStringLiteral("--json")},
                               dnsFixtureValues().value(QStringLiteral("DNS_SERVER")));
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString();
    const QJsonArray candidates = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("candidates")).toArray();
    ASSERT_EQ(candidates.size(), 3) << run.out.toStdString();
    EXPECT_EQ(candidates.at(0).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("srv"));
    EXPECT_EQ(candidates.at(0).toObject().value(QStringLiteral("tls_mode")).toString(), QStringLiteral("implicit"));
    const CliRun bad = console({QStringLiteral("check-domain"), QStringLiteral("srv.test")}, QStringLiteral("not-an-address"));
    EXPECT_EQ(bad.exitCode, 2);
}

// RFC 7672 §3.1: what an SMTP client may take from a TLSA record. A DANE-TA anchor counts
// only when the leaf chains up to it and carries the host's name; a public CA certificate
// sent after someone else's leaf proves nothing. PKIX usages are not used for SMTP.
TEST(DaneMatching, TrustAnchorMustBeReachedFromTheLeafWithTheHostsName)
{
    const QString dir = test::faultMatrixCertificates();
    ASSERT_FALSE(dir.isEmpty());
    const auto der = [&dir](const char *name) {
        QFile file(dir + u'/' + QLatin1String(name) + QStringLiteral(".pem"));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
        return QSslCertificate(file.readAll(), QSsl::Pem).toDer();
    };
    const QByteArray ca = der("ca");
    const QByteArray good = der("good");             // localhost, issued by ca
    const QByteArray selfsigned = der("selfsigned"); // localhost, issued by itself
    const QByteArray wronghost = der("wronghost");   // wrong.example.test, issued by ca
    const auto record = [](int usage, const QByteArray &certificate) {
        Record r;
        r.type = RecordType::Tlsa;
        r.usage = quint8(usage);
        r.selector = 0;
        r.matchingType = 1;
        r.data = QCryptographicHash::hash(certificate, QCryptographicHash::Sha256);
        return r;
    };
    const QString host = QStringLiteral("localhost");
    EXPECT_TRUE(tlsaMatches(record(2, ca), {good, ca}, host));
    EXPECT_FALSE(tlsaMatches(record(2, ca), {selfsigned, ca}, host)) << "the anchor was only sent along";
    EXPECT_FALSE(tlsaMatches(record(2, ca), {wronghost, ca}, host)) << "the leaf does not carry the host's name";
    EXPECT_FALSE(tlsaMatches(record(2, ca), {good, ca}, QStringLiteral("mail.example.test")));
    EXPECT_TRUE(tlsaMatches(record(3, good), {good, ca}, QStringLiteral("any.example.test"))) << "DANE-EE checks no name";
    EXPECT_FALSE(tlsaMatches(record(3, ca), {good, ca}, host)) << "DANE-EE is the leaf only";
    EXPECT_FALSE(tlsaMatches(record(0, ca), {good, ca}, host)) << "PKIX-TA is not used for SMTP";
    EXPECT_FALSE(tlsaMatches(record(1, good), {good, ca}, host)) << "PKIX-EE is not used for SMTP";
}

// --- DANE: the signed zone's TLSA records against the test Postfix's certificate

namespace {
QList<QByteArray> postfixChain()
{
    QFile pem(test::PostfixInstance::get().value("POSTFIX_DIR") + QStringLiteral("/certs/server.pem"));
    if (!pem.open(QIODevice::ReadOnly))
        return {};
    const QList<QSslCertificate> certs = QSslCertificate::fromData(pem.readAll(), QSsl::Pem);
    QList<QByteArray> der;
    for (const QSslCertificate &c : certs)
        der.append(c.toDer());
    return der;
}
} // namespace

TEST_F(Dns, DaneTlsaMatchesThePostfixCertificate)
{
    const QList<QByteArray> chain = postfixChain();
    ASSERT_FALSE(chain.isEmpty()) << "no Postfix fixture certificate";
    DomainCheckOptions dane = options(QStringLiteral("signed.test"), profile::Provider::Postfix, {});
    dane.smtpHost = QStringLiteral("mail.signed.test");
    dane.peerChainDer = chain;
    DomainCheck good(dane, testConfig());
    QSignalSpy goodDone(&good, &DomainCheck::finished);
    good.start();
    ASSERT_TRUE(goodDone.wait(15000));
    const auto match = find(good.findings(), QStringLiteral("dane.match"));
    ASSERT_TRUE(match) << codes(good.findings()).join(u' ').toStdString();
    EXPECT_EQ(match->parameter(QStringLiteral("security")), QStringLiteral("secure"));

    dane.smtpHost = QStringLiteral("bad.signed.test");
    DomainCheck bad(dane, testConfig());
    QSignalSpy badDone(&bad, &DomainCheck::finished);
    bad.start();
    ASSERT_TRUE(badDone.wait(15000));
    const auto mismatch = find(bad.findings(), QStringLiteral("dane.mismatch"));
    ASSERT_TRUE(mismatch) << codes(bad.findings()).join(u' ').toStdString();
    EXPECT_EQ(mismatch->severity, diagnostics::Severity::Error);
    EXPECT_TRUE(text::DnsText().fix(*mismatch).contains(QStringLiteral("at _25._tcp.bad.signed.test")));

    // The command connects itself (STARTTLS on the Postfix fixture's submission port, found
    // through the signed zone) and matches the certificate it was shown.
    const QString port = test::PostfixInstance::get().value("POSTFIX_SUBMISSION_PORT");
    ASSERT_FALSE(port.isEmpty());
    const CliRun matched = console({QStringLiteral("check-domain"), QStringLiteral("signed.test"), QStringLiteral("--provider"),
                                    QStringLiteral("postfix"), QStringLiteral("--dane"), QStringLiteral("mail.signed.test:") + port},
                                   dnsFixtureValues().value(QStringLiteral("DNS_SERVER")));
    EXPECT_TRUE(matched.out.contains(QStringLiteral("(dane.match)"))) << matched.out.toStdString();
    const CliRun mismatched = console({QStringLiteral("check-domain"), QStringLiteral("signed.test"), QStringLiteral("--provider"),
                                       QStringLiteral("postfix"), QStringLiteral("--dane"), QStringLiteral("bad.signed.test:") + port},
                                      dnsFixtureValues().value(QStringLiteral("DNS_SERVER")));
    EXPECT_EQ(mismatched.exitCode, 13) << mismatched.out.toStdString();
    EXPECT_TRUE(mismatched.out.contains(QStringLiteral("(dane.mismatch)"))) << mismatched.out.toStdString();
    EXPECT_TRUE(mismatched.out.contains(QStringLiteral("fix: Publish TLSA records for the certificate the server uses now")))
        << mismatched.out.toStdString();

    // Without a trust anchor the same records are not DNSSEC-validated: not usable for DANE.
    dane.smtpHost = QStringLiteral("mail.signed.test");
    ResolverConfig noAnchor = testConfig();
    noAnchor.trustAnchorFile.clear();
    noAnchor.rootTrustAnchor = false;
    DomainCheck insecure(dane, noAnchor);
    QSignalSpy insecureDone(&insecure, &DomainCheck::finished);
    insecure.start();
    ASSERT_TRUE(insecureDone.wait(15000));
    EXPECT_TRUE(find(insecure.findings(), QStringLiteral("dane.insecure"))) << codes(insecure.findings()).join(u' ').toStdString();
}

// check-domain --dane connects to the address its own resolver found, and still names the
// host in the TLS handshake (SNI), as a sender would: smtpsni.py writes down what it got.
TEST_F(Dns, DaneProbeSendsTheHostNameAsSni)
{
    const QString port = dnsFixtureValues().value(QStringLiteral("SMTP_SNI_PORT"));
    ASSERT_FALSE(port.isEmpty()) << "no SNI server in the fixture";
    QFile log(dnsFixtureValues().value(QStringLiteral("SMTP_SNI_LOG")));
    const CliRun run = console({QStringLiteral("check-domain"), QStringLiteral("signed.test"), QStringLiteral("--provider"),
                                QStringLiteral("postfix"), QStringLiteral("--dane"), QStringLiteral("sni.test:") + port},
                               dnsFixtureValues().value(QStringLiteral("DNS_SERVER")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("(dane.none)"))) << run.out.toStdString();
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = log.readAll().split('\n');
    EXPECT_TRUE(lines.contains("sni=sni.test")) << log.fileName().toStdString() << ": " << lines.join(' ').toStdString();
}
