// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// diagnose's "sender domain" stage, in selfmx-console-dns (the program that links libunbound).
#include "diagnosecommands.h"
#include "dns/domaincheck.h"
#include "dns/resolver.h"
#include "dnssupport.h"
#include "exitcodes.h"

#include <QElapsedTimer>
#include <QJsonObject>

namespace selfmx::app {

bool senderDomainStageAvailable()
{
    return true;
}

bool senderDomainRequestUsable(const SenderDomainRequest &request, int *exitCode)
{
    settings::Configuration stored;
    stored.dnsServer = request.dnsServer;
    if (resolverConfig(stored))
        return true;
    *exitCode = Usage;
    return false;
}

std::optional<SenderDomainStage> runSenderDomainStage(const SenderDomainRequest &request, int *exitCode)
{
    settings::Configuration stored;
    stored.dnsServer = request.dnsServer;
    const std::optional<dns::ResolverConfig> config = resolverConfig(stored);
    if (!config) {
        *exitCode = Usage;
        return std::nullopt;
    }
    dns::DomainCheckOptions options;
    options.domain = request.domain;
    options.provider = request.provider;
    options.region = request.region;
    options.postfixHost = request.smtpHost;
    options.dkimSelectors = request.dkimSelectors;
    QElapsedTimer clock;
    clock.start();
    dns::DomainCheck domainCheck(options, *config);
    domainCheck.start();
    awaitSignal(&domainCheck, &dns::DomainCheck::finished);

    SenderDomainStage stage;
    stage.domain = request.domain;
    stage.provider = request.provider;
    stage.findings = domainCheck.findings();
    stage.evidence = dnsEvidenceJson(domainCheck.evidence());
    stage.ready = !domainCheck.hasErrors();
    stage.lookupsFailed = std::any_of(stage.findings.cbegin(), stage.findings.cend(),
                                      [](const diagnostics::Finding &f) { return f.code == u"dns.lookup_failed"; });
    stage.elapsedMs = clock.elapsed();
    return stage;
}

} // namespace selfmx::app
