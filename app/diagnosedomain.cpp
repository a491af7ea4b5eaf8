// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// diagnose's "sender domain" stage, in selfmx-console-dns (the program that links libunbound).
#include "diagnosecommands.h"
#include "dns/domaincheck.h"
#include "dns/resolver.h"
#include "exitcodes.h"

#include <QElapsedTimer>
#include <QJsonObject>

namespace selfmx::app {

namespace {

QJsonArray answersJson(const QList<dns::Answer> &answers)
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

} // namespace

bool senderDomainStageAvailable()
{
    return true;
}

std::optional<SenderDomainStage> runSenderDomainStage(const QString &domain, profile::Provider provider, const QStringList &dkimSelectors,
                                                      int *exitCode)
{
    const dns::ResolverConfig config = dns::ResolverConfig::fromEnvironment();
    if (!config.server.isEmpty() && !dns::unboundServerAddress(config.server)) {
        //: %1: the value of the DNS_SERVER variable. Keep DNS_SERVER and the example addresses as they are.
        err() << Cli::tr("error: DNS_SERVER=%1 is not an address with an optional port (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53)")
                     .arg(config.server)
              << '\n';
        err().flush();
        *exitCode = Usage;
        return std::nullopt;
    }
    dns::DomainCheckOptions options;
    options.domain = domain;
    options.provider = provider;
    options.dkimSelectors = dkimSelectors;
    QElapsedTimer clock;
    clock.start();
    dns::DomainCheck domainCheck(options, config);
    domainCheck.start();
    awaitSignal(&domainCheck, &dns::DomainCheck::finished);

    SenderDomainStage stage;
    stage.domain = domain;
    stage.provider = provider;
    stage.findings = domainCheck.findings();
    stage.evidence = answersJson(domainCheck.evidence());
    stage.ready = !domainCheck.hasErrors();
    stage.lookupsFailed = std::any_of(stage.findings.cbegin(), stage.findings.cend(),
                                      [](const diagnostics::Finding &f) { return f.code == u"dns.lookup_failed"; });
    stage.elapsedMs = clock.elapsed();
    return stage;
}

} // namespace selfmx::app
