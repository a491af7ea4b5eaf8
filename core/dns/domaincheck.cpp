// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "domaincheck.h"

#include "dane.h"
#include "logging.h"

#include "smtp/cryptolibrary.h"

#include <QDate>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

#include <algorithm>

namespace selfmx::dns {

using diagnostics::Severity;

namespace {

// RFC 7208 §4.6.4: at most 10 terms that cause DNS lookups, over the whole evaluation.
constexpr int kSpfLookupLimit = 10;
// How far includes are followed (a loop or a very deep chain is already over the limit).
constexpr int kSpfMaxFetches = 25;
constexpr int kWeakDkimBits = 1024;

// A domain as SPF terms name it, for comparison and lookups: lower case, without the
// trailing dot of a fully qualified name (include:sendgrid.net. is include:sendgrid.net).
QString spfDomain(QString s)
{
    s = s.toLower();
    while (s.endsWith(u'.'))
        s.chop(1);
    return s;
}

bool validDomainSpec(const QString &s)
{
    // Macros (%{d}) are allowed in a domain-spec; a plain name needs a dot and no spaces.
    static const QRegularExpression re(QStringLiteral(R"(^[A-Za-z0-9_%{}.\-]+\.[A-Za-z0-9_%{}\-]+\.?$)"));
    return re.match(s).hasMatch();
}

bool validCidrAddress(const QString &value, QAbstractSocket::NetworkLayerProtocol protocol)
{
    QString address = value;
    if (const qsizetype slash = address.indexOf(u'/'); slash >= 0) {
        bool ok = false;
        const int bits = address.mid(slash + 1).toInt(&ok);
        if (!ok || bits < 0 || bits > (protocol == QAbstractSocket::IPv4Protocol ? 32 : 128))
            return false;
        address = address.left(slash);
    }
    if (protocol == QAbstractSocket::IPv4Protocol) {
        // Four decimal octets (QHostAddress would also take inet_aton's "1.2.3").
        static const QRegularExpression dotted(QStringLiteral(R"(^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$)"));
        const QRegularExpressionMatch m = dotted.match(address);
        if (!m.hasMatch())
            return false;
        for (int i = 1; i <= 4; ++i) {
            if (m.captured(i).toInt() > 255)
                return false;
        }
        return true;
    }
    const QHostAddress parsed(address);
    return !parsed.isNull() && parsed.protocol() == protocol;
}

QString joinSpf(const QStringList &terms)
{
    return (QStringList{QStringLiteral("v=spf1")} + terms).join(u' ');
}

// The record's terms without v=spf1, with `term` placed before the all mechanism.
QStringList spfTerms(const QString &record)
{
    QStringList terms = record.split(u' ', Qt::SkipEmptyParts);
    if (!terms.isEmpty())
        terms.removeFirst();
    return terms;
}

bool isAllTerm(const QString &term)
{
    const QString t = term.toLower();
    return t == u"all" || t == u"+all" || t == u"-all" || t == u"~all" || t == u"?all";
}

QStringList insertBeforeAll(QStringList terms, const QString &term)
{
    qsizetype at = terms.size();
    for (qsizetype i = 0; i < terms.size(); ++i) {
        if (isAllTerm(terms.at(i)) || terms.at(i).startsWith(QStringLiteral("redirect="), Qt::CaseInsensitive)) {
            at = i;
            break;
        }
    }
    terms.insert(at, term);
    return terms;
}

QStringList spfRecordsIn(const Answer &answer)
{
    QStringList records;
    for (const Record &r : answer.records) {
        const QString text = r.text().trimmed();
        if (text.compare(QStringLiteral("v=spf1"), Qt::CaseInsensitive) == 0
            || text.startsWith(QStringLiteral("v=spf1 "), Qt::CaseInsensitive))
            records.append(text);
    }
    return records;
}

QMap<QString, QString> tagList(const QString &record, QStringList *order)
{
    QMap<QString, QString> tags;
    for (const QString &part : record.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq < 0)
            continue;
        const QString name = part.left(eq).trimmed().toLower();
        QString value = part.mid(eq + 1).trimmed();
        if (name.isEmpty())
            continue;
        if (order)
            order->append(name);
        tags.insert(name, value);
    }
    return tags;
}

} // namespace

SpfRecord parseSpf(const QString &record)
{
    SpfRecord spf;
    for (const QString &term : spfTerms(record)) {
        QString t = term;
        if (t.contains(u'=') && !t.contains(u':')) { // a modifier (RFC 7208 §6)
            const QString name = t.section(u'=', 0, 0).toLower();
            const QString value = t.section(u'=', 1);
            if (name == u"redirect") {
                if (!validDomainSpec(value))
                    spf.syntaxErrors.append(term);
                else {
                    spf.redirect = spfDomain(value);
                    ++spf.lookupTerms;
                }
            } else if (!QRegularExpression(QStringLiteral("^[a-z][a-z0-9_.\\-]*$")).match(name).hasMatch()) {
                spf.syntaxErrors.append(term);
            }
            continue;
        }
        QChar qualifier = u'+';
        if (!t.isEmpty() && QStringLiteral("+-~?").contains(t.front())) {
            qualifier = t.front();
            t.remove(0, 1);
        }
        const qsizetype colon = t.indexOf(u':');
        const qsizetype slash = t.indexOf(u'/');
        qsizetype nameEnd = t.size();
        if (colon >= 0)
            nameEnd = colon;
        else if (slash >= 0)
            nameEnd = slash;
        const QString mechanism = t.left(nameEnd).toLower();
        const QString argument = colon >= 0 ? t.mid(colon + 1) : QString();
        const bool hasArgument = colon >= 0;
        if (mechanism == u"all" && nameEnd == t.size()) {
            spf.all = QString(qualifier) + QStringLiteral("all");
        } else if (mechanism == u"include" || mechanism == u"exists") {
            if (!hasArgument || !validDomainSpec(argument)) {
                spf.syntaxErrors.append(term);
                continue;
            }
            ++spf.lookupTerms;
            if (mechanism == u"include")
                spf.includes.append(spfDomain(argument));
        } else if (mechanism == u"a" || mechanism == u"mx" || mechanism == u"ptr") {
            if (hasArgument && !validDomainSpec(argument.section(u'/', 0, 0))) {
                spf.syntaxErrors.append(term);
                continue;
            }
            ++spf.lookupTerms;
        } else if (mechanism == u"ip4" || mechanism == u"ip6") {
            const auto protocol = mechanism == u"ip4" ? QAbstractSocket::IPv4Protocol : QAbstractSocket::IPv6Protocol;
            if (!hasArgument || !validCidrAddress(argument, protocol))
                spf.syntaxErrors.append(term);
        } else {
            spf.syntaxErrors.append(term);
        }
    }
    return spf;
}

DmarcRecord parseDmarc(const QString &record)
{
    DmarcRecord dmarc;
    QStringList order;
    const QMap<QString, QString> tags = tagList(record, &order);
    // RFC 7489 §6.4: v=DMARC1 first, then p (the policy) is required.
    if (order.value(0) != u"v" || tags.value(QStringLiteral("v")) != u"DMARC1")
        dmarc.errors.append(QStringLiteral("v"));
    static const QStringList policies = {QStringLiteral("none"), QStringLiteral("quarantine"), QStringLiteral("reject")};
    dmarc.policy = tags.value(QStringLiteral("p")).toLower();
    if (!policies.contains(dmarc.policy))
        dmarc.errors.append(QStringLiteral("p"));
    if (tags.contains(QStringLiteral("sp"))) {
        dmarc.subdomainPolicy = tags.value(QStringLiteral("sp")).toLower();
        if (!policies.contains(dmarc.subdomainPolicy))
            dmarc.errors.append(QStringLiteral("sp"));
    }
    for (const QString &alignment : {QStringLiteral("adkim"), QStringLiteral("aspf")}) {
        if (!tags.contains(alignment))
            continue;
        const QString value = tags.value(alignment).toLower();
        if (value != u"r" && value != u"s")
            dmarc.errors.append(alignment);
        else if (alignment == u"adkim")
            dmarc.adkim = value;
        else
            dmarc.aspf = value;
    }
    if (tags.contains(QStringLiteral("pct"))) {
        bool ok = false;
        const int pct = tags.value(QStringLiteral("pct")).toInt(&ok);
        if (!ok || pct < 0 || pct > 100)
            dmarc.errors.append(QStringLiteral("pct"));
    }
    dmarc.rua = tags.value(QStringLiteral("rua"));
    return dmarc;
}

DkimKey parseDkim(const QString &record)
{
    DkimKey key;
    QStringList order;
    const QMap<QString, QString> tags = tagList(record, &order);
    if (tags.contains(QStringLiteral("v")) && (order.value(0) != u"v" || tags.value(QStringLiteral("v")) != u"DKIM1")) {
        key.error = QStringLiteral("version");
        return key;
    }
    if (!tags.contains(QStringLiteral("p"))) {
        key.error = QStringLiteral("no_key");
        return key;
    }
    QString p = tags.value(QStringLiteral("p"));
    p.remove(QRegularExpression(QStringLiteral("\\s")));
    if (p.isEmpty()) { // RFC 6376 §3.6.1: an empty p= means the key was revoked
        key.error = QStringLiteral("revoked");
        return key;
    }
    key.keyType = tags.value(QStringLiteral("k"), QStringLiteral("rsa")).toLower();
    const QByteArray der = QByteArray::fromBase64(p.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (der.isEmpty()) {
        key.error = QStringLiteral("key_parse");
        return key;
    }
    if (key.keyType == u"ed25519") { // RFC 8463: the raw 32-byte key
        if (der.size() != 32)
            key.error = QStringLiteral("key_parse");
        else
            key.bits = 256;
        return key;
    }
    const smtp::crypto::Functions *f = smtp::crypto::load(&key.cryptoError);
    if (!f) { // the key's size cannot be told: not a key that passed
        key.error = QStringLiteral("crypto");
        return key;
    }
    const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
    EVP_PKEY *pkey = f->d2iPubkey(nullptr, &bytes, long(der.size()));
    if (!pkey) {
        key.error = QStringLiteral("key_parse");
        return key;
    }
    key.bits = f->pkeyGetBits(pkey);
    f->pkeyFree(pkey);
    return key;
}

QString spfIncludeFor(profile::Provider provider)
{
    switch (provider) {
    case profile::Provider::SendGrid: return QStringLiteral("sendgrid.net");
    case profile::Provider::Mailgun: return QStringLiteral("mailgun.org");
    case profile::Provider::AmazonSes: return QStringLiteral("amazonses.com");
    case profile::Provider::Postmark: return QStringLiteral("spf.mtasv.net");
    case profile::Provider::Gmail: return QStringLiteral("_spf.google.com");
    case profile::Provider::Microsoft365: return QStringLiteral("spf.protection.outlook.com");
    default: return QString();
    }
}

QStringList dkimSelectorsFor(profile::Provider provider)
{
    if (provider == profile::Provider::SendGrid)
        return {QStringLiteral("s1"), QStringLiteral("s2")};
    return {};
}

ReturnPathRule returnPathRuleFor(profile::Provider provider, const QString &region)
{
    ReturnPathRule rule;
    switch (provider) {
    case profile::Provider::Postmark:
        // Postmark's custom Return-Path domain "must have a CNAME record that points to
        // pm.mtasv.net" (postmarkapp.com/developer/api/domains-api, ReturnPathDomain);
        // pm-bounces is the name its domain page suggests (pm_bounces@pm-bounces.DOMAIN).
        rule.label = QStringLiteral("pm-bounces");
        rule.target = QStringLiteral("pm.mtasv.net");
        break;
    case profile::Provider::Mailgun:
        // Mailgun's domain records include "email.DOMAIN CNAME mailgun.org" for its tracking
        // and unsubscribe links (Mailgun's DNS records page; documentation.onesignal.com
        // mailgun-setup lists the CNAME among them).
        // EU domains point at eu.mailgun.org (the profile's region "eu", as its SMTP host
        // smtp.eu.mailgun.org).
        // It is not a return path: Mailgun's bounces go to the sending domain itself.
        rule.label = QStringLiteral("email");
        rule.tracking = true;
        rule.target = region == u"eu" ? QStringLiteral("eu.mailgun.org") : QStringLiteral("mailgun.org");
        break;
    case profile::Provider::AmazonSes:
        // SES custom MAIL FROM: a subdomain the customer picks, with "MX 10
        // feedback-smtp.REGION.amazonses.com" and "v=spf1 include:amazonses.com ~all"
        // (docs.aws.amazon.com/ses/latest/dg/mail-from.html). No default name.
        rule.type = RecordType::Mx;
        if (region.isEmpty())
            rule.targetSuffix = QStringLiteral(".amazonses.com");
        else
            rule.target = QStringLiteral("feedback-smtp.%1.amazonses.com").arg(region);
        break;
    case profile::Provider::SendGrid:
        // SendGrid's link branding / return path ("em123.DOMAIN CNAME u123.wl.sendgrid.net")
        // is numbered per account: checked when given, pointing into sendgrid.net.
        rule.targetSuffix = QStringLiteral(".sendgrid.net");
        break;
    default: break;
    }
    return rule;
}

bool isSesDkimTarget(const QString &token, const QString &target)
{
    // "Name: token._domainkey.example.com, Type: CNAME, Value: token.dkim.amazonses.com"
    // (SES API reference, VerifyDomainDkim).
    static const QRegularExpression region(QStringLiteral(R"(^\.dkim(\.[a-z0-9-]+)?\.amazonses\.com$)"));
    const QString t = target.toLower();
    return t.startsWith(token.toLower()) && region.match(t.mid(token.size())).hasMatch();
}

MtaStsRecord parseMtaStsRecord(const QString &record)
{
    MtaStsRecord r;
    QStringList order;
    const QMap<QString, QString> tags = tagList(record, &order);
    if (order.value(0) != u"v" || tags.value(QStringLiteral("v")) != u"STSv1")
        r.errors.append(QStringLiteral("v"));
    // id = 1*32(ALPHA / DIGIT) (RFC 8461 §3.1)
    static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9]{1,32}$"));
    r.id = tags.value(QStringLiteral("id"));
    if (!id.match(r.id).hasMatch())
        r.errors.append(QStringLiteral("id"));
    return r;
}

MtaStsPolicy parseMtaStsPolicy(const QString &text)
{
    MtaStsPolicy policy;
    QString version;
    QSet<QString> seen;
    for (QString line : text.split(u'\n')) {
        line = line.trimmed(); // CRLF (§3.2), or LF as many servers send it
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString key = line.left(colon).trimmed().toLower();
        const QString value = line.mid(colon + 1).trimmed();
        // Only mx repeats (§3.2); of any other key the first occurrence counts, so a later
        // line cannot override it.
        if (key != u"mx" && seen.contains(key))
            continue;
        seen.insert(key);
        if (key == u"version")
            version = value;
        else if (key == u"mode")
            policy.mode = value;
        else if (key == u"mx")
            policy.mx.append(value.toLower());
        else if (key == u"max_age") {
            bool ok = false;
            policy.maxAge = value.toLongLong(&ok);
            if (!ok)
                policy.maxAge = -1;
        }
    }
    if (version != u"STSv1")
        policy.errors.append(QStringLiteral("version"));
    if (policy.mode != u"enforce" && policy.mode != u"testing" && policy.mode != u"none")
        policy.errors.append(QStringLiteral("mode"));
    if (policy.maxAge < 0 || policy.maxAge > 31557600) // at most a year (§3.2)
        policy.errors.append(QStringLiteral("max_age"));
    if (policy.mx.isEmpty() && policy.mode != u"none")
        policy.errors.append(QStringLiteral("mx"));
    return policy;
}

bool mtaStsMxMatches(const QString &pattern, const QString &host)
{
    const QString p = pattern.toLower();
    const QString h = host.toLower();
    if (p.startsWith(QStringLiteral("*."))) {
        const qsizetype dot = h.indexOf(u'.');
        return dot > 0 && h.mid(dot + 1) == p.mid(2);
    }
    return p == h;
}

TlsRptRecord parseTlsRpt(const QString &record)
{
    TlsRptRecord r;
    QStringList order;
    const QMap<QString, QString> tags = tagList(record, &order);
    if (order.value(0) != u"v" || tags.value(QStringLiteral("v")) != u"TLSRPTv1")
        r.errors.append(QStringLiteral("v"));
    for (const QString &uri : tags.value(QStringLiteral("rua")).split(u',', Qt::SkipEmptyParts)) {
        const QString u = uri.trimmed();
        if (!u.startsWith(QStringLiteral("mailto:"), Qt::CaseInsensitive) && !u.startsWith(QStringLiteral("https:"), Qt::CaseInsensitive)) {
            r.errors.append(QStringLiteral("rua"));
            return r;
        }
        r.rua.append(u);
    }
    if (r.rua.isEmpty())
        r.errors.append(QStringLiteral("rua"));
    return r;
}

namespace {
// A CIDR prefix length, 0..max in decimal (RFC 7208 §5.6); -1 when it is not one.
int prefixLength(const QString &text, int max)
{
    bool ok = false;
    const int bits = text.toInt(&ok);
    return ok && !text.startsWith(u'+') && bits >= 0 && bits <= max ? bits : -1;
}
} // namespace

QList<SpfMechanism> spfMechanisms(const QString &record, const QString &domain)
{
    QList<SpfMechanism> list;
    for (const QString &term : spfTerms(record)) {
        if (term.contains(u'=') && !term.contains(u':'))
            continue; // a modifier
        SpfMechanism m;
        m.term = term;
        QString t = term;
        if (!t.isEmpty() && QStringLiteral("+-~?").contains(t.front())) {
            m.qualifier = t.front();
            t.remove(0, 1);
        }
        QString rest;
        const qsizetype colon = t.indexOf(u':');
        const qsizetype slash = t.indexOf(u'/');
        const qsizetype nameEnd = colon >= 0 ? colon : slash >= 0 ? slash : t.size();
        m.name = t.left(nameEnd).toLower();
        rest = t.mid(nameEnd);
        if (m.name == u"ip4" || m.name == u"ip6") {
            const QString argument = rest.mid(1);
            const qsizetype cut = argument.indexOf(u'/');
            m.network = cut >= 0 ? argument.left(cut) : argument;
            const int max = m.name == u"ip4" ? 32 : 128;
            const int bits = cut >= 0 ? prefixLength(argument.mid(cut + 1), max) : max;
            (m.name == u"ip4" ? m.cidr4 : m.cidr6) = bits;
            m.valid = bits >= 0 && !QHostAddress(m.network).isNull();
            list.append(m);
            continue;
        }
        // a[:domain][/cidr4][//cidr6] (RFC 7208 §5.3, §5.6)
        QString cidrs;
        if (rest.startsWith(u':')) {
            const qsizetype cut = rest.indexOf(u'/');
            m.domain = (cut >= 0 ? rest.mid(1, cut - 1) : rest.mid(1)).toLower();
            cidrs = cut >= 0 ? rest.mid(cut) : QString();
        } else {
            cidrs = rest;
        }
        if (m.domain.isEmpty())
            m.domain = domain;
        while (m.domain.endsWith(u'.'))
            m.domain.chop(1);
        if (cidrs.startsWith(QStringLiteral("//"))) {
            m.cidr6 = prefixLength(cidrs.mid(2), 128);
        } else if (cidrs.startsWith(u'/')) {
            const qsizetype v6 = cidrs.indexOf(QStringLiteral("//"));
            m.cidr4 = prefixLength(cidrs.mid(1, v6 >= 0 ? v6 - 1 : -1), 32);
            if (v6 >= 0)
                m.cidr6 = prefixLength(cidrs.mid(v6 + 2), 128);
        } else if (!cidrs.isEmpty()) {
            m.cidr4 = -1; // text after the domain that is no prefix length
        }
        m.valid = m.cidr4 >= 0 && m.cidr6 >= 0;
        list.append(m);
    }
    return list;
}

DomainCheck::DomainCheck(DomainCheckOptions options, ResolverConfig config, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_resolver(std::move(config))
{
    m_options.domain = m_options.domain.trimmed().toLower();
    if (const qsizetype at = m_options.domain.lastIndexOf(u'@'); at >= 0)
        m_options.domain = m_options.domain.mid(at + 1);
    for (const QString &s : dkimSelectorsFor(m_options.provider)) {
        if (!m_options.dkimSelectors.contains(s))
            m_options.dkimSelectors.append(s);
    }
}

bool DomainCheck::hasErrors() const
{
    return std::any_of(m_findings.begin(), m_findings.end(), [](const diagnostics::Finding &f) { return f.severity == Severity::Error; });
}

void DomainCheck::start()
{
    if (m_started)
        return;
    m_started = true;
    const QString &d = m_options.domain;
    ask(d, RecordType::Txt, QStringLiteral("spf"));
    ask(QStringLiteral("_dmarc.") + d, RecordType::Txt, QStringLiteral("dmarc"));
    ask(d, RecordType::Mx, QStringLiteral("mx"));
    for (const QString &selector : m_options.dkimSelectors) {
        ask(selector + QStringLiteral("._domainkey.") + d, RecordType::Txt, QStringLiteral("dkim:") + selector);
        // SES Easy DKIM: the token's name must be a CNAME to SES's key, asked for itself.
        if (m_options.provider == profile::Provider::AmazonSes)
            ask(selector + QStringLiteral("._domainkey.") + d, RecordType::Cname, QStringLiteral("dkim-cname:") + selector);
    }
    if (m_options.provider == profile::Provider::Postfix && !m_options.postfixHost.isEmpty()) {
        const QHostAddress literal(m_options.postfixHost);
        if (literal.isNull()) {
            ask(m_options.postfixHost, RecordType::A, QStringLiteral("host-a"));
            ask(m_options.postfixHost, RecordType::Aaaa, QStringLiteral("host-aaaa"));
        }
    }
    if (const QString name = returnPathName(); !name.isEmpty()) {
        const ReturnPathRule rule = returnPathRuleFor(m_options.provider, m_options.region);
        ask(name, rule.type, QStringLiteral("return-path"));
        if (rule.type == RecordType::Mx)
            ask(name, RecordType::Txt, QStringLiteral("return-path-spf"));
    }
    ask(QStringLiteral("_mta-sts.") + d, RecordType::Txt, QStringLiteral("mta-sts"));
    ask(QStringLiteral("_smtp._tls.") + d, RecordType::Txt, QStringLiteral("tls-rpt"));
    if (!m_options.smtpHost.isEmpty())
        ask(tlsaName(m_options.smtpHost, m_options.smtpPort), RecordType::Tlsa, QStringLiteral("tlsa"));
}

namespace {
QStringList recordsStartingWith(const Answer &answer, const QString &prefix)
{
    QStringList records;
    for (const Record &r : answer.records) {
        const QString text = r.text().trimmed();
        if (text.startsWith(prefix))
            records.append(text);
    }
    return records;
}

// The records of exactly this version: "v=STSv1" followed by ";", a space or the end, so
// "v=STSv10; ..." is another version's record, not this one's (RFC 8461 §3.1: records that
// do not begin with "v=STSv1;" are discarded; the version is case-sensitive, %s in its ABNF).
QStringList recordsOfVersion(const Answer &answer, const QString &version)
{
    QStringList records;
    for (const QString &text : recordsStartingWith(answer, version)) {
        const QChar next = text.size() > version.size() ? text.at(version.size()) : QChar(u';');
        if (next == u';' || next == u' ' || next == u'\t')
            records.append(text);
    }
    return records;
}
} // namespace

// RFC 8461 §3.3: https://mta-sts.DOMAIN/.well-known/mta-sts.txt, certificate verified, no
// redirects followed, bounded in time and size (the policy is small; 64 KiB is plenty).
void DomainCheck::fetchMtaStsPolicy()
{
    if (m_policy.attempted)
        return;
    m_policy.attempted = true;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    const QString policyHost = QStringLiteral("mta-sts.") + m_options.domain;
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(policyHost);
    url.setPath(QStringLiteral("/.well-known/mta-sts.txt"));
    m_policy.url = url.toString();
    QNetworkRequest request;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_options.mtaStsTestEndpoint.isEmpty()) {
        const QString endpoint = m_options.mtaStsTestEndpoint;
        const qsizetype colon = endpoint.lastIndexOf(u':');
        url.setHost(endpoint.left(colon));
        url.setPort(endpoint.mid(colon + 1).toInt());
        request.setPeerVerifyName(policyHost);
        request.setRawHeader("Host", policyHost.toLatin1());
        ssl.addCaCertificates(QSslCertificate::fromData(m_options.mtaStsTestCaPem, QSsl::Pem));
    }
    request.setUrl(url);
    request.setSslConfiguration(ssl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_resolver.config().timeoutMs);
    ++m_outstanding;
    QNetworkReply *reply = m_network->get(request);
    constexpr qint64 kMaxPolicyBytes = 64 * 1024;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxPolicyBytes)
            reply->abort();
    });
    // The transfer timeout restarts on every byte; this one bounds the whole fetch.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, &QNetworkReply::abort);
    deadline->start(2 * m_resolver.config().timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply]() {
        reply->deleteLater();
        m_policy.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && m_policy.httpStatus == 200) {
            m_policy.ok = true;
            m_policy.text = QString::fromUtf8(reply->read(kMaxPolicyBytes));
            m_policy.contentType = QString::fromLatin1(reply->rawHeader("Content-Type")).trimmed();
        } else {
            m_policy.error = reply->errorString();
        }
        qCDebug(lcDns) << "MTA-STS policy" << m_policy.url << m_policy.httpStatus << m_policy.error;
        if (--m_outstanding == 0)
            evaluate();
    });
}

void DomainCheck::ask(const QString &name, RecordType type, const QString &purpose)
{
    ++m_outstanding;
    Lookup *lookup = m_resolver.lookup(name, type, this);
    connect(lookup, &Lookup::finished, this, [this, lookup, purpose]() {
        const Answer &answer = lookup->answer(); // deleteLater: still alive here
        lookup->deleteLater();
        answered(purpose, answer);
    });
}

void DomainCheck::askOnce(const QString &name, RecordType type, const QString &purpose)
{
    if (m_asked.contains(purpose) || m_asked.size() > 4 * kSpfMaxFetches)
        return;
    m_asked.insert(purpose);
    ask(name, type, purpose);
}

// For the Postfix host's check: the addresses behind the a and mx terms of a record.
void DomainCheck::followSpfTerms(const QString &record, const QString &domain)
{
    for (const SpfMechanism &m : spfMechanisms(record, domain)) {
        if (m.domain.contains(u'%'))
            continue; // macros need the message's identity
        if (m.name == u"a") {
            askOnce(m.domain, RecordType::A, QStringLiteral("addr-a:") + m.domain);
            askOnce(m.domain, RecordType::Aaaa, QStringLiteral("addr-aaaa:") + m.domain);
        } else if (m.name == u"mx") {
            askOnce(m.domain, RecordType::Mx, QStringLiteral("spf-mx:") + m.domain);
        }
    }
}

void DomainCheck::answered(const QString &purpose, const Answer &answer)
{
    m_evidence.append(answer);
    m_byPurpose.insert(purpose, answer);
    // Follow SPF include: and redirect= so the lookup count covers the whole tree.
    if ((purpose == u"spf" || purpose.startsWith(QStringLiteral("spf:"))) && answer.ok()) {
        const QStringList records = spfRecordsIn(answer);
        if (records.size() == 1) {
            const SpfRecord spf = parseSpf(records.first());
            QStringList next = spf.includes;
            if (!spf.redirect.isEmpty())
                next.append(spf.redirect);
            for (const QString &target : next) {
                if (m_spfFetched.contains(target) || m_spfFetched.size() >= kSpfMaxFetches || target.contains(u'%'))
                    continue;
                m_spfFetched.insert(target);
                ask(target, RecordType::Txt, QStringLiteral("spf:") + target);
            }
            if (m_options.provider == profile::Provider::Postfix && !m_options.postfixHost.isEmpty())
                followSpfTerms(records.first(), purpose == u"spf" ? m_options.domain : purpose.mid(4));
        }
    }
    if (purpose == u"mta-sts" && answer.ok()) {
        const QStringList records = recordsOfVersion(answer, QStringLiteral("v=STSv1"));
        if (records.size() == 1 && parseMtaStsRecord(records.first()).errors.isEmpty())
            fetchMtaStsPolicy();
    }
    if (purpose.startsWith(QStringLiteral("spf-mx:")) && answer.ok()) {
        for (const Record &r : answer.records) {
            if (r.target.isEmpty())
                continue;
            askOnce(r.target, RecordType::A, QStringLiteral("addr-a:") + r.target);
            askOnce(r.target, RecordType::Aaaa, QStringLiteral("addr-aaaa:") + r.target);
        }
    }
    if (--m_outstanding == 0)
        evaluate();
}

void DomainCheck::add(const QString &code, Severity severity, QVariantMap parameters)
{
    diagnostics::Finding f;
    f.code = code;
    f.severity = severity;
    f.stage = smtp::Stage::None;
    parameters.insert(QStringLiteral("domain"), m_options.domain);
    f.parameters = std::move(parameters);
    qCDebug(lcDns) << "finding" << code << f.parameters;
    m_findings.append(f);
}

void DomainCheck::evaluate()
{
    evaluateSpf();
    evaluateDkim();
    evaluateDmarc();
    evaluateMx();
    evaluateReturnPath();
    evaluateMtaSts();
    evaluateTlsRpt();
    if (!m_options.smtpHost.isEmpty())
        evaluateDane();
    Q_EMIT finished();
}

namespace {
bool lookupFailed(const Answer &a)
{
    return a.status != Status::Ok && a.status != Status::NoData && a.status != Status::NxDomain;
}
QVariantMap failure(const Answer &a)
{
    return {{QStringLiteral("name"), a.name},
            {QStringLiteral("type"), typeName(a.type)},
            {QStringLiteral("status"), statusKey(a.status)},
            {QStringLiteral("security"), securityKey(a.security)}};
}
QVariantMap txtFix(const QString &name, const QString &value)
{
    return {{QStringLiteral("record_name"), name},
            {QStringLiteral("record_type"), QStringLiteral("TXT")},
            {QStringLiteral("record_value"), value}};
}
} // namespace

void DomainCheck::evaluateSpf()
{
    const Answer answer = m_byPurpose.value(QStringLiteral("spf"));
    const QString &d = m_options.domain;
    const QString providerInclude = spfIncludeFor(m_options.provider);
    if (lookupFailed(answer) || answer.security == Security::Bogus) {
        add(QStringLiteral("dns.lookup_failed"), Severity::Warning, failure(answer));
        return;
    }
    const QStringList records = spfRecordsIn(answer);
    if (records.isEmpty()) {
        QString suggested =
            providerInclude.isEmpty() ? QStringLiteral("v=spf1 mx ~all") : QStringLiteral("v=spf1 include:%1 ~all").arg(providerInclude);
        if (m_options.provider == profile::Provider::Postfix && !m_options.postfixHost.isEmpty()) {
            QStringList terms;
            for (const QHostAddress &a : addressesOf(m_options.postfixHost))
                terms.append((a.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("ip6:") : QStringLiteral("ip4:"))
                             + a.toString());
            if (!terms.isEmpty())
                suggested = joinSpf(terms << QStringLiteral("~all"));
        }
        add(QStringLiteral("spf.missing"), Severity::Error, txtFix(d, suggested));
        return;
    }
    if (records.size() > 1) {
        // RFC 7208 §4.5: more than one record is a permanent error. Offer them merged.
        QStringList merged;
        for (const QString &r : records) {
            for (const QString &t : spfTerms(r)) {
                if (!isAllTerm(t) && !merged.contains(t))
                    merged.append(t);
            }
        }
        merged.append(QStringLiteral("~all"));
        QVariantMap p = txtFix(d, joinSpf(merged));
        p.insert(QStringLiteral("count"), records.size());
        p.insert(QStringLiteral("record_current"), records.join(QStringLiteral(" | ")));
        add(QStringLiteral("spf.multiple"), Severity::Error, p);
        return;
    }
    const QString &current = records.first();
    const SpfRecord spf = parseSpf(current);
    if (!spf.syntaxErrors.isEmpty()) {
        QStringList kept;
        for (const QString &t : spfTerms(current)) {
            if (!spf.syntaxErrors.contains(t))
                kept.append(t);
        }
        QVariantMap p = txtFix(d, joinSpf(kept));
        p.insert(QStringLiteral("term"), spf.syntaxErrors.join(u' '));
        p.insert(QStringLiteral("record_current"), current);
        add(QStringLiteral("spf.syntax"), Severity::Error, p);
    }
    // Count the DNS-querying terms over the whole tree (RFC 7208 §4.6.4).
    int lookups = spf.lookupTerms;
    QSet<QString> includedDomains;
    for (auto it = m_byPurpose.cbegin(); it != m_byPurpose.cend(); ++it) {
        if (!it.key().startsWith(QStringLiteral("spf:")))
            continue;
        const QString target = it.key().mid(4);
        includedDomains.insert(target);
        if (lookupFailed(it.value()) || it.value().status != Status::Ok) {
            QVariantMap p = failure(it.value());
            p.insert(QStringLiteral("include"), target);
            add(QStringLiteral("spf.include_failed"), Severity::Warning, p);
            continue;
        }
        const QStringList included = spfRecordsIn(it.value());
        if (included.size() == 1)
            lookups += parseSpf(included.first()).lookupTerms;
    }
    if (lookups > kSpfLookupLimit) {
        QVariantMap p{{QStringLiteral("count"), lookups}, {QStringLiteral("limit"), kSpfLookupLimit}};
        p.insert(QStringLiteral("record_current"), current);
        add(QStringLiteral("spf.too_many_lookups"), Severity::Error, p);
    }
    if (spf.all == u"+all" || spf.all == u"?all") {
        QStringList terms = spfTerms(current);
        for (QString &t : terms) {
            if (isAllTerm(t))
                t = QStringLiteral("~all");
        }
        QVariantMap p = txtFix(d, joinSpf(terms));
        p.insert(QStringLiteral("qualifier"), spf.all);
        p.insert(QStringLiteral("record_current"), current);
        add(QStringLiteral("spf.permissive_all"), Severity::Warning, p);
    }
    if (!providerInclude.isEmpty() && !includedDomains.contains(providerInclude)) {
        QVariantMap p = txtFix(d, joinSpf(insertBeforeAll(spfTerms(current), QStringLiteral("include:") + providerInclude)));
        p.insert(QStringLiteral("provider"), profile::providerKey(m_options.provider));
        p.insert(QStringLiteral("include"), providerInclude);
        p.insert(QStringLiteral("record_current"), current);
        add(QStringLiteral("spf.provider_missing"), Severity::Error, p);
    }
    if (m_options.provider == profile::Provider::Postfix && !m_options.postfixHost.isEmpty())
        evaluateSpfHost(current);
    add(QStringLiteral("spf.found"), Severity::Info, {{QStringLiteral("record"), current}, {QStringLiteral("lookups"), lookups}});
}

QString DomainCheck::spfRecordOf(const QString &domain) const
{
    const QString purpose = domain == m_options.domain ? QStringLiteral("spf") : QStringLiteral("spf:") + domain;
    const QStringList records = spfRecordsIn(m_byPurpose.value(purpose));
    return records.size() == 1 ? records.first() : QString();
}

QList<QHostAddress> DomainCheck::addressesOf(const QString &name) const
{
    if (const QHostAddress literal(name); !literal.isNull())
        return {literal};
    QList<QHostAddress> list;
    const bool isHost = name == m_options.postfixHost;
    for (const QString &purpose : {QStringLiteral("a"), QStringLiteral("aaaa")}) {
        const Answer answer =
            m_byPurpose.value(isHost ? QStringLiteral("host-") + purpose : QStringLiteral("addr-%1:%2").arg(purpose, name));
        if (!answer.ok())
            continue;
        for (const Record &r : answer.records)
            list.append(QHostAddress(r.address));
    }
    if (!isHost || list.isEmpty()) {
        // The Postfix host may also appear in the SPF tree (a:HOST): either lookup will do.
        for (const QString &purpose : {QStringLiteral("addr-a:"), QStringLiteral("addr-aaaa:")}) {
            for (const Record &r : m_byPurpose.value(purpose + name).records) {
                if (!list.contains(QHostAddress(r.address)))
                    list.append(QHostAddress(r.address));
            }
        }
    }
    return list;
}

// RFC 7208 §4.6, reduced to the question "does a pass for this address?": mechanisms in
// order, the first match decides (a "+" match passes, "-", "~", "?" do not), include passes
// when the included record passes, redirect when nothing matched. Macros, ptr and exists
// need the message (or a reverse lookup) and are not evaluated, nor is a term whose answer
// is missing (a failed lookup, an include not fetched): such a term could have matched
// first, so the outcome is Unknown, unless it is a "+" term and a later one passes anyway.
DomainCheck::SpfOutcome DomainCheck::spfAuthorises(const QHostAddress &address, const QString &domain, int depth) const
{
    const auto answered = [this](const QString &purpose) {
        const auto it = m_byPurpose.constFind(purpose);
        return it != m_byPurpose.cend() && !lookupFailed(*it) && it->security != Security::Bogus;
    };
    if (depth > kSpfLookupLimit)
        return {};
    if (!answered(domain == m_options.domain ? QStringLiteral("spf") : QStringLiteral("spf:") + domain))
        return {SpfVerdict::Unknown, QString(), QStringLiteral("lookup_failed")};
    const QString record = spfRecordOf(domain);
    if (record.isEmpty())
        return {}; // no record, or several: a permerror (RFC 7208 §4.5)
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const QString addressPurpose = v6 ? QStringLiteral("addr-aaaa:") : QStringLiteral("addr-a:");
    auto inAny = [&address, v6](const QList<QHostAddress> &candidates, const SpfMechanism &m) {
        for (const QHostAddress &c : candidates) {
            if (address.isInSubnet(c, v6 ? m.cidr6 : m.cidr4))
                return true;
        }
        return false;
    };
    std::optional<SpfOutcome> firstUnknown;
    bool unknownsOnlyPass = true; // every unevaluated term so far would pass if it matched
    for (const SpfMechanism &m : spfMechanisms(record, domain)) {
        if (!m.valid)
            continue; // a permerror term: it matches nothing
        bool match = false;
        std::optional<SpfOutcome> open;
        if (m.domain.contains(u'%') || m.name == u"exists" || m.name == u"ptr") {
            open = SpfOutcome{SpfVerdict::Unknown, m.term, QStringLiteral("not_evaluated")};
        } else if (m.name == u"all") {
            match = true;
        } else if (m.name == u"ip4" || m.name == u"ip6") {
            const QHostAddress network(m.network);
            match = (m.name == u"ip6") == v6 && address.isInSubnet(network, v6 ? m.cidr6 : m.cidr4);
        } else if (m.name == u"a") {
            if (answered(addressPurpose + m.domain))
                match = inAny(addressesOf(m.domain), m);
            else
                open = SpfOutcome{SpfVerdict::Unknown, m.term, QStringLiteral("lookup_failed")};
        } else if (m.name == u"mx") {
            const QString mxPurpose = QStringLiteral("spf-mx:") + m.domain;
            if (!answered(mxPurpose))
                open = SpfOutcome{SpfVerdict::Unknown, m.term, QStringLiteral("lookup_failed")};
            for (const Record &r : m_byPurpose.value(mxPurpose).records) {
                if (r.target.isEmpty())
                    continue;
                if (!answered(addressPurpose + r.target))
                    open = SpfOutcome{SpfVerdict::Unknown, m.term, QStringLiteral("lookup_failed")};
                else
                    match = match || inAny(addressesOf(r.target), m);
            }
        } else if (m.name == u"include") {
            const SpfOutcome included = spfAuthorises(address, m.domain, depth + 1);
            if (included.verdict == SpfVerdict::Unknown)
                open = SpfOutcome{SpfVerdict::Unknown, included.term.isEmpty() ? m.term : included.term, included.reason};
            else
                match = included.verdict == SpfVerdict::Pass;
        }
        if (open && !match) {
            if (!firstUnknown)
                firstUnknown = open;
            unknownsOnlyPass = unknownsOnlyPass && m.qualifier == u'+';
            continue;
        }
        if (match) {
            const SpfVerdict verdict = m.qualifier == u'+' ? SpfVerdict::Pass : SpfVerdict::NoPass;
            if (!firstUnknown || (verdict == SpfVerdict::Pass && unknownsOnlyPass))
                return {verdict, QString(), QString()};
            return *firstUnknown;
        }
    }
    if (firstUnknown)
        return *firstUnknown;
    const SpfRecord parsed = parseSpf(record);
    if (parsed.redirect.isEmpty())
        return {};
    SpfOutcome redirected = spfAuthorises(address, parsed.redirect, depth + 1);
    if (redirected.verdict == SpfVerdict::Unknown && redirected.term.isEmpty())
        redirected.term = QStringLiteral("redirect=") + parsed.redirect;
    return redirected;
}

void DomainCheck::evaluateSpfHost(const QString &current)
{
    const QString &host = m_options.postfixHost;
    const QList<QHostAddress> addresses = addressesOf(host);
    if (addresses.isEmpty()) {
        const Answer a = m_byPurpose.value(QStringLiteral("host-a"));
        if (lookupFailed(a))
            add(QStringLiteral("dns.lookup_failed"), Severity::Warning, failure(a));
        else
            add(QStringLiteral("spf.host_unresolved"), Severity::Warning, {{QStringLiteral("host"), host}});
        return;
    }
    QStringList missing;
    QStringList authorised;
    QStringList unknown;
    SpfOutcome firstUnknown;
    QStringList terms = spfTerms(current);
    for (const QHostAddress &a : addresses) {
        const SpfOutcome outcome = spfAuthorises(a, m_options.domain, 0);
        if (outcome.verdict == SpfVerdict::Pass) {
            authorised.append(a.toString());
            continue;
        }
        if (outcome.verdict == SpfVerdict::Unknown) {
            // Not a "no": saying "not authorised" (and "not ready") here would be a guess.
            unknown.append(a.toString());
            if (firstUnknown.term.isEmpty())
                firstUnknown = outcome;
            continue;
        }
        missing.append(a.toString());
        const QString term =
            (a.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("ip6:") : QStringLiteral("ip4:")) + a.toString();
        terms = insertBeforeAll(terms, term);
    }
    if (!unknown.isEmpty()) {
        add(QStringLiteral("spf.host_not_evaluated"), Severity::Warning,
            {{QStringLiteral("host"), host},
             {QStringLiteral("addresses"), unknown.join(u' ')},
             {QStringLiteral("term"), firstUnknown.term},
             {QStringLiteral("reason"), firstUnknown.reason},
             {QStringLiteral("record_current"), current}});
    }
    if (missing.isEmpty()) {
        if (unknown.isEmpty())
            add(QStringLiteral("spf.host_authorised"), Severity::Info,
                {{QStringLiteral("host"), host}, {QStringLiteral("addresses"), authorised.join(u' ')}});
        return;
    }
    QVariantMap p = txtFix(m_options.domain, joinSpf(terms));
    p.insert(QStringLiteral("host"), host);
    p.insert(QStringLiteral("addresses"), missing.join(u' '));
    QStringList added;
    for (const QString &a : missing)
        added.append((a.contains(u':') ? QStringLiteral("ip6:") : QStringLiteral("ip4:")) + a);
    p.insert(QStringLiteral("terms"), added.join(u' '));
    p.insert(QStringLiteral("record_current"), current);
    add(QStringLiteral("spf.host_not_authorised"), Severity::Error, p);
}

void DomainCheck::evaluateDkim()
{
    if (m_options.dkimSelectors.isEmpty()) {
        add(QStringLiteral("dkim.no_selector"), Severity::Info, {{QStringLiteral("provider"), profile::providerKey(m_options.provider)}});
        return;
    }
    for (const QString &selector : m_options.dkimSelectors) {
        const Answer answer = m_byPurpose.value(QStringLiteral("dkim:") + selector);
        const QString name = selector + QStringLiteral("._domainkey.") + m_options.domain;
        QVariantMap p{{QStringLiteral("selector"), selector}, {QStringLiteral("record_name"), name}};
        if (lookupFailed(answer) || answer.security == Security::Bogus) {
            add(QStringLiteral("dns.lookup_failed"), Severity::Warning, failure(answer));
            continue;
        }
        QString record;
        for (const Record &r : answer.records) {
            const QString text = r.text().trimmed();
            if (text.contains(QStringLiteral("p="))) {
                record = text;
                break;
            }
        }
        // SES: Easy DKIM needs the CNAME; with BYODKIM the domain publishes its own key as TXT
        // at the selector (docs.aws.amazon.com/ses/latest/dg/send-email-authentication-dkim-
        // bring-your-own.html). A key that parses there is checked like any other.
        const bool ses = m_options.provider == profile::Provider::AmazonSes;
        const bool ownKey = answer.status == Status::Ok && !record.isEmpty() && parseDkim(record).error.isEmpty();
        if (ses && !ownKey && !sesDkimCnameOk(selector))
            continue;
        if (ses && (answer.status != Status::Ok || record.isEmpty())) {
            // The CNAME is right but leads nowhere: SES has no key for this token (another
            // account's or region's identity, or one deleted).
            p.insert(QStringLiteral("cname"), m_byPurpose.value(QStringLiteral("dkim-cname:") + selector).records.value(0).target);
            add(QStringLiteral("dkim.ses_key_missing"), Severity::Error, p);
            continue;
        }
        if (answer.status != Status::Ok || record.isEmpty()) {
            p.insert(QStringLiteral("record_type"), QStringLiteral("TXT"));
            p.insert(QStringLiteral("provider"), profile::providerKey(m_options.provider));
            add(QStringLiteral("dkim.missing"), Severity::Error, p);
            continue;
        }
        if (!answer.canonicalName.isEmpty())
            p.insert(QStringLiteral("cname"), answer.canonicalName);
        const DkimKey key = parseDkim(record);
        if (key.error == u"crypto") {
            p.insert(QStringLiteral("error"), key.cryptoError);
            add(QStringLiteral("dns.crypto_unavailable"), Severity::Error, p);
            continue;
        }
        if (!key.error.isEmpty()) {
            p.insert(QStringLiteral("reason"), key.error);
            p.insert(QStringLiteral("record_current"), record);
            add(QStringLiteral("dkim.invalid"), Severity::Error, p);
            continue;
        }
        p.insert(QStringLiteral("bits"), key.bits);
        p.insert(QStringLiteral("key_type"), key.keyType);
        if (key.keyType == u"rsa" && key.bits < kWeakDkimBits) {
            p.insert(QStringLiteral("minimum"), kWeakDkimBits);
            add(QStringLiteral("dkim.weak_key"), Severity::Warning, p);
        } else {
            add(QStringLiteral("dkim.found"), Severity::Info, p);
        }
    }
}

// SES Easy DKIM: TOKEN._domainkey.DOMAIN CNAME TOKEN.dkim.amazonses.com. False (with a
// finding) when the CNAME is missing or points elsewhere.
bool DomainCheck::sesDkimCnameOk(const QString &token)
{
    const Answer cname = m_byPurpose.value(QStringLiteral("dkim-cname:") + token);
    const QString name = token + QStringLiteral("._domainkey.") + m_options.domain;
    QVariantMap p{{QStringLiteral("selector"), token},
                  {QStringLiteral("record_name"), name},
                  {QStringLiteral("record_type"), QStringLiteral("CNAME")},
                  {QStringLiteral("record_value"), QString(token + QStringLiteral(".dkim.amazonses.com"))}};
    if (lookupFailed(cname) || cname.security == Security::Bogus) {
        add(QStringLiteral("dns.lookup_failed"), Severity::Warning, failure(cname));
        return false;
    }
    QString target;
    for (const Record &r : cname.records) {
        if (r.type == RecordType::Cname)
            target = r.target;
    }
    if (target.isEmpty()) {
        // A TXT key published in place of the CNAME stops SES rotating it.
        const Answer txt = m_byPurpose.value(QStringLiteral("dkim:") + token);
        if (txt.status == Status::Ok && !txt.records.isEmpty()) {
            p.insert(QStringLiteral("record_current"), QStringLiteral("TXT"));
            add(QStringLiteral("dkim.ses_cname_wrong"), Severity::Error, p);
        } else {
            add(QStringLiteral("dkim.ses_cname_missing"), Severity::Error, p);
        }
        return false;
    }
    if (!isSesDkimTarget(token, target)) {
        p.insert(QStringLiteral("record_current"), target);
        add(QStringLiteral("dkim.ses_cname_wrong"), Severity::Error, p);
        return false;
    }
    return true;
}

QString DomainCheck::returnPathName() const
{
    QString name = m_options.returnPath.trimmed().toLower();
    while (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty())
        name = returnPathRuleFor(m_options.provider, m_options.region).label;
    if (name.isEmpty() || returnPathRuleFor(m_options.provider, m_options.region).isNull())
        return QString();
    if (name == m_options.domain || name.endsWith(QString(u'.' + m_options.domain)))
        return name;
    return name + u'.' + m_options.domain;
}

void DomainCheck::evaluateReturnPath()
{
    const QString name = returnPathName();
    if (name.isEmpty())
        return;
    const ReturnPathRule rule = returnPathRuleFor(m_options.provider, m_options.region);
    const Answer answer = m_byPurpose.value(QStringLiteral("return-path"));
    if (lookupFailed(answer) || answer.security == Security::Bogus) {
        add(QStringLiteral("dns.lookup_failed"), Severity::Warning, failure(answer));
        return;
    }
    const bool mx = rule.type == RecordType::Mx;
    const QString expected = rule.target.isEmpty() ? QString() : rule.target;
    QVariantMap p{{QStringLiteral("record_name"), name},
                  {QStringLiteral("record_type"), typeName(rule.type)},
                  {QStringLiteral("provider"), profile::providerKey(m_options.provider)}};
    if (!expected.isEmpty())
        p.insert(QStringLiteral("record_value"), mx ? QStringLiteral("10 ") + expected : expected);
    else
        p.insert(QStringLiteral("record_value"), QString()); // the provider's page names the target
    p.insert(QStringLiteral("expected_suffix"), rule.targetSuffix);
    QStringList targets;
    for (const Record &r : answer.records) {
        if (r.type == rule.type && !r.target.isEmpty())
            targets.append(r.target);
    }
    // A default name the user never set up is a recommendation (a record there may serve
    // something else of theirs); a name they gave must work.
    // A tracking host only serves links: without it mail is still delivered.
    const Severity severity = m_options.returnPath.isEmpty() || rule.tracking ? Severity::Warning : Severity::Error;
    const QString kind = rule.tracking ? QStringLiteral("tracking.") : QStringLiteral("return_path.");
    if (targets.isEmpty()) {
        add(kind + QStringLiteral("missing"), severity, p);
        return;
    }
    const auto fits = [&rule](const QString &t) {
        return !rule.target.isEmpty() ? t == rule.target : t.endsWith(rule.targetSuffix) && t.size() > rule.targetSuffix.size();
    };
    if (!std::all_of(targets.cbegin(), targets.cend(), fits)) {
        p.insert(QStringLiteral("record_current"), targets.join(u' '));
        add(kind + QStringLiteral("wrong"), severity, p);
        return;
    }
    if (mx) {
        // SES checks the MAIL FROM domain's own SPF too (include:amazonses.com).
        const QStringList spf = spfRecordsIn(m_byPurpose.value(QStringLiteral("return-path-spf")));
        const bool authorised = spf.size() == 1 && parseSpf(spf.first()).includes.contains(QStringLiteral("amazonses.com"));
        if (!authorised) {
            QVariantMap fix = txtFix(name, QStringLiteral("v=spf1 include:amazonses.com ~all"));
            fix.insert(QStringLiteral("provider"), profile::providerKey(m_options.provider));
            if (!spf.isEmpty())
                fix.insert(QStringLiteral("record_current"), spf.join(QStringLiteral(" | ")));
            add(QStringLiteral("return_path.spf_missing"), Severity::Error, fix);
            return;
        }
    }
    add(kind + QStringLiteral("found"), Severity::Info,
        {{QStringLiteral("record_name"), name}, {QStringLiteral("target"), targets.join(u' ')}});
}

void DomainCheck::evaluateMtaSts()
{
    const Answer answer = m_byPurpose.value(QStringLiteral("mta-sts"));
    const QString name = QStringLiteral("_mta-sts.") + m_options.domain;
    if (lookupFailed(answer) || answer.security == Security::Bogus) {
        add(QStringLiteral("dns.lookup_failed"), Severity::Warning, failure(answer));
        return;
    }
    // §3.1: records not starting with v=STSv1 are ignored; other than one left: no policy.
    const QStringList records = recordsOfVersion(answer, QStringLiteral("v=STSv1"));
    if (records.isEmpty()) {
        // Only another version's record ("v=STSv10", "v=STSv2"): senders ignore it, which
        // is rarely what was meant.
        const QStringList others = recordsStartingWith(answer, QStringLiteral("v=STS"));
        if (!others.isEmpty()) {
            QVariantMap p = txtFix(name, QStringLiteral("v=STSv1; id=%1").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd01"))));
            p.insert(QStringLiteral("record_current"), others.join(QStringLiteral(" | ")));
            p.insert(QStringLiteral("tags"), QStringLiteral("v"));
            add(QStringLiteral("mta_sts.invalid"), Severity::Warning, p);
            return;
        }
        add(QStringLiteral("mta_sts.none"), Severity::Info, {{QStringLiteral("record_name"), name}});
        return;
    }
    const MtaStsRecord record = parseMtaStsRecord(records.first());
    if (records.size() > 1 || !record.errors.isEmpty()) {
        QVariantMap p = txtFix(name, QStringLiteral("v=STSv1; id=%1").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd01"))));
        p.insert(QStringLiteral("record_current"), records.join(QStringLiteral(" | ")));
        p.insert(QStringLiteral("tags"), records.size() > 1 ? QStringLiteral("multiple") : record.errors.join(u','));
        add(QStringLiteral("mta_sts.invalid"), Severity::Warning, p);
        return;
    }
    QVariantMap p{{QStringLiteral("record_name"), name}, {QStringLiteral("id"), record.id}, {QStringLiteral("url"), m_policy.url}};
    if (!m_policy.ok) {
        p.insert(QStringLiteral("http_status"), m_policy.httpStatus);
        p.insert(QStringLiteral("detail"), m_policy.error);
        add(QStringLiteral("mta_sts.policy_unreachable"), Severity::Warning, p);
        return;
    }
    MtaStsPolicy policy = parseMtaStsPolicy(m_policy.text);
    // §3.3: the policy is served as Content-Type text/plain (parameters such as charset may follow).
    const QString mediaType = m_policy.contentType.section(u';', 0, 0).trimmed().toLower();
    if (mediaType != u"text/plain") {
        policy.errors.prepend(QStringLiteral("content_type"));
        p.insert(QStringLiteral("content_type"), m_policy.contentType);
    }
    if (!policy.errors.isEmpty()) {
        p.insert(QStringLiteral("fields"), policy.errors.join(u','));
        add(QStringLiteral("mta_sts.policy_invalid"), Severity::Warning, p);
        return;
    }
    p.insert(QStringLiteral("mode"), policy.mode);
    p.insert(QStringLiteral("max_age"), policy.maxAge);
    p.insert(QStringLiteral("mx"), policy.mx.join(u' '));
    add(QStringLiteral("mta_sts.found"), Severity::Info, p);
    if (policy.mode == u"none")
        return;
    // §4.1: a sender delivers only to MX hosts the policy names.
    QStringList unmatched;
    for (const Record &r : m_byPurpose.value(QStringLiteral("mx")).records) {
        if (r.target.isEmpty())
            continue;
        const bool matched =
            std::any_of(policy.mx.cbegin(), policy.mx.cend(), [&r](const QString &pattern) { return mtaStsMxMatches(pattern, r.target); });
        if (!matched)
            unmatched.append(r.target);
    }
    if (!unmatched.isEmpty()) {
        QVariantMap m{{QStringLiteral("hosts"), unmatched.join(u' ')},
                      {QStringLiteral("mx"), policy.mx.join(u' ')},
                      {QStringLiteral("mode"), policy.mode},
                      {QStringLiteral("url"), m_policy.url}};
        add(QStringLiteral("mta_sts.mx_mismatch"), Severity::Warning, m);
    }
}

void DomainCheck::evaluateTlsRpt()
{
    const Answer answer = m_byPurpose.value(QStringLiteral("tls-rpt"));
    const QString name = QStringLiteral("_smtp._tls.") + m_options.domain;
    if (lookupFailed(answer) || answer.security == Security::Bogus) {
        add(QStringLiteral("dns.lookup_failed"), Severity::Warning, failure(answer));
        return;
    }
    // RFC 8460 §3: records that do not begin with "v=TLSRPTv1;" are another version's
    // ("v=TLSRPTv10"): not a second record of this one. Only such a record: named as not v1.
    QStringList records = recordsOfVersion(answer, QStringLiteral("v=TLSRPTv1"));
    const QString suggested = QStringLiteral("v=TLSRPTv1; rua=mailto:tls-reports@") + m_options.domain;
    if (records.isEmpty())
        records = recordsStartingWith(answer, QStringLiteral("v=TLSRPTv1"));
    if (records.isEmpty()) {
        add(QStringLiteral("tls_rpt.none"), Severity::Info, txtFix(name, suggested));
        return;
    }
    const TlsRptRecord record = parseTlsRpt(records.first());
    if (records.size() > 1 || !record.errors.isEmpty()) {
        QVariantMap p = txtFix(name, suggested);
        p.insert(QStringLiteral("record_current"), records.join(QStringLiteral(" | ")));
        p.insert(QStringLiteral("tags"), records.size() > 1 ? QStringLiteral("multiple") : record.errors.join(u','));
        add(QStringLiteral("tls_rpt.invalid"), Severity::Warning, p);
        return;
    }
    add(QStringLiteral("tls_rpt.found"), Severity::Info,
        {{QStringLiteral("record_name"), name}, {QStringLiteral("rua"), record.rua.join(u' ')}});
}

void DomainCheck::evaluateDmarc()
{
    const Answer answer = m_byPurpose.value(QStringLiteral("dmarc"));
    const QString name = QStringLiteral("_dmarc.") + m_options.domain;
    const QString suggested = QStringLiteral("v=DMARC1; p=none; rua=mailto:postmaster@") + m_options.domain;
    if (lookupFailed(answer) || answer.security == Security::Bogus) {
        add(QStringLiteral("dns.lookup_failed"), Severity::Warning, failure(answer));
        return;
    }
    QStringList records;
    for (const Record &r : answer.records) {
        const QString text = r.text().trimmed();
        if (text.startsWith(QStringLiteral("v=DMARC"), Qt::CaseInsensitive))
            records.append(text);
    }
    if (records.isEmpty()) {
        add(QStringLiteral("dmarc.missing"), Severity::Warning, txtFix(name, suggested));
        return;
    }
    const DmarcRecord dmarc = parseDmarc(records.first());
    if (records.size() > 1 || !dmarc.errors.isEmpty()) {
        QVariantMap p = txtFix(name, suggested);
        p.insert(QStringLiteral("record_current"), records.join(QStringLiteral(" | ")));
        p.insert(QStringLiteral("tags"), records.size() > 1 ? QStringLiteral("multiple") : dmarc.errors.join(u','));
        add(QStringLiteral("dmarc.invalid"), Severity::Error, p);
        return;
    }
    QVariantMap p{{QStringLiteral("policy"), dmarc.policy},
                  {QStringLiteral("adkim"), dmarc.adkim},
                  {QStringLiteral("aspf"), dmarc.aspf},
                  {QStringLiteral("rua"), dmarc.rua},
                  {QStringLiteral("record_current"), records.first()}};
    if (dmarc.policy == u"none") {
        QString stricter = records.first();
        stricter.replace(QRegularExpression(QStringLiteral("\\bp\\s*=\\s*none"), QRegularExpression::CaseInsensitiveOption),
                         QStringLiteral("p=quarantine"));
        p.insert(QStringLiteral("record_name"), name);
        p.insert(QStringLiteral("record_type"), QStringLiteral("TXT"));
        p.insert(QStringLiteral("record_value"), stricter);
        add(QStringLiteral("dmarc.monitoring_only"), Severity::Info, p);
    } else {
        add(QStringLiteral("dmarc.found"), Severity::Info, p);
    }
}

void DomainCheck::evaluateMx()
{
    const Answer answer = m_byPurpose.value(QStringLiteral("mx"));
    if (lookupFailed(answer) || answer.security == Security::Bogus) {
        add(QStringLiteral("dns.lookup_failed"), Severity::Warning, failure(answer));
        return;
    }
    QStringList hosts;
    for (const Record &r : answer.records) {
        if (!r.target.isEmpty()) // "." is a null MX (RFC 7505): no mail accepted
            hosts.append(r.target);
    }
    if (hosts.isEmpty()) {
        add(QStringLiteral("mx.missing"), Severity::Warning,
            {{QStringLiteral("record_name"), m_options.domain}, {QStringLiteral("record_type"), QStringLiteral("MX")}});
        return;
    }
    add(QStringLiteral("mx.found"), Severity::Info, {{QStringLiteral("hosts"), hosts.join(u' ')}});
}

void DomainCheck::evaluateDane()
{
    const Answer answer = m_byPurpose.value(QStringLiteral("tlsa"));
    QVariantMap p{{QStringLiteral("host"), m_options.smtpHost},
                  {QStringLiteral("port"), m_options.smtpPort},
                  {QStringLiteral("record_name"), answer.name},
                  {QStringLiteral("security"), securityKey(answer.security)}};
    if (answer.security == Security::Bogus) {
        p.insert(QStringLiteral("why_bogus"), answer.whyBogus);
        add(QStringLiteral("dane.bogus"), Severity::Error, p);
        return;
    }
    if (lookupFailed(answer)) {
        add(QStringLiteral("dns.lookup_failed"), Severity::Warning, failure(answer));
        return;
    }
    if (answer.records.isEmpty()) {
        add(QStringLiteral("dane.none"), Severity::Info, p);
        return;
    }
    QStringList records;
    for (const Record &r : answer.records)
        records.append(presentation(r));
    p.insert(QStringLiteral("records"), records.join(QStringLiteral(" | ")));
    // RFC 7672 §2.2: TLSA records without DNSSEC must not be used.
    if (answer.security != Security::Secure) {
        add(QStringLiteral("dane.insecure"), Severity::Warning, p);
        return;
    }
    if (std::none_of(answer.records.cbegin(), answer.records.cend(), tlsaUsableForSmtp)) {
        add(QStringLiteral("dane.unusable"), Severity::Warning, p);
        return;
    }
    if (m_options.peerChainDer.isEmpty()) {
        add(QStringLiteral("dane.unchecked"), Severity::Info, p);
        return;
    }
    QString cryptoError;
    for (const Record &r : answer.records) {
        if (tlsaMatches(r, m_options.peerChainDer, m_options.smtpHost, &cryptoError)) {
            p.insert(QStringLiteral("matched"), presentation(r));
            add(QStringLiteral("dane.match"), Severity::Info, p);
            return;
        }
    }
    if (!cryptoError.isEmpty()) { // nothing was matched: an error, but not a mismatch
        p.insert(QStringLiteral("error"), cryptoError);
        add(QStringLiteral("dns.crypto_unavailable"), Severity::Error, p);
        return;
    }
    add(QStringLiteral("dane.mismatch"), Severity::Error, p);
}

} // namespace selfmx::dns
