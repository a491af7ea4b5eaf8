// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "diagnosecommands.h"

#include "clisupport.h"
#include "diagnostics/diagnoser.h"
#include "diagnostics/finder.h"
#include "dnscommands.h"
#include "exitcodes.h"
#include "helperprogram.h"
#include "mime/address.h"
#include "profile/envfile.h"
#include "profile/profilestore.h"
#include "profilecommands.h"
#include "text/dnstext.h"
#include "text/errortext.h"
#include "text/reporttext.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace selfmx::app {

namespace {

// The domain of a sender ("Acme <hi@acme.example>" -> "acme.example"); empty when it is no address.
QString senderDomain(const QString &sender)
{
    QString address = sender.trimmed();
    static const QRegularExpression bracketed(QStringLiteral("<([^>]*)>"));
    if (const QRegularExpressionMatch m = bracketed.match(address); m.hasMatch())
        address = m.captured(1).trimmed();
    if (!address.contains(u'@'))
        return QString();
    const QString domain = address.mid(address.lastIndexOf(u'@') + 1).toLower();
    return domain.contains(u'.') ? domain : QString();
}

// MAIL FROM for --probe-recipient without --probe-sender: the address of SMTP_FROM (the
// profile's default sender), else a login that is an address, else postmaster at the
// server's name (an address literal for an IP: "postmaster@127.0.0.1" is not an address).
QString probeSenderFor(const settings::Configuration &configuration)
{
    if (const auto from = mime::parseMailbox(configuration.defaultSender))
        return from->envelopeAddress();
    const smtp::Settings &s = configuration.smtp;
    if (s.username.contains(u'@'))
        return s.username;
    const QHostAddress ip(s.host);
    if (ip.isNull())
        return QStringLiteral("postmaster@") + s.host;
    return ip.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("postmaster@[IPv6:%1]").arg(ip.toString())
                                                          : QStringLiteral("postmaster@[%1]").arg(ip.toString());
}

diagnostics::StageStatus stageStatus(const SenderDomainStage &stage)
{
    if (!stage.ready)
        return diagnostics::StageStatus::Failed;
    const bool warnings = std::any_of(stage.findings.cbegin(), stage.findings.cend(),
                                      [](const diagnostics::Finding &f) { return f.severity == diagnostics::Severity::Warning; });
    return warnings || stage.lookupsFailed ? diagnostics::StageStatus::Warning : diagnostics::StageStatus::Passed;
}

QString stageSummary(const SenderDomainStage &stage)
{
    if (!stage.ready)
        //: diagnose's "sender domain" stage. %1: the domain
        return Cli::tr("%1: not ready to send (see the findings)").arg(stage.domain);
    if (stage.lookupsFailed)
        //: diagnose's "sender domain" stage. %1: the domain
        return Cli::tr("%1: some lookups failed").arg(stage.domain);
    if (stageStatus(stage) == diagnostics::StageStatus::Warning)
        //: diagnose's "sender domain" stage. %1: the domain
        return Cli::tr("%1: ready to send, with warnings").arg(stage.domain);
    //: diagnose's "sender domain" stage. %1: the domain
    return Cli::tr("%1: ready to send").arg(stage.domain);
}

// The stage in the report's JSON (docs/diagnostics-json.md, "Sender domain"): a stages[]
// entry, its findings in findings[] (stage "sender_domain"), and sender_domain{} with the DNS
// answers; ok and first_failed_stage take it into account.
void addToJson(QJsonObject &json, const SenderDomainStage &stage)
{
    const text::DnsText words(text::Audience::CommandLine);
    QJsonArray stages = json.value(QStringLiteral("stages")).toArray();
    stages.append(QJsonObject{{QStringLiteral("stage"), QStringLiteral("sender_domain")},
                              {QStringLiteral("status"), diagnostics::statusKey(stageStatus(stage))},
                              {QStringLiteral("elapsed_ms"), double(stage.elapsedMs)},
                              {QStringLiteral("summary"), stageSummary(stage)}});
    json.insert(QStringLiteral("stages"), stages);
    QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
    for (const diagnostics::Finding &f : stage.findings) {
        QJsonObject o{{QStringLiteral("code"), f.code},
                      {QStringLiteral("severity"), diagnostics::severityKey(f.severity)},
                      {QStringLiteral("stage"), QStringLiteral("sender_domain")},
                      {QStringLiteral("title"), words.title(f)},
                      {QStringLiteral("evidence"), QString()},
                      {QStringLiteral("fix"), words.fix(f)},
                      {QStringLiteral("parameters"), QJsonObject::fromVariantMap(f.parameters)},
                      {QStringLiteral("proposed_change"), QJsonArray()}};
        findings.append(o);
    }
    json.insert(QStringLiteral("findings"), findings);
    json.insert(QStringLiteral("sender_domain"), QJsonObject{{QStringLiteral("domain"), stage.domain},
                                                             {QStringLiteral("provider"), profile::providerKey(stage.provider)},
                                                             {QStringLiteral("ready"), stage.ready},
                                                             {QStringLiteral("evidence"), stage.evidence}});
    if (!stage.ready) {
        json.insert(QStringLiteral("ok"), false);
        if (json.value(QStringLiteral("first_failed_stage")).isNull())
            json.insert(QStringLiteral("first_failed_stage"), QStringLiteral("sender_domain"));
    }
}

QString stageText(const SenderDomainStage &stage)
{
    const text::DnsText words(text::Audience::CommandLine);
    //: The heading of check-domain's findings. %1: the domain
    QString text = u'\n' + Cli::tr("Sender domain %1:").arg(stage.domain) + u'\n';
    const diagnostics::StageStatus status = stageStatus(stage);
    const QString mark = status == diagnostics::StageStatus::Passed   ? QStringLiteral("\u2713")
                         : status == diagnostics::StageStatus::Failed ? QStringLiteral("\u2717")
                                                                      : QStringLiteral("!");
    text += mark + u' ' + stageSummary(stage) + u'\n';
    for (const diagnostics::Finding &f : stage.findings) {
        text += QStringLiteral("  [%1] %2  (%3)\n").arg(diagnostics::severityKey(f.severity), words.title(f), f.code);
        if (const QString fix = words.fix(f); !fix.isEmpty()) {
            //: Under a finding of check-domain: %1 is what to change (often a DNS record to publish)
            text += QStringLiteral("      ") + Cli::tr("fix: %1").arg(fix) + u'\n';
        }
    }
    return text;
}

} // namespace

CommandSpec diagnoseCommand()
{
    CommandSpec parser(QStringLiteral("diagnose"));
    parser.setApplicationDescription(
        Cli::tr("Diagnose the SMTP settings stage by stage (resolve, connect, greeting, TLS, EHLO, AUTH, and optionally sender, "
                "recipient and a test message) and name each fault with its fix. The exit status names the first failing stage."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("profile"), Cli::tr("Use a stored profile; SMTP_* variables override it."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print the report as JSON (schema: docs/diagnostics-json.md).")});
    parser.addOption({QStringLiteral("probe-sender"), Cli::tr("Try MAIL FROM with this address (then RSET)."), QStringLiteral("ADDR")});
    parser.addOption({QStringLiteral("probe-recipient"), Cli::tr("Try RCPT TO with this address (then RSET)."), QStringLiteral("ADDR")});
    parser.addOption({QStringLiteral("test-send"), Cli::tr("Also send a real test message to --probe-recipient.")});
    parser.addOption(
        {QStringLiteral("bundle"), Cli::tr("Write a report for a support request to FILE (no secrets)."), QStringLiteral("FILE")});
    //: Keep SPF, DKIM, DMARC, MX, DANE, TLSA, SMTP_FROM, SMTP_HOST and the exit status 13 as they are.
    parser.addOption({QStringLiteral("check-domain"),
                      Cli::tr("Also check the domain of the sender (SMTP_FROM, else a login that is an address) in DNS: SPF, DKIM, DMARC "
                              "and MX, as in check-domain, and DANE: the TLSA records of SMTP_HOST against the certificate this "
                              "diagnosis saw. When the SMTP stages pass and the domain is not ready, the exit status is 13.")});
    //: s1/s2: SendGrid's DKIM selector names (not translated).
    parser.addOption({QStringLiteral("dkim-selector"),
                      Cli::tr("With --check-domain: a DKIM selector to check (repeatable); SendGrid's s1/s2 are checked anyway."),
                      QStringLiteral("S")});
    return parser;
}

int runDiagnose(const QStringList &arguments)
{
    QCommandLineParser parser;
    diagnoseCommand().applyTo(parser);
    if (const auto exitNow = parseArguments(parser, arguments, 0))
        return *exitNow;
    const bool checkDomain = parser.isSet(QStringLiteral("check-domain"));
    // The DNS stage runs in selfmx-console-dns: this program does not link libunbound.
    if (checkDomain && !senderDomainStageAvailable())
        return execHelperProgram(QStringLiteral("selfmx-console-dns"));
    if (!checkDomain && parser.isSet(QStringLiteral("dkim-selector"))) {
        err() << Cli::tr("error: --dkim-selector needs --check-domain") << '\n';
        err().flush();
        return Usage;
    }

    int exitCode = Success;
    const QString profileName = parser.value(QStringLiteral("profile"));
    const auto configuration = configurationForCommand(profileName, &exitCode);
    if (!configuration)
        return exitCode;
    const smtp::Settings *settings = &configuration->smtp;
    diagnostics::Options options;
    options.probeRecipient = parser.value(QStringLiteral("probe-recipient"));
    options.probeSender = parser.value(QStringLiteral("probe-sender"));
    if (options.probeSender.isEmpty() && !options.probeRecipient.isEmpty())
        options.probeSender = probeSenderFor(*configuration);
    options.testSend = parser.isSet(QStringLiteral("test-send"));
    if (options.testSend && options.probeRecipient.isEmpty()) {
        err() << Cli::tr("error: --test-send needs --probe-recipient ADDR") << '\n';
        err().flush();
        return Usage;
    }
    // The sender: SMTP_FROM over the profile's default sender (configurationForCommand merged
    // them), else a login that is an address.
    const QString &sender = configuration->defaultSender;
    SenderDomainRequest domainRequest;
    domainRequest.smtpHost = settings->host;
    domainRequest.dkimSelectors = parser.values(QStringLiteral("dkim-selector"));
    if (!profileName.isEmpty()) {
        if (const auto p = profileStore().find(profileName)) {
            options.providerKey = profile::providerKey(p->provider);
            domainRequest.provider = p->provider;
            domainRequest.region = p->region;
            domainRequest.dnsServer = p->dnsServer;
        }
    }
    if (checkDomain) {
        domainRequest.domain = senderDomain(sender.isEmpty() ? settings->username : sender);
        if (domainRequest.domain.isEmpty()) {
            //: Keep --check-domain and SMTP_FROM as they are.
            err() << Cli::tr("error: --check-domain needs a sender address: set SMTP_FROM, or the profile's default sender") << '\n';
            err().flush();
            return Usage;
        }
        if (domainRequest.provider == profile::Provider::Custom)
            domainRequest.provider = profile::guessProvider(settings->host);
        if (!senderDomainRequestUsable(domainRequest, &exitCode))
            return exitCode; // before the diagnosis sends anything
        // DANE: the session connects where DNSSEC says the host is, when it says so.
        domainRequest.smtpPort = settings->port;
        options.addresses = secureHostAddresses(&domainRequest);
        options.sessionUsesAddresses = !options.addresses.isEmpty();
    }

    diagnostics::Diagnoser diagnoser(*settings, options);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!json) {
        //: %1: host, %2: port
        err() << Cli::tr("diagnosing %1:%2 …").arg(settings->host).arg(settings->port) << '\n';
        err().flush();
    }
    diagnoser.start();
    awaitSignal(&diagnoser, &diagnostics::Diagnoser::finished);
    const diagnostics::Report &report = diagnoser.report();
    std::optional<SenderDomainStage> domainStage;
    if (checkDomain) {
        if (!json) {
            //: %1: the sender's domain
            err() << Cli::tr("checking the sender domain %1 …").arg(domainRequest.domain) << '\n';
            err().flush();
        }
        // The chain this diagnosis' handshake presented (none when it never reached TLS).
        domainRequest.peerChainDer = diagnoser.observation().chainDer;
        domainStage = runSenderDomainStage(domainRequest, &exitCode);
        if (!domainStage)
            return exitCode;
    }
    const text::ReportText words(text::Audience::CommandLine);
    if (json) {
        QJsonObject object = words.json(report);
        if (domainStage)
            addToJson(object, *domainStage);
        out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        out() << words.text(report);
        if (domainStage)
            out() << stageText(*domainStage);
    }
    out().flush();
    if (parser.isSet(QStringLiteral("bundle"))) {
        QFile file(parser.value(QStringLiteral("bundle")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err() << Cli::tr("error: --bundle: cannot write %1: %2").arg(file.fileName(), file.errorString()) << '\n';
            err().flush();
            return Usage;
        }
        file.write(words.bundle(report).toUtf8());
        err() << Cli::tr("report written to %1 (no passwords in it)").arg(file.fileName()) << '\n';
        err().flush();
    }
    // The SMTP stages' status first; then the sender domain's (README, "Exit status").
    if (!report.ok())
        return exitCodeFor(report.firstFailedStage());
    return domainStage && !domainStage->ready ? DomainNotReady : Success;
}

CommandSpec discoverCommand()
{
    CommandSpec parser(QStringLiteral("discover"));
    parser.setApplicationDescription(
        Cli::tr("Find working settings for HOST: tries 587 STARTTLS, 465 implicit TLS, 2525 STARTTLS and 25 STARTTLS in parallel, "
                "logs in where SMTP_USER/SMTP_PASS (or --profile) give a password, and ranks what worked.\n"
                "For an ADDRESS (or a DOMAIN with --domain), finds the server in DNS instead: the provider table, SRV records "
                "(RFC 6186/8314), the MX of a known provider, then smtp./mail. verified by connecting; each answer says where it "
                "came from. DNS_SERVER=addr[:port] picks the nameserver."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("host"), Cli::tr("The SMTP server's host name, or an email address."));
    parser.addOption({QStringLiteral("domain"), Cli::tr("The argument is a mail domain: find its submission server in DNS.")});
    parser.addOption({QStringLiteral("profile"), Cli::tr("Take credentials and TLS trust from a stored profile."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("allow-plain"), Cli::tr("Also try plaintext on 587 and 25.")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print the results as JSON.")});
    return parser;
}

int runDiscover(const QStringList &arguments)
{
    QCommandLineParser parser;
    discoverCommand().applyTo(parser);
    if (const auto exitNow = parseArguments(parser, arguments, 1))
        return *exitNow;
    const QString host = parser.positionalArguments().value(0);
    if (host.isEmpty()) {
        err() << Cli::tr("error: discover needs a HOST") << '\n';
        err().flush();
        return Usage;
    }
    if (host.contains(u'@') || parser.isSet(QStringLiteral("domain")))
        return runDiscoverAddress(host, parser.isSet(QStringLiteral("json")));
    int exitCode = Success;
    const auto settings = settingsForCommand(parser.value(QStringLiteral("profile")), &exitCode, {{QStringLiteral("SMTP_HOST"), host}});
    if (!settings)
        return exitCode;
    diagnostics::SettingsFinder finder(*settings, parser.isSet(QStringLiteral("allow-plain")));
    finder.start();
    awaitSignal(&finder, &diagnostics::SettingsFinder::finished);
    const QList<diagnostics::Candidate> working = finder.working();
    const text::ReportText words(text::Audience::CommandLine);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray tried;
        for (const diagnostics::Candidate &c : finder.candidates())
            tried.append(QJsonObject{
                {QStringLiteral("port"), c.port},
                {QStringLiteral("tls_mode"), smtp::tlsModeName(c.mode)},
                {QStringLiteral("worked"), c.worked},
                {QStringLiteral("authenticated"), c.authenticated},
                {QStringLiteral("verified"), c.verified},
                {QStringLiteral("elapsed_ms"), double(c.elapsedMs)},
                {QStringLiteral("error"), c.worked ? QString() : text::ErrorText::describe(c.error, text::Audience::CommandLine)}});
        QJsonArray ranked;
        for (const diagnostics::Candidate &c : working)
            ranked.append(QJsonObject{{QStringLiteral("port"), c.port}, {QStringLiteral("tls_mode"), smtp::tlsModeName(c.mode)}});
        out() << QJsonDocument(QJsonObject{{QStringLiteral("host"), host},
                                           {QStringLiteral("tried"), tried},
                                           {QStringLiteral("working"), ranked},
                                           {QStringLiteral("recommendation"), finder.recommendation()}})
                     .toJson(QJsonDocument::Indented);
    } else {
        out() << Cli::tr("Tried on %1:").arg(host) << '\n';
        for (const diagnostics::Candidate &c : finder.candidates())
            out() << "  " << words.candidate(c) << '\n';
        const QList<diagnostics::Candidate> &tried = finder.candidates();
        const bool allRefused = !tried.isEmpty() && std::all_of(tried.cbegin(), tried.cend(), [](const diagnostics::Candidate &c) {
            return !c.worked && c.error.code == u"connect.refused";
        });
        if (allRefused) {
            // Every usual port refused: advising one of them again would send the user in a circle.
            //: %1: the host discover tried
            out() << '\n'
                  << Cli::tr("Nothing listens on these ports of %1. Check the host name, and ask the provider which port its SMTP "
                             "server uses (then 'selfmx-console diagnose' with SMTP_PORT set to it).")
                         .arg(host)
                  << '\n';
        } else if (working.isEmpty()) {
            out() << '\n' << Cli::tr("Nothing worked. Run 'selfmx-console diagnose' with one of the ports for the details.") << '\n';
        } else {
            out() << '\n' << Cli::tr("Working, best first:") << '\n';
            for (const diagnostics::Candidate &c : working)
                out() << "  " << words.candidate(c) << '\n';
            out() << '\n' << Cli::tr("Recommended settings:") << '\n' << finder.recommendation();
        }
    }
    out().flush();
    return working.isEmpty() ? Connect : Success;
}

} // namespace selfmx::app
