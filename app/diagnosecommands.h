// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "clisupport.h"
#include "diagnostics/finding.h"
#include "profile/profile.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonArray>
#include <QStringList>

namespace selfmx::app {

// selfmx-console diagnose [--profile NAME] [--json] [--probe-sender A] [--probe-recipient A]
//                         [--test-send] [--bundle FILE] [--check-domain [--dkim-selector S]...]
int runDiagnose(const QStringList &arguments);
// selfmx-console discover HOST [--profile NAME] [--allow-plain] [--json]
int runDiscover(const QStringList &arguments);
// What each parses (their man pages and completions are made from these too).
CommandSpec diagnoseCommand();
CommandSpec discoverCommand();

// diagnose's optional stage "sender domain" (--check-domain): dns::DomainCheck on the domain
// of the profile's sender. It needs libunbound, so it runs in selfmx-console-dns only
// (diagnosedomain.cpp); selfmx-console (dnsexec.cpp) has no such stage and, given
// --check-domain, execs selfmx-console-dns, which runs the whole diagnose.
struct SenderDomainStage {
    QString domain;
    profile::Provider provider = profile::Provider::Custom;
    QList<diagnostics::Finding> findings; // stage "sender_domain" in the JSON
    QJsonArray evidence;                  // every DNS answer with its DNSSEC status
    bool ready = false;                   // no finding of severity error
    bool lookupsFailed = false;           // dns.lookup_failed among them: the result is incomplete
    qint64 elapsedMs = 0;
};
// What the stage checks, from the command line and the profile.
struct SenderDomainRequest {
    QString domain;
    profile::Provider provider = profile::Provider::Custom;
    QString region;    // the profile's (SES: the MAIL FROM domain's MX)
    QString smtpHost;  // with provider postfix, its addresses must pass SPF; DANE's host
    QString dnsServer; // the profile's DNS_SERVER (the environment's wins)
    QStringList dkimSelectors;
    // DANE (RFC 7672): the TLSA records of smtpHost at smtpPort against the chain the
    // diagnosis' own TLS handshake presented (DER, leaf first; empty: it never reached TLS).
    // An smtpHost that is an IP address has no TLSA names: DANE is skipped (evidence says so).
    quint16 smtpPort = 587;
    QList<QByteArray> peerChainDer;
    QJsonArray addressEvidence; // the DNSSEC-validated A/AAAA answers for smtpHost (secureHostAddresses)
};
bool senderDomainStageAvailable();
// Before anything is sent: whether the stage can run (a usable DNS_SERVER); false after
// saying why on stderr, with *exitCode set.
bool senderDomainRequestUsable(const SenderDomainRequest &request, int *exitCode);
// Runs the stage (bounded by the resolver's timeouts); nullopt after printing why on
// stderr (a malformed DNS_SERVER), with *exitCode set.
std::optional<SenderDomainStage> runSenderDomainStage(const SenderDomainRequest &request, int *exitCode);
// Before the diagnosis: smtpHost's addresses when its A/AAAA answers are DNSSEC-validated
// (secure) by the stage's resolver, for the session to connect to (RFC 7672 §2.2.2: DANE is
// about the server at the addresses DNSSEC vouches for); empty otherwise (an address, an
// unsigned zone, no answer): the diagnosis resolves as it always does. The answers go to
// request->addressEvidence.
QList<QHostAddress> secureHostAddresses(SenderDomainRequest *request);

} // namespace selfmx::app
