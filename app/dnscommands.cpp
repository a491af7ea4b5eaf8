// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "dnscommands.h"
#include "dnssupport.h"

#include "clisupport.h"
#include "diagnostics/finding.h"
#include "dns/discovery.h"
#include "dns/domaincheck.h"
#include "exitcodes.h"
#include "profile/profilestore.h"
#include "profilecommands.h"
#include "settings/fields.h"
#include "smtp/session.h"
#include "smtp/types.h"
#include "text/dnstext.h"
#include "text/errortext.h"
#include "text/settingstext.h"

#include <QCommandLineParser>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>

namespace selfmx::app {

QJsonArray dnsEvidenceJson(const QList<dns::Answer> &answers)
{
    QJsonArray list;
    for (const dns::Answer &a : answers) {
        QJsonArray records;
        for (const dns::Record &r : a.records)
            records.append(dns::presentation(r));
        QJsonObject o{{QStringLiteral("name"), a.name},
                      {QStringLiteral("type"), dns::typeName(a.type)},
                      {QStringLiteral("status"), dns::statusKey(a.status)},
                      {QStringLiteral("dnssec"), dns::securityKey(a.security)},
                      {QStringLiteral("records"), records}};
        if (!a.canonicalName.isEmpty())
            o.insert(QStringLiteral("canonical_name"), a.canonicalName);
        if (!a.whyBogus.isEmpty())
            o.insert(QStringLiteral("why_bogus"), a.whyBogus);
        list.append(o);
    }
    return list;
}

std::optional<dns::ResolverConfig> resolverConfig(const settings::Configuration &base)
{
    settings::Configuration configuration = base;
    const QString environment = qEnvironmentVariable("DNS_SERVER");
    const QString text = environment.trimmed().isEmpty() ? base.dnsServer : environment;
    settings::Issue problem;
    const auto normal = settings::field(QStringLiteral("DNS_SERVER"))->normalize(text, &problem);
    if (!normal) {
        err() << Cli::tr("error: %1").arg(text::SettingsText::describe(problem, text::Audience::CommandLine)) << '\n';
        err().flush();
        return std::nullopt;
    }
    configuration.dnsServer = *normal;
    return dns::ResolverConfig::fromConfiguration(configuration);
}

namespace {

// DANE (RFC 7672): the chain an SMTP server presents after STARTTLS. The host's address
// comes from the same DNSSEC-validating resolver as its TLSA records. The session only
// reads the certificate: no credentials are sent, and PKIX verification is what DANE
// replaces here (§3), so it is not asked for.
QList<QByteArray> smtpPeerChain(const QString &host, quint16 port, const dns::ResolverConfig &config, QString *problem)
{
    QString address = host;
    if (QHostAddress(host).isNull()) {
        dns::Resolver resolver(config);
        address.clear();
        for (const dns::RecordType type : {dns::RecordType::A, dns::RecordType::Aaaa}) {
            dns::Lookup *lookup = resolver.lookup(host, type);
            awaitSignal(lookup, &dns::Lookup::finished);
            if (lookup->answer().ok() && !lookup->answer().records.isEmpty()) {
                address = lookup->answer().records.first().address;
                break;
            }
        }
        if (address.isEmpty()) {
            //: %1: a host name
            *problem = Cli::tr("%1 has no address in DNS").arg(host);
            return {};
        }
    }
    smtp::Settings settings;
    settings.host = address;
    settings.tlsServerName = host; // SNI: servers with several certificates pick by name
    settings.port = port;
    settings.tlsModeOverride = smtp::TlsMode::StartTls;
    settings.verifyPeer = false;
    settings.timeout = std::chrono::milliseconds(qMax(config.timeoutMs, 10000));
    smtp::SmtpSession session(settings);
    QObject::connect(&session, &smtp::SmtpSession::ready, &session, &smtp::SmtpSession::quit);
    session.open();
    awaitSignal(&session, &smtp::SmtpSession::finished);
    QList<QByteArray> chain;
    for (const QSslCertificate &certificate : session.peerCertificateChain())
        chain.append(certificate.toDer());
    if (chain.isEmpty())
        *problem = text::ErrorText::describe(session.error(), text::Audience::CommandLine);
    return chain;
}

} // namespace

int runCheckDomain(const QStringList &arguments)
{
    QCommandLineParser parser;
    checkDomainCommand().applyTo(parser);
    if (const auto exitNow = parseArguments(parser, arguments, 1))
        return *exitNow;

    dns::DomainCheckOptions options;
    options.domain = parser.positionalArguments().value(0);
    const QString profileName = parser.value(QStringLiteral("profile"));
    settings::Configuration configuration;
    if (!profileName.isEmpty()) {
        const auto p = profileStore().find(profileName);
        if (!p) {
            err() << Cli::tr("error: no profile \"%1\"; see 'selfmx-console profile list'").arg(profileName) << '\n';
            err().flush();
            return Usage;
        }
        options.provider = p->provider;
        options.region = p->region;
        options.postfixHost = p->smtp.host; // used with provider postfix: its addresses must pass SPF
        configuration = *p;
        if (options.domain.isEmpty())
            options.domain = !p->defaultSender.isEmpty() ? p->defaultSender : p->smtp.username;
    }
    if (parser.isSet(QStringLiteral("provider"))) {
        const auto provider = profile::providerFromKey(parser.value(QStringLiteral("provider")));
        if (!provider) {
            //: %1: the value given to --provider
            err() << Cli::tr("error: --provider: unknown provider \"%1\"").arg(parser.value(QStringLiteral("provider"))) << '\n';
            err().flush();
            return Usage;
        }
        options.provider = *provider;
    }
    options.dkimSelectors = parser.values(QStringLiteral("dkim-selector"));
    options.returnPath = parser.value(QStringLiteral("return-path"));
    if (!options.domain.contains(u'.')) {
        err() << Cli::tr("error: check-domain needs a DOMAIN (or --profile with a sender address)") << '\n';
        err().flush();
        return Usage;
    }
    const auto config = resolverConfig(configuration);
    if (!config)
        return Usage;
    if (parser.isSet(QStringLiteral("dane"))) {
        // HOST[:PORT]; port 25, where other servers deliver (RFC 7672 §1.3)
        const QString value = parser.value(QStringLiteral("dane")).trimmed();
        const qsizetype colon = value.lastIndexOf(u':');
        const bool hasPort = colon > 0 && !value.contains(u']') && value.count(u':') == 1;
        bool ok = true;
        const uint port = hasPort ? value.mid(colon + 1).toUInt(&ok) : 25;
        options.smtpHost = (hasPort ? value.left(colon) : value).toLower();
        if (!ok || port == 0 || port > 65535 || options.smtpHost.isEmpty()) {
            //: %1: the value given to --dane
            err() << Cli::tr("error: --dane: \"%1\" is not HOST or HOST:PORT").arg(value) << '\n';
            err().flush();
            return Usage;
        }
        options.smtpPort = quint16(port);
        QString problem;
        options.peerChainDer = smtpPeerChain(options.smtpHost, options.smtpPort, *config, &problem);
        if (options.peerChainDer.isEmpty()) {
            //: %1: HOST:PORT, %2: why (already in words). The check goes on without the certificate.
            err()
                << Cli::tr("warning: no certificate from %1: %2").arg(options.smtpHost + u':' + QString::number(options.smtpPort), problem)
                << '\n';
            err().flush();
        }
    }

    dns::DomainCheck domainCheck(options, *config);
    domainCheck.start();
    awaitSignal(&domainCheck, &dns::DomainCheck::finished);

    const text::DnsText words(text::Audience::CommandLine);
    bool lookupsFailed = false;
    for (const diagnostics::Finding &f : domainCheck.findings())
        lookupsFailed = lookupsFailed || f.code == u"dns.lookup_failed";
    const int status = domainCheck.hasErrors() ? DomainNotReady : lookupsFailed ? Resolve : Success;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray findings;
        for (const diagnostics::Finding &f : domainCheck.findings()) {
            QJsonObject o{{QStringLiteral("code"), f.code},
                          {QStringLiteral("severity"), diagnostics::severityKey(f.severity)},
                          {QStringLiteral("parameters"), QJsonObject::fromVariantMap(f.parameters)},
                          {QStringLiteral("title"), words.title(f)}};
            if (const QString fix = words.fix(f); !fix.isEmpty())
                o.insert(QStringLiteral("fix"), fix);
            findings.append(o);
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("domain"), domainCheck.options().domain},
                                           {QStringLiteral("provider"), profile::providerKey(domainCheck.options().provider)},
                                           {QStringLiteral("ready"), status == Success},
                                           {QStringLiteral("findings"), findings},
                                           {QStringLiteral("evidence"), dnsEvidenceJson(domainCheck.evidence())}})
                     .toJson(QJsonDocument::Indented);
    } else {
        //: The heading of check-domain's findings. %1: the domain
        out() << Cli::tr("Sender domain %1:").arg(domainCheck.options().domain) << '\n';
        for (const diagnostics::Finding &f : domainCheck.findings()) {
            out() << "  [" << diagnostics::severityKey(f.severity) << "] " << words.title(f) << "  (" << f.code << ")\n";
            if (const QString fix = words.fix(f); !fix.isEmpty()) {
                //: Under a finding of check-domain: %1 is what to change (often a DNS record to publish)
                out() << "      " << Cli::tr("fix: %1").arg(fix) << '\n';
            }
        }
        bool anySecure = false;
        for (const dns::Answer &a : domainCheck.evidence())
            anySecure = anySecure || a.security == dns::Security::Secure;
        //: %1: whether the DNS answers were signed (DNSSEC), e.g. "DNSSEC-validated" or "not signed"
        out() << Cli::tr("DNS answers: %1").arg(text::DnsText::security(anySecure ? dns::Security::Secure : dns::Security::Insecure))
              << '\n';
    }
    out().flush();
    return status;
}

int runDiscoverAddress(const QString &addressOrDomain, bool json)
{
    const auto config = resolverConfig();
    if (!config)
        return Usage;
    smtp::Settings base;
    base.timeout = std::chrono::seconds(10);
    dns::Discovery discovery(addressOrDomain, *config, base);
    discovery.start();
    awaitSignal(&discovery, &dns::Discovery::finished);
    const text::DnsText words(text::Audience::CommandLine);
    QList<dns::ServerCandidate> found;
    for (const dns::ServerCandidate &c : discovery.candidates()) {
        if (c.source != dns::Source::Guess || c.verified)
            found.append(c);
    }
    if (json) {
        QJsonArray candidates;
        for (const dns::ServerCandidate &c : discovery.candidates())
            candidates.append(QJsonObject{{QStringLiteral("host"), c.host},
                                          {QStringLiteral("port"), c.port},
                                          {QStringLiteral("tls_mode"), smtp::tlsModeName(c.mode)},
                                          {QStringLiteral("source"), dns::sourceKey(c.source)},
                                          {QStringLiteral("evidence"), c.evidence},
                                          {QStringLiteral("provider"), profile::providerKey(c.provider)},
                                          {QStringLiteral("priority"), c.priority},
                                          {QStringLiteral("weight"), c.weight},
                                          {QStringLiteral("verified"), c.verified}});
        QJsonArray tried;
        for (const dns::Source s : discovery.tried())
            tried.append(dns::sourceKey(s));
        out() << QJsonDocument(QJsonObject{{QStringLiteral("domain"), discovery.domain()},
                                           {QStringLiteral("tried"), tried},
                                           {QStringLiteral("candidates"), candidates},
                                           {QStringLiteral("evidence"), dnsEvidenceJson(discovery.evidence())}})
                     .toJson(QJsonDocument::Indented);
    } else {
        //: The heading of discover ADDRESS's list. %1: the mail domain
        out() << Cli::tr("Servers for %1:").arg(discovery.domain()) << '\n';
        for (const dns::ServerCandidate &c : discovery.candidates())
            out() << "  " << words.candidate(c) << '\n';
        if (found.isEmpty())
            out() << '\n' << Cli::tr("No server found. If you know the host, 'selfmx-console discover HOST' tries its ports.") << '\n';
        else
            out() << '\n'
                  << Cli::tr("Recommended settings:") << "\nSMTP_HOST=" << found.first().host << "\nSMTP_PORT=" << found.first().port
                  << "\nSMTP_TLS_MODE=" << smtp::tlsModeName(found.first().mode) << '\n';
    }
    out().flush();
    return found.isEmpty() ? Resolve : Success;
}

} // namespace selfmx::app
