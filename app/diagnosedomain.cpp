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
#include <QHostAddress>
#include <QJsonObject>

namespace selfmx::app {

namespace {

// "[2001:db8::1]" -> "2001:db8::1"; a trailing dot dropped; lower case.
QString bareHost(const QString &host)
{
    QString bare = host.trimmed().toLower();
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    if (bare.endsWith(u'.'))
        bare.chop(1);
    return bare;
}

} // namespace

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
    // DANE for the SMTP server, against the certificate the diagnosis' session saw. An IP
    // address has no TLSA names (RFC 7672 §2.2.3 looks them up under the host's name).
    const QString host = bareHost(request.smtpHost);
    const bool hostIsAddress = !QHostAddress(host).isNull();
    if (!host.isEmpty() && !hostIsAddress) {
        options.smtpHost = host;
        options.smtpPort = request.smtpPort;
        options.peerChainDer = request.peerChainDer;
    }
    QElapsedTimer clock;
    clock.start();
    dns::DomainCheck domainCheck(options, *config);
    domainCheck.start();
    awaitSignal(&domainCheck, &dns::DomainCheck::finished);

    SenderDomainStage stage;
    stage.domain = request.domain;
    stage.provider = request.provider;
    stage.findings = domainCheck.findings();
    stage.evidence = request.addressEvidence;
    for (const auto &answer : dnsEvidenceJson(domainCheck.evidence()))
        stage.evidence.append(answer);
    if (hostIsAddress) {
        // Quietly: no finding, a note among the evidence (docs/diagnostics-json.md).
        stage.evidence.append(QJsonObject{{QStringLiteral("check"), QStringLiteral("dane")},
                                          {QStringLiteral("host"), host},
                                          {QStringLiteral("port"), request.smtpPort},
                                          {QStringLiteral("skipped"), QStringLiteral("host_is_address")}});
    }
    stage.ready = !domainCheck.hasErrors();
    stage.lookupsFailed = std::any_of(stage.findings.cbegin(), stage.findings.cend(),
                                      [](const diagnostics::Finding &f) { return f.code == u"dns.lookup_failed"; });
    stage.elapsedMs = clock.elapsed();
    return stage;
}

QList<QHostAddress> secureHostAddresses(SenderDomainRequest *request)
{
    const QString host = bareHost(request->smtpHost);
    if (host.isEmpty() || !QHostAddress(host).isNull())
        return {};
    settings::Configuration stored;
    stored.dnsServer = request->dnsServer;
    const std::optional<dns::ResolverConfig> config = resolverConfig(stored);
    if (!config)
        return {};
    dns::Resolver resolver(*config);
    QList<dns::Answer> answers;
    QList<QHostAddress> addresses;
    for (const dns::RecordType type : {dns::RecordType::A, dns::RecordType::Aaaa}) {
        dns::Lookup *lookup = resolver.lookup(host, type);
        awaitSignal(lookup, &dns::Lookup::finished);
        const dns::Answer &answer = lookup->answer();
        answers.append(answer);
        if (!answer.ok() || answer.security != dns::Security::Secure)
            continue;
        for (const dns::Record &r : answer.records) {
            if (const QHostAddress address(r.address); !address.isNull())
                addresses.append(address);
        }
    }
    request->addressEvidence = dnsEvidenceJson(answers);
    return addresses;
}

} // namespace selfmx::app
