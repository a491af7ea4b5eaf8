// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "dnscommands.h"

#include "clisupport.h"
#include "diagnostics/finding.h"
#include "dns/discovery.h"
#include "dns/domaincheck.h"
#include "exitcodes.h"
#include "profile/profilestore.h"
#include "profilecommands.h"
#include "smtp/types.h"
#include "text/dnstext.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace selfmx::app {

namespace {

QJsonArray evidenceJson(const QList<dns::Answer> &answers)
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

std::optional<dns::ResolverConfig> resolverConfig()
{
    dns::ResolverConfig config = dns::ResolverConfig::fromEnvironment();
    if (!config.server.isEmpty() && !dns::unboundServerAddress(config.server)) {
        err() << "error: DNS_SERVER=" << config.server
              << " is not an address with an optional port (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53)\n";
        err().flush();
        return std::nullopt;
    }
    return config;
}

} // namespace

int runCheckDomain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check that DOMAIN is ready to send mail: one valid SPF record that authorises the provider (at most 10 DNS lookups), "
        "the provider's DKIM keys (2048 bits recommended), a DMARC record and an MX for replies. Each problem comes with the DNS "
        "record to publish. DNS_SERVER=addr[:port] picks the nameserver. Exit status: 0 ready, 13 not ready, 3 lookups failed."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("domain"),
                                 QStringLiteral("The sender's domain (or address); default: the domain of the profile's sender."));
    parser.addOption({QStringLiteral("profile"), QStringLiteral("Check for this profile's provider and sender."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("provider"),
                      QStringLiteral("The provider to check for: sendgrid, mailgun, ses, postmark, gmail, microsoft365, postfix, custom."),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("dkim-selector"),
                      QStringLiteral("A DKIM selector to check (repeatable); SendGrid's s1/s2 are checked anyway."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the findings and the DNS answers as JSON.")});
    if (const auto exitNow = parseArguments(parser, arguments))
        return *exitNow;

    dns::DomainCheckOptions options;
    options.domain = parser.positionalArguments().value(0);
    const QString profileName = parser.value(QStringLiteral("profile"));
    if (!profileName.isEmpty()) {
        const auto p = profileStore().find(profileName);
        if (!p) {
            err() << "error: no profile \"" << profileName << "\"\n";
            err().flush();
            return Usage;
        }
        options.provider = p->provider;
        if (options.domain.isEmpty())
            options.domain = !p->defaultSender.isEmpty() ? p->defaultSender : p->smtp.username;
    }
    if (parser.isSet(QStringLiteral("provider"))) {
        const auto provider = profile::providerFromKey(parser.value(QStringLiteral("provider")));
        if (!provider) {
            err() << "error: --provider: unknown provider \"" << parser.value(QStringLiteral("provider")) << "\"\n";
            err().flush();
            return Usage;
        }
        options.provider = *provider;
    }
    options.dkimSelectors = parser.values(QStringLiteral("dkim-selector"));
    if (!options.domain.contains(u'.')) {
        err() << "error: check-domain needs a DOMAIN (or --profile with a sender address)\n";
        err().flush();
        return Usage;
    }
    const auto config = resolverConfig();
    if (!config)
        return Usage;

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
                                           {QStringLiteral("evidence"), evidenceJson(domainCheck.evidence())}})
                     .toJson(QJsonDocument::Indented);
    } else {
        out() << "Sender domain " << domainCheck.options().domain << ":\n";
        for (const diagnostics::Finding &f : domainCheck.findings()) {
            out() << "  [" << diagnostics::severityKey(f.severity) << "] " << words.title(f) << "  (" << f.code << ")\n";
            if (const QString fix = words.fix(f); !fix.isEmpty())
                out() << "      fix: " << fix << '\n';
        }
        bool anySecure = false;
        for (const dns::Answer &a : domainCheck.evidence())
            anySecure = anySecure || a.security == dns::Security::Secure;
        out() << "DNS answers: " << text::DnsText::security(anySecure ? dns::Security::Secure : dns::Security::Insecure) << '\n';
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
                                           {QStringLiteral("evidence"), evidenceJson(discovery.evidence())}})
                     .toJson(QJsonDocument::Indented);
    } else {
        out() << "Servers for " << discovery.domain() << ":\n";
        for (const dns::ServerCandidate &c : discovery.candidates())
            out() << "  " << words.candidate(c) << '\n';
        if (found.isEmpty())
            out() << "\nNo server found. If you know the host, 'selfmx-console discover HOST' tries its ports.\n";
        else
            out() << "\nRecommended settings:\nSMTP_HOST=" << found.first().host << "\nSMTP_PORT=" << found.first().port
                  << "\nSMTP_TLS_MODE=" << smtp::tlsModeName(found.first().mode) << '\n';
    }
    out().flush();
    return found.isEmpty() ? Resolve : Success;
}

} // namespace selfmx::app
