// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "diagnostics/finding.h"
#include "profile/profile.h"
#include "records.h"
#include "resolver.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>

class QNetworkAccessManager;

namespace selfmx::dns {

// SPF (RFC 7208) as data: the terms of one record and what is wrong with its syntax.
struct SpfRecord {
    QStringList includes;     // include:DOMAIN targets
    QString redirect;         // redirect=DOMAIN
    int lookupTerms = 0;      // include, a, mx, ptr, exists, redirect (RFC 7208 §4.6.4)
    QString all;              // "-all", "~all", "+all", "?all", empty when absent
    QStringList syntaxErrors; // the offending terms, as written
};
SpfRecord parseSpf(const QString &record);

// DMARC (RFC 7489 §6.3) as data.
struct DmarcRecord {
    QString policy; // none | quarantine | reject
    QString subdomainPolicy;
    QString adkim = QStringLiteral("r");
    QString aspf = QStringLiteral("r");
    QString rua;
    QStringList errors; // "version", "p", "adkim=x", ...
};
DmarcRecord parseDmarc(const QString &record);

// The key of a DKIM record (RFC 6376 §3.6.1): its algorithm and size, or why it does not parse.
struct DkimKey {
    QString keyType = QStringLiteral("rsa");
    int bits = 0;
    QString error;       // "version", "no_key", "revoked", "key_parse", "crypto" (libcrypto not loaded)
    QString cryptoError; // with "crypto": the library and what is missing
};
DkimKey parseDkim(const QString &record);

// The providers' SPF include (SendGrid include:sendgrid.net, ...) and DKIM selectors that are
// fixed for every customer (SendGrid s1/s2); the others' selectors are given by the user.
QString spfIncludeFor(profile::Provider provider);
QStringList dkimSelectorsFor(profile::Provider provider);

// Where a provider's bounce (return-path, MAIL FROM) or tracking name must point: a CNAME
// target, or for SES's custom MAIL FROM an MX host. `label` is the provider's default name
// under the domain ("pm-bounces"), empty when the customer chooses it (then it is only
// checked when given). Null (an empty target and no suffix) for providers without one.
struct ReturnPathRule {
    QString label; // default label under the domain, or empty
    // The record is the provider's tracking host (links, opens, unsubscribes), not a bounce
    // domain: findings tracking.* instead of return_path.*, never more than a warning.
    bool tracking = false;
    RecordType type = RecordType::Cname;
    QString target;       // the exact CNAME target / MX host, when fixed
    QString targetSuffix; // else: the target must end in this (".sendgrid.net")
    bool isNull() const { return target.isEmpty() && targetSuffix.isEmpty(); }
};
ReturnPathRule returnPathRuleFor(profile::Provider provider, const QString &region = QString());

// SES Easy DKIM: TOKEN._domainkey.DOMAIN must be a CNAME to TOKEN.dkim.amazonses.com (some
// regions insert their name: TOKEN.dkim.REGION.amazonses.com).
bool isSesDkimTarget(const QString &token, const QString &target);

// MTA-STS (RFC 8461): the _mta-sts TXT record (§3.1) and the policy file (§3.2).
struct MtaStsRecord {
    QString id;
    QStringList errors; // "v", "id"
};
MtaStsRecord parseMtaStsRecord(const QString &record);
struct MtaStsPolicy {
    QString mode; // enforce | testing | none
    qint64 maxAge = -1;
    QStringList mx;     // patterns, "*.example.com" allowed
    QStringList errors; // "version", "mode", "max_age", "mx"
};
MtaStsPolicy parseMtaStsPolicy(const QString &text);
// RFC 8461 §4.1: a pattern matches the host itself, or "*." one more label on the left.
bool mtaStsMxMatches(const QString &pattern, const QString &host);

// TLS-RPT (RFC 8460 §3): v=TLSRPTv1 first, then rua= one or more mailto:/https: URIs.
struct TlsRptRecord {
    QStringList rua;
    QStringList errors; // "v", "rua"
};
TlsRptRecord parseTlsRpt(const QString &record);

// One mechanism of an SPF record as the evaluation needs it (RFC 7208 §5): its qualifier,
// name, target domain (the record's own when not given) and prefix lengths.
struct SpfMechanism {
    QString term; // as written in the record
    QChar qualifier = u'+';
    QString name;    // "ip4", "a", "include", "all", ...
    QString domain;  // a, mx, include, exists, ptr: the domain asked about
    QString network; // ip4/ip6: the address, without the prefix length
    int cidr4 = 32;
    int cidr6 = 128;
    bool valid = true; // false: a malformed prefix length (a permerror, RFC 7208 §5.6): never matches
};
QList<SpfMechanism> spfMechanisms(const QString &record, const QString &domain);

struct DomainCheckOptions {
    QString domain;
    profile::Provider provider = profile::Provider::Custom;
    QStringList dkimSelectors; // given by the user; the provider's fixed ones are added
    // DANE (RFC 7672): the SMTP server's TLSA records, checked with DNSSEC and matched
    // against the chain its TLS session presented (DER, leaf first). Empty host: not checked.
    QString smtpHost;
    quint16 smtpPort = 25;
    QList<QByteArray> peerChainDer;
    // Provider Postfix (self-hosted): the server whose addresses the SPF must authorise (the
    // profile's SMTP_HOST), a name or an IP address. Empty: not checked.
    QString postfixHost;
    // The bounce (return-path, MAIL FROM) name: a label under the domain ("em123") or a full
    // name. Empty: the provider's default where it has one (returnPathRuleFor).
    QString returnPath;
    QString region; // the provider's region (SES: its MAIL FROM MX host names it)
    // TESTS ONLY, never a user setting: fetch the MTA-STS policy from this "host:port"
    // (a loopback HTTPS server) instead of mta-sts.DOMAIN:443; its certificate is still
    // verified, for the name mta-sts.DOMAIN, with mtaStsTestCaPem as an extra trusted CA.
    QString mtaStsTestEndpoint;
    QByteArray mtaStsTestCaPem;
};

// "Is this sender domain ready to send?": SPF, DKIM, DMARC and MX, as diagnostics findings
// (codes in docs/diagnostics-json.md, "Sender domain"). Each finding that needs a DNS change
// says which record, in parameters record_name / record_type / record_value (the record to
// add, or to put in place of the one in record_current).
class DomainCheck : public QObject
{
    Q_OBJECT
public:
    DomainCheck(DomainCheckOptions options, ResolverConfig config, QObject *parent = nullptr);
    void start();
    const QList<diagnostics::Finding> &findings() const { return m_findings; }
    // Every answer the checks rest on, with its DNSSEC status.
    const QList<Answer> &evidence() const { return m_evidence; }
    bool hasErrors() const;
    const DomainCheckOptions &options() const { return m_options; }

Q_SIGNALS:
    void finished();

private:
    void ask(const QString &name, RecordType type, const QString &purpose);
    void answered(const QString &purpose, const Answer &answer);
    void evaluate();
    void evaluateSpf();
    void evaluateDkim();
    void evaluateDmarc();
    void evaluateMx();
    void evaluateDane();
    bool sesDkimCnameOk(const QString &token);
    void evaluateSpfHost(const QString &current);
    void evaluateReturnPath();
    void evaluateMtaSts();
    void evaluateTlsRpt();
    void fetchMtaStsPolicy();
    QString returnPathName() const;
    void askOnce(const QString &name, RecordType type, const QString &purpose);
    void followSpfTerms(const QString &record, const QString &domain);
    QString spfRecordOf(const QString &domain) const;
    QList<QHostAddress> addressesOf(const QString &name) const;
    // Whether the SPF record of `domain` passes `address`, or that it cannot be told here (a
    // term the evaluation does not evaluate, or an answer it does not have: `term` names it).
    enum class SpfVerdict { Pass, NoPass, Unknown };
    struct SpfOutcome {
        SpfVerdict verdict = SpfVerdict::NoPass;
        QString term;   // Unknown: the term, as written ("exists:%{i}.example.com", "include:x.example")
        QString reason; // Unknown: "not_evaluated" (ptr, exists, macros) or "lookup_failed"
    };
    SpfOutcome spfAuthorises(const QHostAddress &address, const QString &domain, int depth) const;
    void add(const QString &code, diagnostics::Severity severity, QVariantMap parameters);

    DomainCheckOptions m_options;
    Resolver m_resolver;
    int m_outstanding = 0;
    bool m_started = false;
    QList<Answer> m_evidence;
    QMap<QString, Answer> m_byPurpose; // "spf", "dmarc", "mx", "dkim:s1", "spf:include.example"
    QSet<QString> m_spfFetched;        // include/redirect domains asked for
    QSet<QString> m_asked;             // purposes asked once (askOnce)
    QNetworkAccessManager *m_network = nullptr;
    struct PolicyFetch {
        bool attempted = false;
        bool ok = false;
        QString url;
        int httpStatus = 0;
        QString error; // the network layer's words
        QString text;
        QString contentType; // as the server sent it
    } m_policy;
    QList<diagnostics::Finding> m_findings;
};

} // namespace selfmx::dns
