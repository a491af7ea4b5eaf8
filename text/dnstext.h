// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "audience.h"

#include "diagnostics/finding.h"
#include "dns/discovery.h"

#include <QCoreApplication>
#include <QString>

namespace selfmx::text {

// The DNS side in words: the sender-domain findings (spf.*, dkim.*, dmarc.*, mx.*,
// dns.lookup_failed) with their fix as the record to add or change, and where a discovered
// server came from. Core (dns::DomainCheck, dns::Discovery) only returns data.
class DnsText
{
    Q_DECLARE_TR_FUNCTIONS(DnsText)
public:
    explicit DnsText(Audience audience = Audience::CommandLine)
        : m_audience(audience)
    {
    }

    QString title(const diagnostics::Finding &finding) const;
    // What to change in DNS: "Publish this TXT record at example.com: v=spf1 …"; empty when
    // nothing needs changing.
    QString fix(const diagnostics::Finding &finding) const;
    // "SRV record _submissions._tcp.example.com (priority 0, weight 1)", "MX of example.com
    // (aspmx.l.google.com): Gmail / Google Workspace", ...
    QString source(const dns::ServerCandidate &candidate) const;
    // One line for a candidate: "smtp.example.com:465 implicit TLS — from …".
    QString candidate(const dns::ServerCandidate &candidate) const;
    // The DNSSEC status as a word.
    static QString security(dns::Security security);

private:
    QString record(const diagnostics::Finding &finding) const;
    Audience m_audience;
};

} // namespace selfmx::text
