// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "reporttext.h"

#include "errortext.h"

#include "smtp/settings.h"

#include <QJsonArray>
#include <QSslSocket>
#include <QSysInfo>

namespace selfmx::text {

using diagnostics::Finding;
using diagnostics::Report;
using diagnostics::Severity;
using diagnostics::StageReport;
using diagnostics::StageStatus;
using smtp::Stage;

namespace {

QJsonObject capabilitiesJson(const smtp::Capabilities &c)
{
    return QJsonObject{{QStringLiteral("esmtp"), c.esmtp},
                       {QStringLiteral("starttls"), c.startTls},
                       {QStringLiteral("auth"), QJsonArray::fromStringList(c.authMechanisms)},
                       {QStringLiteral("size"), c.sizeAdvertised ? QJsonValue(double(c.maxSize)) : QJsonValue()},
                       {QStringLiteral("pipelining"), c.pipelining},
                       {QStringLiteral("8bitmime"), c.eightBitMime},
                       {QStringLiteral("smtputf8"), c.smtpUtf8},
                       {QStringLiteral("enhancedstatuscodes"), c.enhancedStatusCodes},
                       {QStringLiteral("dsn"), c.dsn}};
}

QString seconds(const smtp::Settings &settings)
{
    return QString::number(double(settings.timeout.count()) / 1000.0);
}

} // namespace

ReportText::ReportText(Audience audience)
    : m_audience(audience)
    , m_findings(audience)
{
}

QString ReportText::stageName(Stage stage) const
{
    // The stable keys, also in the window: they match the exit status table and the JSON.
    return smtp::stageName(stage);
}

QString ReportText::progress(Stage stage, StageStatus status) const
{
    switch (status) {
    case StageStatus::Running: return tr("Diagnosing … %1").arg(stageName(stage));
    case StageStatus::Passed: return tr("Diagnosing … %1: passed").arg(stageName(stage));
    case StageStatus::Warning: return tr("Diagnosing … %1: passed with a warning").arg(stageName(stage));
    case StageStatus::Failed: return tr("Diagnosing … %1: failed").arg(stageName(stage));
    case StageStatus::Skipped: return tr("Diagnosing … %1: skipped").arg(stageName(stage));
    }
    return {};
}

QString ReportText::tlsModeText(const smtp::Settings &settings) const
{
    switch (settings.tlsMode()) {
    case smtp::TlsMode::Implicit: return tr("implicit TLS");
    case smtp::TlsMode::StartTls: return tr("STARTTLS required");
    case smtp::TlsMode::None: return tr("no TLS");
    }
    return {};
}

QString ReportText::capabilities(const smtp::Capabilities &c) const
{
    QStringList parts;
    if (c.startTls)
        parts.append(QStringLiteral("STARTTLS"));
    parts.append(c.authMechanisms.isEmpty() ? tr("no AUTH") : QStringLiteral("AUTH ") + c.authMechanisms.join(u' '));
    if (c.sizeAdvertised)
        parts.append(QStringLiteral("SIZE %1").arg(c.maxSize));
    if (c.pipelining)
        parts.append(QStringLiteral("PIPELINING"));
    if (c.eightBitMime)
        parts.append(QStringLiteral("8BITMIME"));
    if (c.smtpUtf8)
        parts.append(QStringLiteral("SMTPUTF8"));
    if (!c.esmtp)
        parts.append(tr("(HELO only)"));
    return parts.join(QStringLiteral(", "));
}

QString ReportText::stageSummary(const Report &report, const StageReport &s) const
{
    QString summary = stageObservation(report, s);
    // A stage that failed before it observed anything (a wrong TLS mode: no greeting, no TLS
    // session) says so instead of leaving its line blank; the finding below says why.
    if (summary.isEmpty() && s.status == StageStatus::Failed) {
        switch (s.stage) {
        case Stage::Greeting: summary = tr("no greeting"); break;
        case Stage::Tls: summary = tr("no TLS session"); break;
        default: summary = tr("failed"); break;
        }
    }
    return summary;
}

QString ReportText::stageObservation(const Report &report, const StageReport &s) const
{
    const smtp::Settings &settings = report.settings;
    if (s.status == StageStatus::Skipped && s.applicable)
        return tr("not reached");
    switch (s.stage) {
    case Stage::Resolve:
        if (!report.addresses.isEmpty())
            return report.addresses.join(QStringLiteral(", "));
        return report.lookupTimedOut ? tr("no answer from DNS within the timeout") : report.lookupError;
    case Stage::Connect: {
        QStringList parts;
        for (const diagnostics::ConnectAttempt &a : report.connects) {
            if (a.connected)
                parts.append(tr("%1 in %2 ms").arg(a.address).arg(a.connectMs));
            else
                parts.append(
                    tr("%1: %2").arg(a.address, a.errorText.isEmpty() ? tr("no answer within %1 s").arg(seconds(settings)) : a.errorText));
        }
        return parts.join(QStringLiteral("; "));
    }
    case Stage::Greeting: return report.greeting;
    case Stage::Tls:
        if (!s.applicable)
            return tr("off (%1)").arg(m_findings.current(QStringLiteral("SMTP_TLS"), QStringLiteral("false")));
        if (!report.encrypted)
            return {};
        return tr("%1 %2, %3%4")
            .arg(report.tlsProtocol, report.tlsCipher,
                 report.certificateVerified ? tr("certificate verified")
                 : report.certificatePinned ? tr("certificate accepted by its pin")
                                            : tr("certificate NOT verified"),
                 report.chain.isEmpty()
                     ? QString()
                     : tr(" (%1, expires %2)")
                           .arg(report.chain.first().subject, report.chain.first().notAfter.toUTC().toString(Qt::ISODate)));
    case Stage::Ehlo:
        if (settings.tlsMode() == smtp::TlsMode::StartTls && !report.capabilitiesBeforeTls.keywords.isEmpty())
            return tr("before TLS: %1 | after TLS: %2").arg(capabilities(report.capabilitiesBeforeTls), capabilities(report.capabilities));
        return capabilities(report.capabilities);
    case Stage::Auth:
        if (!s.applicable)
            return tr("no %1: no login").arg(m_findings.setting(QStringLiteral("SMTP_USER")));
        if (report.attemptedMechanism.isEmpty())
            return {};
        return report.authMechanism.isEmpty() ? tr("%1 as %2: refused").arg(report.attemptedMechanism, settings.username)
                                              : tr("%1 as %2").arg(report.attemptedMechanism, settings.username);
    case Stage::Sender:
        if (s.applicable)
            return QStringLiteral("MAIL FROM:<%1>").arg(report.probeSender);
        return commandLine() ? tr("not probed (--probe-sender)") : tr("not probed");
    case Stage::Recipient:
        if (s.applicable)
            return QStringLiteral("RCPT TO:<%1>").arg(report.probeRecipient);
        return commandLine() ? tr("not probed (--probe-recipient)") : tr("not probed");
    case Stage::Data:
        if (s.applicable)
            return report.dataReply;
        return commandLine() ? tr("no test message (--test-send)") : tr("no test message");
    default: return {};
    }
}

QString ReportText::failure(const Report &report) const
{
    const Stage failed = report.firstFailedStage();
    for (const Finding &f : report.findings) {
        if (f.severity == Severity::Error && f.stage == failed)
            return m_findings.title(f) + QStringLiteral(". ") + m_findings.fix(f);
    }
    return {};
}

QString ReportText::candidate(const diagnostics::Candidate &c) const
{
    const QString modeText = c.mode == smtp::TlsMode::Implicit   ? tr("implicit TLS")
                             : c.mode == smtp::TlsMode::StartTls ? QStringLiteral("STARTTLS")
                                                                 : tr("plaintext");
    if (!c.worked) {
        // The connection's own sentences advise other ports ("or try 587, 465 or 2525"): here,
        // where those ports are the list itself, the failure alone.
        QString failure;
        if (c.error.code == u"connect.refused")
            failure = tr("connect: refused the connection (nothing listens on this port, or a firewall rejects it)");
        else if (c.error.code == u"connect.timeout")
            failure = tr("connect: no TCP connection within %1 s (the port is filtered, or the host is down)")
                          .arg(c.error.parameters.value(QStringLiteral("seconds")).toString());
        else
            failure = ErrorText::describe(c.error, m_audience);
        return tr("%1 %2: \u2717 %3").arg(QString::number(c.port), modeText, failure);
    }
    const bool unverified = !c.verified && c.mode != smtp::TlsMode::None;
    //: discover's line for a port that works: port, TLS mode, milliseconds
    if (c.authenticated)
        return unverified
                   ? tr("%1 %2: \u2713 certificate NOT verified, logged in (%3 ms)").arg(QString::number(c.port), modeText).arg(c.elapsedMs)
                   : tr("%1 %2: \u2713 logged in (%3 ms)").arg(QString::number(c.port), modeText).arg(c.elapsedMs);
    return unverified
               ? tr("%1 %2: \u2713 certificate NOT verified, connected (%3 ms)").arg(QString::number(c.port), modeText).arg(c.elapsedMs)
               : tr("%1 %2: \u2713 connected (%3 ms)").arg(QString::number(c.port), modeText).arg(c.elapsedMs);
}

QString ReportText::text(const Report &report) const
{
    const smtp::Settings &settings = report.settings;
    QString text = tr("Diagnosis of %1:%2 (%3, verification %4, timeout %5 s)")
                       .arg(settings.host)
                       .arg(settings.port)
                       .arg(tlsModeText(settings), settings.verifyPeer ? tr("on") : tr("OFF"), seconds(settings))
                   + u'\n';
    for (const StageReport &s : report.stages) {
        const QString mark = s.status == StageStatus::Passed    ? QStringLiteral("\u2713")
                             : s.status == StageStatus::Failed  ? QStringLiteral("\u2717")
                             : s.status == StageStatus::Warning ? QStringLiteral("!")
                                                                : QStringLiteral("-");
        // No padding after the time when there is nothing to say (a line ending in blanks).
        const QString summary = stageSummary(report, s);
        QString line = QStringLiteral("%1 %2 %3")
                           .arg(mark)
                           .arg(stageName(s.stage), -10)
                           .arg(s.status == StageStatus::Skipped ? QString() : tr("%1 ms").arg(s.elapsedMs), 8);
        if (!summary.isEmpty())
            line += QStringLiteral("  ") + summary;
        while (line.endsWith(u' '))
            line.chop(1);
        text += line + u'\n';
    }
    for (const Finding &f : report.findings) {
        if (f.severity == Severity::Info)
            continue;
        text += QStringLiteral("\n%1 [%2] %3\n")
                    .arg(f.severity == Severity::Error ? QStringLiteral("\u2717") : QStringLiteral("!"), f.code, m_findings.title(f));
        if (const QString evidence = m_findings.evidence(f); !evidence.isEmpty())
            text += QStringLiteral("    ") + tr("evidence: %1").arg(evidence) + u'\n';
        if (const QString fix = m_findings.fix(f); !fix.isEmpty())
            text += QStringLiteral("    ") + tr("fix:      %1").arg(fix) + u'\n';
    }
    text += u'\n'
            + (report.ok() ? tr("Result: working (%1 ms)").arg(report.totalMs)
                           : tr("Result: fails at %1 (%2 ms)").arg(stageName(report.firstFailedStage())).arg(report.totalMs))
            + u'\n';
    return text;
}

QJsonObject ReportText::json(const Report &report) const
{
    const smtp::Settings &settings = report.settings;
    QJsonArray stageArray;
    for (const StageReport &s : report.stages)
        stageArray.append(QJsonObject{{QStringLiteral("stage"), smtp::stageName(s.stage)},
                                      {QStringLiteral("status"), diagnostics::statusKey(s.status)},
                                      {QStringLiteral("elapsed_ms"), double(s.elapsedMs)},
                                      {QStringLiteral("summary"), stageSummary(report, s)}});
    QJsonArray findingArray;
    for (const Finding &f : report.findings) {
        QJsonArray change;
        for (const diagnostics::SettingChange &c : f.proposedChange)
            change.append(QJsonObject{{QStringLiteral("key"), c.key}, {QStringLiteral("value"), c.value}});
        findingArray.append(QJsonObject{{QStringLiteral("code"), f.code},
                                        {QStringLiteral("severity"), diagnostics::severityKey(f.severity)},
                                        {QStringLiteral("stage"), smtp::stageName(f.stage)},
                                        {QStringLiteral("title"), m_findings.title(f)},
                                        {QStringLiteral("evidence"), m_findings.evidence(f)},
                                        {QStringLiteral("fix"), m_findings.fix(f)},
                                        {QStringLiteral("parameters"), QJsonObject::fromVariantMap(f.parameters)},
                                        {QStringLiteral("proposed_change"), change}});
    }
    QJsonArray chainArray;
    for (const diagnostics::CertificateInfo &c : report.chain)
        chainArray.append(QJsonObject{{QStringLiteral("subject"), c.subject},
                                      {QStringLiteral("subject_alt_names"), QJsonArray::fromStringList(c.subjectAltNames)},
                                      {QStringLiteral("issuer"), c.issuer},
                                      {QStringLiteral("not_before"), c.notBefore.toUTC().toString(Qt::ISODate)},
                                      {QStringLiteral("not_after"), c.notAfter.toUTC().toString(Qt::ISODate)},
                                      {QStringLiteral("sha256"), c.sha256},
                                      {QStringLiteral("self_signed"), c.selfSigned}});
    const Stage failed = report.firstFailedStage();
    return QJsonObject{
        {QStringLiteral("schema"), QStringLiteral("selfmx-diagnosis/1")},
        {QStringLiteral("ok"), report.ok()},
        {QStringLiteral("first_failed_stage"), failed == Stage::None ? QJsonValue() : QJsonValue(smtp::stageName(failed))},
        {QStringLiteral("started_at"), report.startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("total_ms"), double(report.totalMs)},
        {QStringLiteral("settings"),
         QJsonObject{{QStringLiteral("host"), settings.host},
                     {QStringLiteral("port"), settings.port},
                     {QStringLiteral("user"), settings.username},
                     {QStringLiteral("password"), settings.hasCredentials() ? QStringLiteral("(set, not shown)") : QString()},
                     {QStringLiteral("tls_mode"), smtp::tlsModeName(settings.tlsMode())},
                     {QStringLiteral("tls_verify"), settings.verifyPeer},
                     {QStringLiteral("ca_file"), settings.caFile},
                     {QStringLiteral("timeout_s"), double(settings.timeout.count()) / 1000.0}}},
        {QStringLiteral("addresses"), QJsonArray::fromStringList(report.addresses)},
        {QStringLiteral("stages"), stageArray},
        {QStringLiteral("findings"), findingArray},
        {QStringLiteral("greeting"), report.greeting},
        {QStringLiteral("tls"), QJsonObject{{QStringLiteral("protocol"), report.tlsProtocol},
                                            {QStringLiteral("cipher"), report.tlsCipher},
                                            {QStringLiteral("chain"), chainArray}}},
        {QStringLiteral("capabilities"), QJsonObject{{QStringLiteral("before_tls"), capabilitiesJson(report.capabilitiesBeforeTls)},
                                                     {QStringLiteral("after_tls"), capabilitiesJson(report.capabilities)}}},
        {QStringLiteral("auth_mechanism"), report.authMechanism},
        {QStringLiteral("transcript"), QJsonArray::fromStringList(report.transcript.split(u'\n', Qt::SkipEmptyParts))},
    };
}

QString ReportText::bundle(const Report &report) const
{
    const smtp::Settings &settings = report.settings;
    QString text = tr("SelfMX Console diagnosis report") + QStringLiteral("\n===============================\n");
    text += tr("console %1, Qt %2, %3, %4")
                .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()), QSslSocket::sslLibraryVersionString(),
                     QSysInfo::prettyProductName())
            + u'\n';
    text += tr("started %1").arg(report.startedAt.toUTC().toString(Qt::ISODate)) + QStringLiteral("\n\n");
    text += tr("Settings (secrets masked)") + u'\n';
    text += QStringLiteral("  SMTP_HOST=%1\n  SMTP_PORT=%2\n  SMTP_USER=%3\n  SMTP_PASS=%4\n  TLS mode=%5\n  SMTP_TLS_VERIFY=%6\n"
                           "  SMTP_TLS_CA_FILE=%7\n  SMTP_TIMEOUT=%8\n\n")
                .arg(settings.host)
                .arg(settings.port)
                .arg(settings.username, settings.hasCredentials() ? QStringLiteral("******** (set)") : QStringLiteral("(empty)"),
                     smtp::tlsModeName(settings.tlsMode()), settings.verifyPeer ? QStringLiteral("true") : QStringLiteral("false"),
                     settings.caFile, seconds(settings));
    text += this->text(report);
    for (const Finding &f : report.findings) {
        if (f.severity == Severity::Info)
            text += QStringLiteral("i [%1] %2 %3\n").arg(f.code, m_findings.title(f), m_findings.evidence(f));
    }
    if (!report.chain.isEmpty()) {
        text += u'\n' + tr("Certificate chain") + u'\n';
        for (const diagnostics::CertificateInfo &c : report.chain)
            text += QStringLiteral("  ") + c.subject + QStringLiteral("\n    ") + tr("issuer %1").arg(c.issuer) + QStringLiteral("\n    ")
                    + tr("valid %1 to %2").arg(c.notBefore.toUTC().toString(Qt::ISODate), c.notAfter.toUTC().toString(Qt::ISODate))
                    + QStringLiteral("\n    ") + tr("names %1").arg(c.subjectAltNames.join(QStringLiteral(", ")))
                    + QStringLiteral("\n    sha256 %1\n").arg(c.sha256);
    }
    text += u'\n' + tr("Transcript (AUTH redacted)") + u'\n' + report.transcript;
    return text;
}

} // namespace selfmx::text
