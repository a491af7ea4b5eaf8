// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "diagnostics/finding.h"
#include "profile/profile.h"
#include "records.h"
#include "resolver.h"

#include <QObject>
#include <QSet>

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
    QString error; // "version", "no_key", "revoked", "key_parse"
};
DkimKey parseDkim(const QString &record);

// The providers' SPF include (SendGrid include:sendgrid.net, ...) and DKIM selectors that are
// fixed for every customer (SendGrid s1/s2); the others' selectors are given by the user.
QString spfIncludeFor(profile::Provider provider);
QStringList dkimSelectorsFor(profile::Provider provider);

struct DomainCheckOptions {
    QString domain;
    profile::Provider provider = profile::Provider::Custom;
    QStringList dkimSelectors; // given by the user; the provider's fixed ones are added
    // DANE (RFC 7672): the SMTP server's TLSA records, checked with DNSSEC and matched
    // against the chain its TLS session presented (DER, leaf first). Empty host: not checked.
    QString smtpHost;
    quint16 smtpPort = 25;
    QList<QByteArray> peerChainDer;
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
    void add(const QString &code, diagnostics::Severity severity, QVariantMap parameters);

    DomainCheckOptions m_options;
    Resolver m_resolver;
    int m_outstanding = 0;
    bool m_started = false;
    QList<Answer> m_evidence;
    QMap<QString, Answer> m_byPurpose; // "spf", "dmarc", "mx", "dkim:s1", "spf:include.example"
    QSet<QString> m_spfFetched;        // include/redirect domains asked for
    QList<diagnostics::Finding> m_findings;
};

} // namespace selfmx::dns
