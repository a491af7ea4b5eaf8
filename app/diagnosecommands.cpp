// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "diagnosecommands.h"

#include "clisupport.h"
#include "diagnostics/diagnoser.h"
#include "diagnostics/finder.h"
#include "dnscommands.h"
#include "exitcodes.h"
#include "profile/profilestore.h"
#include "profilecommands.h"
#include "text/errortext.h"
#include "text/reporttext.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace selfmx::app {

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
    return parser;
}

int runDiagnose(const QStringList &arguments)
{
    QCommandLineParser parser;
    diagnoseCommand().applyTo(parser);
    if (const auto exitNow = parseArguments(parser, arguments))
        return *exitNow;

    int exitCode = Success;
    const QString profileName = parser.value(QStringLiteral("profile"));
    const auto settings = settingsForCommand(profileName, &exitCode);
    if (!settings)
        return exitCode;
    diagnostics::Options options;
    options.probeRecipient = parser.value(QStringLiteral("probe-recipient"));
    options.probeSender = parser.value(QStringLiteral("probe-sender"));
    if (options.probeSender.isEmpty() && !options.probeRecipient.isEmpty())
        options.probeSender = settings->username.contains(u'@') ? settings->username : QStringLiteral("postmaster@") + settings->host;
    options.testSend = parser.isSet(QStringLiteral("test-send"));
    if (options.testSend && options.probeRecipient.isEmpty()) {
        err() << Cli::tr("error: --test-send needs --probe-recipient ADDR") << '\n';
        err().flush();
        return Usage;
    }
    if (!profileName.isEmpty()) {
        profile::ProfileStore store;
        if (const auto p = store.find(profileName))
            options.providerKey = profile::providerKey(p->provider);
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
    const text::ReportText words(text::Audience::CommandLine);
    if (json)
        out() << QJsonDocument(words.json(report)).toJson(QJsonDocument::Indented);
    else
        out() << words.text(report);
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
    return report.ok() ? Success : exitCodeFor(report.firstFailedStage());
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
    if (const auto exitNow = parseArguments(parser, arguments))
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
        if (working.isEmpty()) {
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
