// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "diagnoser.h"

#include "profile/envfile.h"
#include "profile/profile.h"
#include "smtp/session.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonArray>
#include <QSslCipher>
#include <QSslSocket>
#include <QSysInfo>
#include <QTcpSocket>
#include <QTimer>

namespace selfmx::diagnostics {

using smtp::ErrorCategory;
using smtp::Stage;
using smtp::TlsMode;

namespace {

QString fingerprint(const QSslCertificate &certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs.append(QString::fromLatin1(hex.mid(i, 2)));
    return pairs.join(u':');
}

QString stageKey(Stage stage)
{
    return smtp::stageName(stage);
}

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

QString statusKey(StageStatus status)
{
    switch (status) {
    case StageStatus::Passed: return QStringLiteral("passed");
    case StageStatus::Failed: return QStringLiteral("failed");
    case StageStatus::Warning: return QStringLiteral("warning");
    case StageStatus::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

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

QString capabilitiesText(const smtp::Capabilities &c)
{
    QStringList parts;
    if (c.startTls)
        parts.append(QStringLiteral("STARTTLS"));
    parts.append(c.authMechanisms.isEmpty() ? QStringLiteral("no AUTH") : QStringLiteral("AUTH ") + c.authMechanisms.join(u' '));
    if (c.sizeAdvertised)
        parts.append(QStringLiteral("SIZE %1").arg(c.maxSize));
    if (c.pipelining)
        parts.append(QStringLiteral("PIPELINING"));
    if (c.eightBitMime)
        parts.append(QStringLiteral("8BITMIME"));
    if (c.smtpUtf8)
        parts.append(QStringLiteral("SMTPUTF8"));
    if (!c.esmtp)
        parts.append(QStringLiteral("(HELO only)"));
    return parts.join(QStringLiteral(", "));
}

bool looksLikeSmtpReply(const QByteArray &line)
{
    return line.size() >= 3 && std::isdigit(static_cast<unsigned char>(line[0])) && std::isdigit(static_cast<unsigned char>(line[1]))
           && std::isdigit(static_cast<unsigned char>(line[2]));
}

} // namespace

CertificateInfo CertificateInfo::from(const QSslCertificate &certificate)
{
    CertificateInfo info;
    info.subject = certificate.subjectDisplayName();
    const auto sans = certificate.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it)
        info.subjectAltNames.append(it.value());
    info.issuer = certificate.issuerDisplayName();
    info.notBefore = certificate.effectiveDate();
    info.notAfter = certificate.expiryDate();
    info.sha256 = fingerprint(certificate);
    info.selfSigned = certificate.isSelfSigned();
    return info;
}

// ---------------------------------------------------------------------------------------
// Report

QList<Stage> Report::stageOrder() const
{
    if (settings.tlsMode() == TlsMode::Implicit)
        return {Stage::Resolve, Stage::Connect, Stage::Tls, Stage::Greeting, Stage::Ehlo,
                Stage::Auth, Stage::Sender, Stage::Recipient, Stage::Data};
    return {Stage::Resolve, Stage::Connect, Stage::Greeting, Stage::Tls, Stage::Ehlo,
            Stage::Auth, Stage::Sender, Stage::Recipient, Stage::Data};
}

Stage Report::firstFailedStage() const
{
    Stage first = Stage::None;
    for (const Finding &finding : findings) {
        if (finding.severity == Severity::Error && (first == Stage::None || rank(finding.stage) < rank(first)))
            first = finding.stage;
    }
    return first;
}

QJsonObject Report::toJson() const
{
    QJsonArray stageArray;
    for (const StageReport &s : stages)
        stageArray.append(QJsonObject{{QStringLiteral("stage"), stageKey(s.stage)},
                                      {QStringLiteral("status"), statusKey(s.status)},
                                      {QStringLiteral("elapsed_ms"), double(s.elapsedMs)},
                                      {QStringLiteral("summary"), s.summary}});
    QJsonArray findingArray;
    for (const Finding &f : findings)
        findingArray.append(QJsonObject{{QStringLiteral("code"), f.code},
                                        {QStringLiteral("severity"), severityKey(f.severity)},
                                        {QStringLiteral("stage"), stageKey(f.stage)},
                                        {QStringLiteral("title"), f.title},
                                        {QStringLiteral("evidence"), f.evidence},
                                        {QStringLiteral("fix"), f.fix}});
    QJsonArray chainArray;
    for (const CertificateInfo &c : chain)
        chainArray.append(QJsonObject{{QStringLiteral("subject"), c.subject},
                                      {QStringLiteral("subject_alt_names"), QJsonArray::fromStringList(c.subjectAltNames)},
                                      {QStringLiteral("issuer"), c.issuer},
                                      {QStringLiteral("not_before"), c.notBefore.toUTC().toString(Qt::ISODate)},
                                      {QStringLiteral("not_after"), c.notAfter.toUTC().toString(Qt::ISODate)},
                                      {QStringLiteral("sha256"), c.sha256},
                                      {QStringLiteral("self_signed"), c.selfSigned}});
    const Stage failed = firstFailedStage();
    return QJsonObject{
        {QStringLiteral("schema"), QStringLiteral("selfmx-diagnosis/1")},
        {QStringLiteral("ok"), ok()},
        {QStringLiteral("first_failed_stage"), failed == Stage::None ? QJsonValue() : QJsonValue(stageKey(failed))},
        {QStringLiteral("started_at"), startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("total_ms"), double(totalMs)},
        {QStringLiteral("settings"),
         QJsonObject{{QStringLiteral("host"), settings.host},
                     {QStringLiteral("port"), settings.port},
                     {QStringLiteral("user"), settings.username},
                     {QStringLiteral("password"), settings.hasCredentials() ? QStringLiteral("(set, not shown)") : QString()},
                     {QStringLiteral("tls_mode"), smtp::tlsModeName(settings.tlsMode())},
                     {QStringLiteral("tls_verify"), settings.verifyPeer},
                     {QStringLiteral("ca_file"), settings.caFile},
                     {QStringLiteral("timeout_s"), double(settings.timeout.count()) / 1000.0}}},
        {QStringLiteral("addresses"), QJsonArray::fromStringList(addresses)},
        {QStringLiteral("stages"), stageArray},
        {QStringLiteral("findings"), findingArray},
        {QStringLiteral("greeting"), greeting},
        {QStringLiteral("tls"), QJsonObject{{QStringLiteral("protocol"), tlsProtocol},
                                            {QStringLiteral("cipher"), tlsCipher},
                                            {QStringLiteral("chain"), chainArray}}},
        {QStringLiteral("capabilities"), QJsonObject{{QStringLiteral("before_tls"), capabilitiesJson(capabilitiesBeforeTls)},
                                                     {QStringLiteral("after_tls"), capabilitiesJson(capabilities)}}},
        {QStringLiteral("auth_mechanism"), authMechanism},
        {QStringLiteral("transcript"), QJsonArray::fromStringList(transcript.split(u'\n', Qt::SkipEmptyParts))},
    };
}

QString Report::toText() const
{
    QString text = QStringLiteral("Diagnosis of %1:%2 (%3, verification %4, timeout %5 s)\n")
                       .arg(settings.host)
                       .arg(settings.port)
                       .arg(tlsModeText, settings.verifyPeer ? QStringLiteral("on") : QStringLiteral("OFF"))
                       .arg(double(settings.timeout.count()) / 1000.0);
    for (const StageReport &s : stages) {
        const QString mark = s.status == StageStatus::Passed    ? QStringLiteral("\u2713")
                             : s.status == StageStatus::Failed  ? QStringLiteral("\u2717")
                             : s.status == StageStatus::Warning ? QStringLiteral("!")
                                                                : QStringLiteral("-");
        text += QStringLiteral("%1 %2 %3  %4\n")
                    .arg(mark)
                    .arg(stageKey(s.stage), -10)
                    .arg(s.status == StageStatus::Skipped ? QString() : QStringLiteral("%1 ms").arg(s.elapsedMs), 8)
                    .arg(s.summary);
    }
    for (const Finding &f : findings) {
        if (f.severity == Severity::Info)
            continue;
        text += QStringLiteral("\n%1 [%2] %3\n").arg(f.severity == Severity::Error ? QStringLiteral("\u2717") : QStringLiteral("!"), f.code, f.title);
        if (!f.evidence.isEmpty())
            text += QStringLiteral("    evidence: %1\n").arg(f.evidence);
        if (!f.fix.isEmpty())
            text += QStringLiteral("    fix:      %1\n").arg(f.fix);
    }
    text += ok() ? QStringLiteral("\nResult: working (%1 ms)\n").arg(totalMs)
                 : QStringLiteral("\nResult: fails at %1 (%2 ms)\n").arg(stageKey(firstFailedStage())).arg(totalMs);
    return text;
}

QString Report::bundle() const
{
    QString text = QStringLiteral("SelfMX Console diagnosis report\n===============================\n");
    text += QStringLiteral("console %1, Qt %2, %3, %4\n")
                .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()), QSslSocket::sslLibraryVersionString(),
                     QSysInfo::prettyProductName());
    text += QStringLiteral("started %1\n\n").arg(startedAt.toUTC().toString(Qt::ISODate));
    text += QStringLiteral("Settings (secrets masked)\n  SMTP_HOST=%1\n  SMTP_PORT=%2\n  SMTP_USER=%3\n  SMTP_PASS=%4\n"
                           "  TLS mode=%5\n  SMTP_TLS_VERIFY=%6\n  SMTP_TLS_CA_FILE=%7\n  SMTP_TIMEOUT=%8\n\n")
                .arg(settings.host)
                .arg(settings.port)
                .arg(settings.username, settings.hasCredentials() ? QStringLiteral("******** (set)") : QStringLiteral("(empty)"),
                     smtp::tlsModeName(settings.tlsMode()), settings.verifyPeer ? QStringLiteral("true") : QStringLiteral("false"),
                     settings.caFile)
                .arg(double(settings.timeout.count()) / 1000.0);
    text += toText();
    for (const Finding &f : findings) {
        if (f.severity == Severity::Info)
            text += QStringLiteral("i [%1] %2 %3\n").arg(f.code, f.title, f.evidence);
    }
    if (!chain.isEmpty()) {
        text += QStringLiteral("\nCertificate chain\n");
        for (const CertificateInfo &c : chain)
            text += QStringLiteral("  %1\n    issuer %2\n    valid %3 to %4\n    names %5\n    sha256 %6\n")
                        .arg(c.subject, c.issuer, c.notBefore.toUTC().toString(Qt::ISODate), c.notAfter.toUTC().toString(Qt::ISODate),
                             c.subjectAltNames.join(QStringLiteral(", ")), c.sha256);
    }
    text += QStringLiteral("\nTranscript (AUTH redacted)\n") + transcript;
    return text;
}

// ---------------------------------------------------------------------------------------
// Diagnoser

Diagnoser::Diagnoser(smtp::Settings settings, Options options, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_options(std::move(options))
{
}

Diagnoser::~Diagnoser()
{
    if (m_lookupId >= 0 && !m_lookupDone)
        QHostInfo::abortHostLookup(m_lookupId);
}

QString Diagnoser::portDescription() const
{
    return QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.port);
}

void Diagnoser::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    m_report.settings = m_settings;
    m_report.settings.password.clear();
    m_report.tlsModeText = m_settings.tlsMode() == TlsMode::Implicit   ? QStringLiteral("implicit TLS")
                           : m_settings.tlsMode() == TlsMode::StartTls ? QStringLiteral("STARTTLS required")
                                                                       : QStringLiteral("no TLS");
    m_report.startedAt = QDateTime::currentDateTime();

    // A safety net: whatever hangs (a DNS server that never answers), the diagnosis ends.
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &Diagnoser::cancel);
    m_deadline->start(m_settings.timeout + std::chrono::milliseconds(800));

    // 1. Resolve (the probes that need addresses follow it).
    const QString bare = m_settings.host.startsWith(u'[') ? m_settings.host.mid(1, m_settings.host.size() - 2) : m_settings.host;
    if (!m_options.addresses.isEmpty()) {
        QTimer::singleShot(0, this, [this]() {
            m_lookupDone = true;
            m_addresses = m_options.addresses;
            startFamilyProbes();
        });
    } else if (QHostAddress literal; literal.setAddress(bare)) {
        QTimer::singleShot(0, this, [this, literal]() {
            m_lookupDone = true;
            m_addresses = {literal};
            startFamilyProbes();
        });
    } else {
        Q_EMIT progress(QStringLiteral("resolving %1").arg(m_settings.host));
        m_lookupId = QHostInfo::lookupHost(m_settings.host, this, &Diagnoser::onLookedUp);
    }
    // 2-7 run side by side with it, each bounded by the timeout. The TLS probe answers
    // "does this port speak TLS from the first byte?", which matters only when the settings
    // say it does not.
    if (m_settings.tlsMode() != TlsMode::Implicit)
        startTlsProbe();
    else
        m_tlsProbeDone = true;
    startSession();
}

void Diagnoser::cancel()
{
    if (m_finished)
        return;
    if (!m_lookupDone) {
        if (m_lookupId >= 0)
            QHostInfo::abortHostLookup(m_lookupId);
        m_lookupDone = true;
        m_lookupError = QStringLiteral("no answer from DNS within the timeout");
    }
    for (auto &probe : m_families) {
        if (!probe->done) {
            if (probe->socket)
                probe->socket->abort();
            finishFamily(*probe);
        }
    }
    m_familiesDone = true;
    if (!m_tlsProbeDone) {
        if (m_tlsProbe)
            m_tlsProbe->abort();
        m_tlsProbeDone = true;
    }
    if (!m_plaintextProbeDone) {
        if (m_plaintextProbe)
            m_plaintextProbe->abort();
        m_plaintextProbeDone = true;
    }
    if (m_session && !m_sessionDone)
        m_session->abort(); // finishes, and onSessionFinished() ends the diagnosis
    else
        maybeFinish();
}

void Diagnoser::onLookedUp(const QHostInfo &info)
{
    m_lookupDone = true;
    m_lookupMs = m_clock.elapsed();
    if (info.error() != QHostInfo::NoError) {
        m_hostNotFound = info.error() == QHostInfo::HostNotFound;
        m_lookupError = info.errorString();
    }
    m_addresses = info.addresses();
    startFamilyProbes();
}

void Diagnoser::startFamilyProbes()
{
    if (m_finished)
        return;
    // One probe per address family: the first IPv4 and the first IPv6 address.
    for (auto family : {QAbstractSocket::IPv4Protocol, QAbstractSocket::IPv6Protocol}) {
        const auto it = std::find_if(m_addresses.cbegin(), m_addresses.cend(),
                                     [family](const QHostAddress &a) { return a.protocol() == family; });
        if (it == m_addresses.cend())
            continue;
        auto probe = std::make_unique<FamilyProbe>();
        probe->family = family;
        probe->address = *it;
        m_families.push_back(std::move(probe));
    }
    for (const QHostAddress &address : std::as_const(m_addresses))
        m_report.addresses.append(address.toString());
    if (m_families.empty()) {
        m_familiesDone = true;
        maybeFinish();
        return;
    }
    const qint64 budget = std::max<qint64>(200, qint64(m_settings.timeout.count()) - m_clock.elapsed());
    for (auto &owned : m_families) {
        FamilyProbe *probe = owned.get();
        auto *socket = new QTcpSocket(this);
        probe->socket = socket;
        probe->clock.start();
        auto *timer = new QTimer(socket);
        timer->setSingleShot(true);
        // Connect, measure, and let go at once: a server that serves one client at a time
        // must not be kept from the SMTP session by a probe.
        connect(socket, &QTcpSocket::connected, this, [this, probe, socket]() {
            probe->connected = true;
            probe->connectMs = probe->clock.elapsed();
            socket->abort();
            finishFamily(*probe);
        });
        connect(socket, &QTcpSocket::errorOccurred, this, [this, probe, socket](QAbstractSocket::SocketError error) {
            if (probe->done)
                return;
            if (!probe->connected) {
                probe->error = error;
                probe->errorText = socket->errorString();
            }
            finishFamily(*probe);
        });
        connect(timer, &QTimer::timeout, this, [this, probe, socket]() {
            if (probe->done)
                return;
            if (!probe->connected) {
                probe->error = QAbstractSocket::SocketTimeoutError;
                probe->errorText = QStringLiteral("no answer within %1 s").arg(double(m_settings.timeout.count()) / 1000.0);
            }
            socket->abort();
            finishFamily(*probe);
        });
        timer->start(budget);
        socket->connectToHost(probe->address, m_settings.port);
    }
}

void Diagnoser::finishFamily(FamilyProbe &probe)
{
    if (probe.done)
        return;
    probe.done = true;
    if (probe.socket)
        probe.socket->disconnect(this);
    m_familiesDone = std::all_of(m_families.cbegin(), m_families.cend(), [](const auto &p) { return p->done; });
    maybeFinish();
}

void Diagnoser::startTlsProbe()
{
    // Does this port speak TLS from the first byte? A certificate (sslErrors) or a
    // completed handshake says yes; a plaintext greeting breaks the handshake at once.
    auto *socket = new QSslSocket(this);
    m_tlsProbe = socket;
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    auto done = [this, socket](bool spokeTls) {
        if (m_tlsProbeDone)
            return;
        m_tlsProbeDone = true;
        m_tlsProbeSpokeTls = spokeTls;
        socket->disconnect(this);
        socket->abort();
        maybeFinish();
    };
    connect(socket, &QSslSocket::sslErrors, this, [done](const QList<QSslError> &) { done(true); });
    connect(socket, &QSslSocket::encrypted, this, [done]() { done(true); });
    connect(socket, &QSslSocket::errorOccurred, this, [done](QAbstractSocket::SocketError) { done(false); });
    connect(timer, &QTimer::timeout, this, [done]() { done(false); });
    timer->start(m_settings.timeout);
    socket->setPeerVerifyName(m_settings.host);
    socket->connectToHostEncrypted(m_settings.host, m_settings.port);
}

void Diagnoser::startSession()
{
    m_session = new smtp::SmtpSession(m_settings, this);
    connect(m_session, &smtp::SmtpSession::stateChanged, this, [this](smtp::SmtpSession::State state) {
        const int stage = state == smtp::SmtpSession::State::Closed ? -1 : int(smtp::SmtpSession::stageOf(state));
        const qint64 now = m_clock.elapsed();
        if (m_currentStage >= 0)
            m_stageMs[m_currentStage] += now - m_currentSince;
        m_currentStage = stage;
        m_currentSince = now;
        if (stage >= 0)
            Q_EMIT progress(smtp::stageName(smtp::Stage(stage)));
    });
    connect(m_session, &smtp::SmtpSession::ready, this, [this]() {
        if (!m_options.probeSender.isEmpty() || !m_options.probeRecipient.isEmpty()) {
            smtp::Envelope envelope;
            envelope.from = m_options.probeSender;
            envelope.recipients = {m_options.probeRecipient.isEmpty() ? QStringLiteral("postmaster@") + m_settings.host
                                                                      : m_options.probeRecipient};
            m_probeJob = m_session->probe(envelope);
        }
        if (m_options.testSend && !m_options.probeRecipient.isEmpty()) {
            smtp::Envelope envelope;
            envelope.from = m_options.probeSender;
            envelope.recipients = {m_options.probeRecipient};
            const QByteArray message = "From: <" + m_options.probeSender.toUtf8() + ">\r\nTo: <" + m_options.probeRecipient.toUtf8()
                                       + ">\r\nSubject: SelfMX Console test message\r\nMIME-Version: 1.0\r\n"
                                         "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                                         "This is a test message sent by selfmx-console diagnose --test-send.\r\n";
            m_sendJob = m_session->send(envelope, message);
        }
        m_session->quit();
    });
    connect(m_session, &smtp::SmtpSession::finished, this, &Diagnoser::onSessionFinished);
    m_session->open();
}

void Diagnoser::onSessionFinished()
{
    m_sessionDone = true;
    // Implicit TLS failed: was the server greeting in plaintext? Ask it, in the time left.
    const smtp::Error &e = m_session->error();
    if (m_settings.tlsMode() == TlsMode::Implicit && e.stage == Stage::Tls
        && (e.category == ErrorCategory::TlsHandshake || e.category == ErrorCategory::Timeout)
        && m_clock.elapsed() + 200 < qint64(m_settings.timeout.count()))
        startPlaintextProbe();
    maybeFinish();
}

void Diagnoser::startPlaintextProbe()
{
    m_plaintextProbeDone = false;
    auto *socket = new QTcpSocket(this);
    m_plaintextProbe = socket;
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    auto done = [this, socket]() {
        if (m_plaintextProbeDone)
            return;
        m_plaintextProbeDone = true;
        socket->disconnect(this);
        socket->abort();
        maybeFinish();
    };
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, done]() {
        if (!socket->canReadLine() && socket->bytesAvailable() < 512)
            return;
        m_plaintextGreeting = socket->readLine(512).trimmed();
        socket->write("QUIT\r\n");
        done();
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [done](QAbstractSocket::SocketError) { done(); });
    connect(timer, &QTimer::timeout, this, done);
    timer->start(std::max<qint64>(100, qint64(m_settings.timeout.count()) - m_clock.elapsed()));
    socket->connectToHost(m_settings.host, m_settings.port);
}

void Diagnoser::maybeFinish()
{
    if (m_finished || !m_lookupDone || !m_familiesDone || !m_tlsProbeDone || !m_sessionDone || !m_plaintextProbeDone)
        return;
    m_finished = true;
    if (m_deadline)
        m_deadline->stop();
    analyse();
    m_report.totalMs = m_clock.elapsed();
    // Deferred, so that a caller deleting us from its slot is safe.
    QTimer::singleShot(0, this, &Diagnoser::finished);
}

void Diagnoser::addFinding(const QString &code, Severity severity, Stage stage, const QString &title, const QString &evidence,
                           const QString &fix)
{
    m_report.findings.append({code, severity, stage, title, evidence, fix});
}

// ---------------------------------------------------------------------------------------
// Analysis: evidence in, findings out. Decisions use categories, codes and probe results,
// never the wording of an error.

void Diagnoser::analyse()
{
    const smtp::SmtpSession &session = *m_session;
    m_report.transcript = session.transcript().toString();
    m_report.capabilitiesBeforeTls = session.capabilitiesBeforeTls();
    m_report.capabilities = session.capabilities();
    m_report.greeting = session.greeting().code ? session.greeting().text() : QString();
    if (session.isEncrypted()) {
        m_report.tlsProtocol = session.tlsCipher().protocolString();
        m_report.tlsCipher = session.tlsCipher().name();
    }
    for (const QSslCertificate &certificate : session.peerCertificateChain())
        m_report.chain.append(CertificateInfo::from(certificate));
    if (const auto mechanism = session.usedMechanism(); mechanism && session.isReady())
        m_report.authMechanism = smtp::mechanismName(*mechanism);

    // Resolve.
    if (m_hostNotFound || (m_addresses.isEmpty() && !m_lookupError.isEmpty())) {
        addFinding(QStringLiteral("dns.not_found"), Severity::Error, Stage::Resolve,
                   QStringLiteral("The host name %1 does not resolve").arg(m_settings.host),
                   m_lookupError,
                   QStringLiteral("Check SMTP_HOST for typos (the provider's documented name, e.g. smtp.sendgrid.net); "
                                  "check this machine's DNS with `getent hosts %1`.")
                       .arg(m_settings.host));
    }

    // Connect, per address family.
    const bool anyConnected = std::any_of(m_families.cbegin(), m_families.cend(), [](const auto &p) { return p->connected; });
    if (!m_families.empty() && !anyConnected) {
        const auto refused = std::find_if(m_families.cbegin(), m_families.cend(),
                                          [](const auto &p) { return p->error == QAbstractSocket::ConnectionRefusedError; });
        const auto timedOut = std::find_if(m_families.cbegin(), m_families.cend(),
                                           [](const auto &p) { return p->error == QAbstractSocket::SocketTimeoutError; });
        QStringList evidence;
        for (const auto &p : m_families)
            evidence.append(QStringLiteral("%1: %2").arg(p->address.toString(), p->errorText));
        if (refused != m_families.cend()) {
            addFinding(QStringLiteral("connect.refused"), Severity::Error, Stage::Connect,
                       QStringLiteral("%1 refused the connection").arg(portDescription()), evidence.join(QStringLiteral("; ")),
                       QStringLiteral("Nothing listens on port %1 there, or a firewall rejects it. Verify SMTP_HOST and SMTP_PORT; "
                                      "try the provider's other ports (587 STARTTLS, 465 implicit TLS, 2525); "
                                      "`selfmx-console discover %2` tries them all.")
                           .arg(m_settings.port)
                           .arg(m_settings.host));
        } else if (timedOut != m_families.cend()) {
            addFinding(QStringLiteral("connect.timeout"), Severity::Error, Stage::Connect,
                       QStringLiteral("No answer from %1: the connection attempt timed out").arg(portDescription()),
                       evidence.join(QStringLiteral("; ")),
                       m_settings.port == 25
                           ? QStringLiteral("Outbound port 25 is blocked by most ISPs and cloud providers (packets are dropped). "
                                            "Use the submission port 587 with STARTTLS, or 465 with implicit TLS.")
                           : QStringLiteral("A firewall drops the packets, or the host is down. Check firewall rules for outbound "
                                            "connections to port %1; try 587, 465 or 2525.")
                                 .arg(m_settings.port));
        } else {
            addFinding(QStringLiteral("connect.unreachable"), Severity::Error, Stage::Connect,
                       QStringLiteral("%1 is unreachable from this machine").arg(portDescription()), evidence.join(QStringLiteral("; ")),
                       QStringLiteral("This machine has no route to that network (no IPv6, a VPN, or no network at all). "
                                      "Check the network connection and routes."));
        }
    } else if (m_families.size() == 2) {
        const FamilyProbe &v4 = *m_families[0];
        const FamilyProbe &v6 = *m_families[1];
        if (v4.connected != v6.connected) {
            const FamilyProbe &broken = v4.connected ? v6 : v4;
            const bool v6Broken = v4.connected;
            addFinding(v6Broken ? QStringLiteral("connect.ipv6_failed") : QStringLiteral("connect.ipv4_failed"), Severity::Warning,
                       Stage::Connect,
                       QStringLiteral("%1 works, %2 does not").arg(v6Broken ? QStringLiteral("IPv4") : QStringLiteral("IPv6"),
                                                                   v6Broken ? QStringLiteral("IPv6") : QStringLiteral("IPv4")),
                       QStringLiteral("%1: %2").arg(broken.address.toString(), broken.errorText),
                       QStringLiteral("Clients that try %1 first wait for it to fail before falling back. Fix %1 routing or "
                                      "firewalling, or remove the server's %2 record.")
                           .arg(v6Broken ? QStringLiteral("IPv6") : QStringLiteral("IPv4"),
                                v6Broken ? QStringLiteral("AAAA") : QStringLiteral("A")));
        }
    }
    if (m_settings.port == 25 && anyConnected)
        addFinding(QStringLiteral("connect.port25"), Severity::Warning, Stage::Connect, QStringLiteral("Port 25 is in use"),
                   QStringLiteral("SMTP_PORT=25"),
                   QStringLiteral("Port 25 is for server-to-server relay and is often blocked or throttled for clients; "
                                  "use the submission port 587 (STARTTLS) or 465 (implicit TLS)."));

    if (session.error().isError() && !(session.isReady() && session.error().stage == Stage::Quit))
        analyseSessionError();
    if (session.isEncrypted())
        analyseTls();
    if (session.isReady())
        analyseWorkingSession();
    buildStages();
}

void Diagnoser::analyseSessionError()
{
    const smtp::SmtpSession &session = *m_session;
    const smtp::Error &e = session.error();
    const QString serverWords = e.reply.code ? e.reply.text() : QString();
    const QString evidence = !serverWords.isEmpty() ? QStringLiteral("the server said: ") + serverWords
                             : !e.detail.isEmpty()  ? e.detail
                                                    : e.message;
    const double seconds = double(m_settings.timeout.count()) / 1000.0;
    const bool alreadyReported = std::any_of(m_report.findings.cbegin(), m_report.findings.cend(), [](const Finding &f) {
        return f.severity == Severity::Error && (f.stage == Stage::Resolve || f.stage == Stage::Connect);
    });
    // What a plaintext connection heard first on this port, if it was asked.
    const QByteArray plaintextGreeting = looksLikeSmtpReply(m_plaintextGreeting) ? m_plaintextGreeting : QByteArray();

    if (e.category == ErrorCategory::Cancelled) {
        addFinding(QStringLiteral("diagnosis.incomplete"), Severity::Error, e.stage,
                   QStringLiteral("The diagnosis was stopped at the %1 stage").arg(stageKey(e.stage)), e.message,
                   QStringLiteral("Run it again; raise SMTP_TIMEOUT if the server is slow."));
        return;
    }
    switch (e.stage) {
    case Stage::Resolve:
    case Stage::Connect:
        if (!alreadyReported)
            addFinding(e.category == ErrorCategory::HostNotFound ? QStringLiteral("dns.not_found")
                       : e.category == ErrorCategory::ConnectionRefused ? QStringLiteral("connect.refused")
                       : e.category == ErrorCategory::Timeout          ? QStringLiteral("connect.timeout")
                                                                       : QStringLiteral("connect.failed"),
                       Severity::Error, e.stage, e.message, e.detail,
                       QStringLiteral("Verify SMTP_HOST and SMTP_PORT, and that outbound connections to port %1 are allowed.")
                           .arg(m_settings.port));
        return;
    case Stage::Greeting:
        if (e.category == ErrorCategory::Timeout && m_tlsProbeSpokeTls && m_settings.tlsMode() != TlsMode::Implicit) {
            addFinding(QStringLiteral("tls.port_expects_implicit"), Severity::Error, Stage::Greeting,
                       QStringLiteral("Port %1 speaks implicit TLS, but the settings wait for a plaintext greeting").arg(m_settings.port),
                       QStringLiteral("no greeting within %1 s, while a TLS handshake on the same port got a certificate").arg(seconds),
                       QStringLiteral("Set SMTP_TLS_MODE=implicit for this port (SMTP_TLS=true with port 465 does it by itself), "
                                      "or use the server's STARTTLS port, usually 587."));
        } else if (e.category == ErrorCategory::Timeout) {
            addFinding(QStringLiteral("greeting.timeout"), Severity::Error, Stage::Greeting,
                       QStringLiteral("Connected, but %1 sent no greeting within %2 s").arg(portDescription()).arg(seconds), e.message,
                       QStringLiteral("Check that SMTP_PORT is the server's SMTP port. A server that expects implicit TLS "
                                      "(usually 465) waits silently: set SMTP_TLS_MODE=implicit there. A heavily loaded or "
                                      "tarpitting server may greet late: raise SMTP_TIMEOUT."));
        } else if (e.category == ErrorCategory::ServiceUnavailable) {
            addFinding(QStringLiteral("greeting.rejected"), Severity::Error, Stage::Greeting,
                       QStringLiteral("The server refuses to talk to this client (%1 greeting)").arg(e.reply.code), evidence,
                       QStringLiteral("The server's access rules, a blocklist entry for this machine's IP address, or a connection "
                                      "limit turned the session away. Ask the server's operator or provider; try from another network."));
        } else if (e.category == ErrorCategory::Protocol) {
            addFinding(QStringLiteral("greeting.not_smtp"), Severity::Error, Stage::Greeting,
                       QStringLiteral("Port %1 does not speak SMTP").arg(m_settings.port), e.message,
                       QStringLiteral("SMTP_PORT points at another service; use the server's SMTP port (587, 465, 25 or 2525)."));
        } else {
            addFinding(QStringLiteral("greeting.closed"), Severity::Error, Stage::Greeting,
                       QStringLiteral("The server closed the connection before greeting"), e.message,
                       QStringLiteral("The server drops this client (access rules, rate limits, or a TLS-only port); "
                                      "check the server's logs or try another port."));
        }
        return;
    case Stage::Tls:
        switch (e.category) {
        case ErrorCategory::TlsRequired:
            addFinding(QStringLiteral("tls.starttls_not_offered"), Severity::Error, Stage::Tls,
                       QStringLiteral("The server does not offer STARTTLS, and TLS is required"),
                       QStringLiteral("EHLO reply: ") + session.capabilities().keywords.join(QStringLiteral(", ")),
                       QStringLiteral("Nothing was sent in plaintext. Use the server's implicit-TLS port (465, or "
                                      "SMTP_TLS_MODE=implicit) or its STARTTLS port (587). Only for a trusted local server: SMTP_TLS=false."));
            return;
        case ErrorCategory::TlsVerification:
            analyseCertificateErrors(e.sslErrors);
            return;
        case ErrorCategory::TlsHandshake:
        case ErrorCategory::Timeout:
            if (m_settings.tlsMode() == TlsMode::Implicit && !plaintextGreeting.isEmpty()) {
                addFinding(QStringLiteral("tls.port_expects_plaintext"), Severity::Error, Stage::Tls,
                           QStringLiteral("Port %1 greets in plaintext, but the settings start TLS at once (implicit TLS)").arg(m_settings.port),
                           QStringLiteral("the server said first: %1; the TLS library: %2")
                               .arg(QString::fromUtf8(plaintextGreeting), e.detail.isEmpty() ? e.message : e.detail),
                           QStringLiteral("Use STARTTLS on this port: SMTP_TLS_MODE=starttls (with SMTP_TLS=true, any port but 465 "
                                          "does this), or connect to the server's implicit-TLS port, usually 465."));
            } else if (e.category == ErrorCategory::Timeout) {
                addFinding(QStringLiteral("tls.handshake_timeout"), Severity::Error, Stage::Tls,
                           QStringLiteral("No TLS handshake with %1 within %2 s").arg(portDescription()).arg(seconds), e.message,
                           QStringLiteral("The port accepts connections but does not answer TLS. Check SMTP_PORT and the TLS mode "
                                          "(465: implicit; 587: STARTTLS)."));
            } else {
                addFinding(QStringLiteral("tls.handshake_failed"), Severity::Error, Stage::Tls,
                           QStringLiteral("The TLS handshake with %1 failed").arg(portDescription()), e.detail,
                           QStringLiteral("The server and this machine share no TLS version or cipher, or the server closed the "
                                          "connection. Check the server's TLS configuration (TLS 1.2 or newer)."));
            }
            return;
        case ErrorCategory::Config:
            addFinding(QStringLiteral("tls.ca_file_unreadable"), Severity::Error, Stage::Tls, QStringLiteral("SMTP_TLS_CA_FILE cannot be used"),
                       e.message, QStringLiteral("Point SMTP_TLS_CA_FILE at a readable PEM file with the CA certificate."));
            return;
        case ErrorCategory::Protocol:
            addFinding(QStringLiteral("tls.starttls_injection"), Severity::Error, Stage::Tls,
                       QStringLiteral("Data arrived after the STARTTLS reply, before TLS began"), e.message,
                       QStringLiteral("Something between you and the server injects data (a broken proxy or an attack). "
                                      "Use implicit TLS (465) or another network."));
            return;
        default:
            addFinding(QStringLiteral("tls.starttls_refused"), Severity::Error, Stage::Tls, QStringLiteral("STARTTLS failed"), evidence,
                       QStringLiteral("The server offered STARTTLS but did not start it; check the server's TLS certificate "
                                      "and key configuration."));
            return;
        }
    case Stage::Ehlo:
        addFinding(QStringLiteral("ehlo.rejected"), Severity::Error, Stage::Ehlo, QStringLiteral("The server refused EHLO and HELO"), evidence,
                   QStringLiteral("Some servers require a fully qualified EHLO name: set SMTP_EHLO_NAME to this machine's "
                                  "public host name."));
        return;
    case Stage::Auth: {
        // Provider knowledge turns a bare 535 into a likely cause.
        profile::Profile p;
        p.provider = m_options.providerKey.isEmpty() ? profile::guessProvider(m_settings.host, &p.region)
                                                     : profile::providerFromKey(m_options.providerKey).value_or(profile::Provider::Custom);
        if (p.region.isEmpty())
            profile::guessProvider(m_settings.host, &p.region);
        p.smtp = m_settings;
        QStringList hints;
        for (const settings::Issue &hint : profile::providerHints(p, m_settings.password))
            hints.append(hint.key + QStringLiteral(": ") + hint.code);
        const QString providerHint = hints.isEmpty() ? QString() : QStringLiteral(" Provider hints: ") + hints.join(QStringLiteral("; ")) + u'.';
        const int klass = e.reply.enhanced.klass;
        const int subject = e.reply.enhanced.subject;
        const int detail = e.reply.enhanced.detail;
        if (e.category == ErrorCategory::AuthFailed && e.reply.code == 535) {
            addFinding(QStringLiteral("auth.rejected"), Severity::Error, Stage::Auth,
                       QStringLiteral("The server rejected the user name or password"), evidence,
                       QStringLiteral("Double-check SMTP_USER and SMTP_PASS (no stray spaces or line breaks). Some providers need an "
                                      "app-specific password or SMTP access enabled for the account.")
                           + providerHint);
        } else if (e.reply.code == 534 || (klass == 5 && subject == 7 && (detail == 9 || detail == 14))) {
            addFinding(QStringLiteral("auth.web_login_required"), Severity::Error, Stage::Auth,
                       detail == 14 ? QStringLiteral("The provider wants you to sign in through its web page first")
                                    : QStringLiteral("The provider requires an app-specific password (or a stronger sign-in)"),
                       evidence,
                       QStringLiteral("Create an app password in the account's security settings and use it as SMTP_PASS; "
                                      "if the server said 5.7.14, sign in once in a browser from this network, then retry."));
        } else if (e.reply.code == 530 || e.reply.code == 538) {
            addFinding(QStringLiteral("auth.tls_required"), Severity::Error, Stage::Auth, QStringLiteral("The server requires TLS before AUTH"),
                       evidence, QStringLiteral("Enable TLS: SMTP_TLS=true (STARTTLS on 587, implicit on 465)."));
        } else if (e.category == ErrorCategory::TemporaryFailure) {
            addFinding(QStringLiteral("auth.temporary"), Severity::Error, Stage::Auth,
                       QStringLiteral("Temporary authentication failure on the server"), evidence,
                       QStringLiteral("Retry in a few minutes. If it persists, the server's authentication backend is down or "
                                      "misconfigured (for Postfix: its SASL configuration); tell its operator."));
        } else if (e.category == ErrorCategory::AuthRefusedPlaintext) {
            addFinding(QStringLiteral("auth.plaintext_refused"), Severity::Error, Stage::Auth,
                       QStringLiteral("The console refused to send the password without TLS"), e.message,
                       QStringLiteral("Enable TLS (SMTP_TLS=true). Only if you accept the risk: SMTP_ALLOW_PLAINTEXT_AUTH=true."));
        } else if (e.category == ErrorCategory::AuthUnavailable && !session.isEncrypted()
                   && session.capabilities().authMechanisms.isEmpty()) {
            addFinding(QStringLiteral("auth.requires_tls"), Severity::Error, Stage::Auth,
                       QStringLiteral("The server offers AUTH only after TLS"),
                       QStringLiteral("EHLO without TLS: ") + capabilitiesText(session.capabilities()),
                       QStringLiteral("Enable TLS: SMTP_TLS=true (the server offers %1).")
                           .arg(session.capabilities().startTls ? QStringLiteral("STARTTLS") : QStringLiteral("no STARTTLS here; try port 465")));
        } else if (e.category == ErrorCategory::AuthUnavailable && session.capabilities().authMechanisms.isEmpty()) {
            addFinding(QStringLiteral("auth.not_offered"), Severity::Error, Stage::Auth, QStringLiteral("The server does not offer AUTH at all"),
                       QStringLiteral("EHLO: ") + capabilitiesText(session.capabilities()),
                       QStringLiteral("This port does not take logins: it may relay by IP address (leave SMTP_USER empty) or be a "
                                      "server-to-server port (use the submission port 587)."));
        } else if (e.category == ErrorCategory::AuthUnavailable) {
            addFinding(QStringLiteral("auth.no_common_mechanism"), Severity::Error, Stage::Auth,
                       QStringLiteral("No AUTH mechanism in common with the server"), e.message,
                       QStringLiteral("The console speaks PLAIN, LOGIN and CRAM-MD5; leave SMTP_AUTH_MECHANISM at auto or pick one "
                                      "the server offers."));
        } else {
            addFinding(QStringLiteral("auth.failed"), Severity::Error, Stage::Auth, QStringLiteral("Authentication failed"), evidence,
                       QStringLiteral("Check SMTP_USER and SMTP_PASS.") + providerHint);
        }
        return;
    }
    default:
        break;
    }
    if (e.category == ErrorCategory::Timeout) {
        addFinding(stageKey(e.stage) + QStringLiteral(".timeout"), Severity::Error, e.stage,
                   QStringLiteral("The server stopped answering during %1").arg(stageKey(e.stage)), e.message,
                   QStringLiteral("Raise SMTP_TIMEOUT if the server is slow; otherwise check its logs."));
    } else if (e.category == ErrorCategory::ServiceUnavailable || e.category == ErrorCategory::Network) {
        addFinding(QStringLiteral("session.closed"), Severity::Error, e.stage, QStringLiteral("The server ended the session"), evidence,
                   QStringLiteral("The server closed the connection (shutting down, or a limit was hit); retry later."));
    } else {
        addFinding(stageKey(e.stage) + QStringLiteral(".failed"), Severity::Error, e.stage, e.message, evidence,
                   QStringLiteral("See the server's words in the evidence."));
    }
}

void Diagnoser::analyseCertificateErrors(const QList<QSslError> &errors)
{
    const QList<QSslCertificate> chain = m_session->peerCertificateChain();
    const CertificateInfo leaf = chain.isEmpty() ? CertificateInfo() : CertificateInfo::from(chain.first());
    const QString described = leaf.subject.isEmpty()
                                  ? QString()
                                  : QStringLiteral("certificate \"%1\" issued by \"%2\", valid %3 to %4, names [%5], SHA-256 %6")
                                        .arg(leaf.subject, leaf.issuer, leaf.notBefore.toUTC().toString(Qt::ISODate),
                                             leaf.notAfter.toUTC().toString(Qt::ISODate), leaf.subjectAltNames.join(QStringLiteral(", ")),
                                             leaf.sha256);
    const QString trustFix = QStringLiteral("Trust it explicitly: save the server's CA (or, for a self-signed server, its certificate) as "
                                            "PEM and set SMTP_TLS_CA_FILE to that file, or pin exactly this certificate with "
                                            "SMTP_TLS_PIN_SHA256=%1. Turning verification off (SMTP_TLS_VERIFY=false) is a last "
                                            "resort for development only.")
                                 .arg(leaf.sha256);
    QSet<QString> seen;
    for (const QSslError &error : errors) {
        QString code;
        QString title;
        QString fix;
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            code = QStringLiteral("tls.cert.self_signed");
            title = QStringLiteral("The server's certificate is self-signed");
            fix = trustFix;
            break;
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::InvalidCaCertificate:
            code = QStringLiteral("tls.cert.unknown_issuer");
            title = QStringLiteral("The certificate's issuer is not trusted here");
            fix = QStringLiteral("If the server uses a private CA, set SMTP_TLS_CA_FILE to that CA's certificate (PEM). If it uses a "
                                 "public CA, the server probably does not send its intermediate certificates: fix the chain on the "
                                 "server. Or pin the certificate: SMTP_TLS_PIN_SHA256=%1.")
                      .arg(leaf.sha256);
            break;
        case QSslError::CertificateExpired:
            code = QStringLiteral("tls.cert.expired");
            title = QStringLiteral("The server's certificate expired on %1").arg(leaf.notAfter.toUTC().toString(Qt::ISODate));
            fix = QStringLiteral("Renew the certificate on the server (e.g. `certbot renew`) and reload the mail server; "
                                 "also check this machine's clock.");
            break;
        case QSslError::CertificateNotYetValid:
            code = QStringLiteral("tls.cert.not_yet_valid");
            title = QStringLiteral("The server's certificate is not valid before %1").arg(leaf.notBefore.toUTC().toString(Qt::ISODate));
            fix = QStringLiteral("Check the clocks of this machine and of the server (NTP); a freshly issued certificate may "
                                 "also have been installed too early.");
            break;
        case QSslError::HostNameMismatch:
            code = QStringLiteral("tls.cert.host_mismatch");
            title = QStringLiteral("The certificate is not for %1").arg(m_settings.host);
            fix = leaf.subjectAltNames.isEmpty()
                      ? QStringLiteral("Connect by the name the certificate was issued for, or get a certificate that includes %1.")
                            .arg(m_settings.host)
                      : QStringLiteral("Set SMTP_HOST to a name in the certificate (%1), or get a certificate that includes %2.")
                            .arg(leaf.subjectAltNames.join(QStringLiteral(", ")), m_settings.host);
            break;
        default:
            code = QStringLiteral("tls.cert.invalid");
            title = QStringLiteral("The certificate could not be verified: %1").arg(error.errorString());
            fix = trustFix;
            break;
        }
        if (seen.contains(code))
            continue;
        seen.insert(code);
        addFinding(code, Severity::Error, Stage::Tls, title,
                   error.errorString() + (described.isEmpty() ? QString() : QStringLiteral("; ") + described), fix);
    }
}

void Diagnoser::analyseWorkingSession()
{
    const smtp::SmtpSession &session = *m_session;
    if (m_settings.tlsMode() == TlsMode::None) {
        const bool loopback = QHostAddress(m_settings.host).isLoopback() || m_settings.host == u"localhost";
        addFinding(QStringLiteral("tls.disabled"), loopback ? Severity::Info : Severity::Warning, Stage::Tls,
                   QStringLiteral("TLS is off: mail and credentials travel unencrypted"), QStringLiteral("SMTP_TLS=false"),
                   session.capabilities().startTls ? QStringLiteral("The server offers STARTTLS: set SMTP_TLS=true.")
                                                   : QStringLiteral("Use a port with TLS (587 STARTTLS or 465)."));
    }
    if (m_settings.tlsMode() == TlsMode::StartTls && !session.capabilitiesBeforeTls().authMechanisms.isEmpty())
        addFinding(QStringLiteral("auth.offered_before_tls"), Severity::Warning, Stage::Ehlo,
                   QStringLiteral("The server offers AUTH before TLS"),
                   QStringLiteral("EHLO before STARTTLS: ") + capabilitiesText(session.capabilitiesBeforeTls()),
                   QStringLiteral("The console never sends the password before TLS, but clients that do not insist on STARTTLS "
                                  "will. On the server, offer AUTH only after TLS (Postfix: smtpd_tls_auth_only = yes)."));
    // The sender/recipient probe (MAIL FROM / RCPT TO, then RSET).
    if (m_probeJob && m_probeJob->isFinished()) {
        const smtp::SendJob &job = *m_probeJob;
        if (job.error().isError() && job.error().stage == Stage::Sender) {
            const smtp::Reply &r = job.error().reply;
            const bool policy = r.enhanced.subject == 7;
            addFinding(QStringLiteral("sender.rejected"), Severity::Error, Stage::Sender,
                       QStringLiteral("The server refuses %1 as sender").arg(m_options.probeSender),
                       r.code ? QStringLiteral("the server said: ") + r.text() : job.error().message,
                       policy ? QStringLiteral("This account may not send as this address: use a sender (or domain) verified with "
                                               "the provider, or the address you log in with.")
                              : QStringLiteral("Check the sender address and that its domain exists (has MX or A records)."));
        }
        for (const smtp::SendJob::RecipientResult &result : job.recipientResults()) {
            if (result.reply.code == 0 || result.accepted())
                continue;
            const smtp::EnhancedCode &c = result.reply.enhanced;
            QString code = QStringLiteral("recipient.rejected");
            QString fix = QStringLiteral("See the server's words; the recipient may be misspelled or the server may not accept it.");
            if (c.subject == 1 && (c.detail == 1 || c.detail == 0)) {
                code = QStringLiteral("recipient.unknown");
                fix = QStringLiteral("The mailbox does not exist there: check the address for typos.");
            } else if (c.subject == 7) {
                code = QStringLiteral("recipient.policy_denied");
                fix = QStringLiteral("The server will not take mail for this recipient from you: relaying needs a login "
                                     "(set SMTP_USER/SMTP_PASS), or its access rules forbid this recipient.");
            } else if (result.reply.isTransient()) {
                code = QStringLiteral("recipient.deferred");
                fix = QStringLiteral("A temporary refusal (greylisting, a full mailbox, rate limits): retry later.");
            }
            addFinding(code, result.reply.isTransient() ? Severity::Warning : Severity::Error, Stage::Recipient,
                       QStringLiteral("The server refuses recipient %1").arg(result.address),
                       QStringLiteral("the server said: ") + result.reply.text(), fix);
        }
    }
    if (m_sendJob && m_sendJob->isFinished()) {
        if (m_sendJob->succeeded())
            addFinding(QStringLiteral("send.accepted"), Severity::Info, Stage::Data, QStringLiteral("The test message was accepted"),
                       m_sendJob->dataReply().text(), QString());
        else if (m_sendJob->error().stage == Stage::Data)
            addFinding(QStringLiteral("data.rejected"), Severity::Error, Stage::Data, QStringLiteral("The server refused the test message"),
                       m_sendJob->error().toString(),
                       QStringLiteral("Content or size policy refused it; see the server's words."));
    }
}

// Whatever happened later, a TLS session that was established has things to say.
void Diagnoser::analyseTls()
{
    const smtp::SmtpSession &session = *m_session;
    if (!session.ignoredSslErrors().isEmpty()) {
        QStringList reasons;
        for (const QSslError &error : session.ignoredSslErrors())
            reasons.append(error.errorString());
        const bool pinned = !m_settings.pinnedSha256.isEmpty() && m_settings.verifyPeer;
        if (pinned)
            addFinding(QStringLiteral("tls.pinned"), Severity::Info, Stage::Tls, QStringLiteral("The pinned certificate was accepted"),
                       reasons.join(QStringLiteral("; ")), QString());
        else
            addFinding(QStringLiteral("tls.verify_disabled"), Severity::Warning, Stage::Tls,
                       QStringLiteral("Certificate verification is off, and the certificate does not verify"),
                       reasons.join(QStringLiteral("; ")),
                       QStringLiteral("Anyone on the path can impersonate the server and read the password. Trust the CA with "
                                      "SMTP_TLS_CA_FILE or pin the certificate with SMTP_TLS_PIN_SHA256, then set SMTP_TLS_VERIFY=true."));
    } else if (!m_settings.verifyPeer) {
        addFinding(QStringLiteral("tls.verify_disabled"), Severity::Warning, Stage::Tls, QStringLiteral("Certificate verification is off"),
                   QStringLiteral("SMTP_TLS_VERIFY=false"),
                   QStringLiteral("The certificate verifies: set SMTP_TLS_VERIFY=true."));
    }
    const QList<QSslCertificate> chain = session.peerCertificateChain();
    if (!chain.isEmpty()) {
        const QDateTime expiry = chain.first().expiryDate();
        const qint64 days = QDateTime::currentDateTimeUtc().daysTo(expiry);
        if (days >= 0 && days < 14)
            addFinding(QStringLiteral("tls.cert.expiring_soon"), Severity::Warning, Stage::Tls,
                       QStringLiteral("The server's certificate expires in %1 days").arg(days),
                       QStringLiteral("not after %1").arg(expiry.toUTC().toString(Qt::ISODate)),
                       QStringLiteral("Renew it now (e.g. `certbot renew`) and reload the mail server."));
    }

}

void Diagnoser::buildStages()
{
    const smtp::SmtpSession &session = *m_session;
    const Stage failed = m_report.firstFailedStage();
    auto warned = [this](Stage stage) {
        return std::any_of(m_report.findings.cbegin(), m_report.findings.cend(),
                           [stage](const Finding &f) { return f.stage == stage && f.severity == Severity::Warning; });
    };
    const QList<Stage> order = m_report.stageOrder();
    for (Stage stage : order) {
        StageReport r;
        r.stage = stage;
        r.elapsedMs = m_stageMs.value(int(stage)); // resolve and connect are timed by their probes
        const bool afterFailure = failed != Stage::None && m_report.rank(stage) > m_report.rank(failed);
        bool applicable = true;
        switch (stage) {
        case Stage::Resolve:
            r.elapsedMs = m_lookupMs;
            r.summary = m_report.addresses.isEmpty() ? m_lookupError : m_report.addresses.join(QStringLiteral(", "));
            break;
        case Stage::Connect: {
            QStringList parts;
            for (const auto &p : m_families) {
                parts.append(p->connected ? QStringLiteral("%1 in %2 ms").arg(p->address.toString()).arg(p->connectMs)
                                          : QStringLiteral("%1: %2").arg(p->address.toString(), p->errorText));
                if (p->connected)
                    r.elapsedMs = r.elapsedMs ? std::min(r.elapsedMs, p->connectMs) : p->connectMs;
            }
            r.summary = parts.join(QStringLiteral("; "));
            break;
        }
        case Stage::Greeting:
            r.summary = m_report.greeting;
            break;
        case Stage::Tls:
            applicable = m_settings.tlsMode() != TlsMode::None;
            if (!applicable)
                r.summary = QStringLiteral("off (SMTP_TLS=false)");
            else if (session.isEncrypted())
                r.summary = QStringLiteral("%1 %2, %3%4")
                                .arg(m_report.tlsProtocol, m_report.tlsCipher,
                                     session.ignoredSslErrors().isEmpty() ? QStringLiteral("certificate verified")
                                                                          : QStringLiteral("certificate NOT verified"),
                                     m_report.chain.isEmpty() ? QString()
                                                              : QStringLiteral(" (%1, expires %2)")
                                                                    .arg(m_report.chain.first().subject,
                                                                         m_report.chain.first().notAfter.toUTC().toString(Qt::ISODate)));
            break;
        case Stage::Ehlo:
            r.summary = m_settings.tlsMode() == TlsMode::StartTls && !m_report.capabilitiesBeforeTls.keywords.isEmpty()
                            ? QStringLiteral("before TLS: %1 | after TLS: %2")
                                  .arg(capabilitiesText(m_report.capabilitiesBeforeTls), capabilitiesText(m_report.capabilities))
                            : capabilitiesText(m_report.capabilities);
            break;
        case Stage::Auth:
            applicable = m_settings.hasCredentials();
            r.summary = !applicable ? QStringLiteral("no SMTP_USER: no login")
                        : session.usedMechanism()
                            ? QStringLiteral("%1 as %2%3")
                                  .arg(smtp::mechanismName(*session.usedMechanism()), m_settings.username,
                                       session.isReady() ? QString() : QStringLiteral(": refused"))
                            : QString();
            break;
        case Stage::Sender:
            applicable = !m_options.probeSender.isEmpty() || !m_options.probeRecipient.isEmpty();
            r.summary = applicable ? QStringLiteral("MAIL FROM:<%1>").arg(m_options.probeSender) : QStringLiteral("not probed (--probe-sender)");
            break;
        case Stage::Recipient:
            applicable = !m_options.probeRecipient.isEmpty();
            r.summary = applicable ? QStringLiteral("RCPT TO:<%1>").arg(m_options.probeRecipient) : QStringLiteral("not probed (--probe-recipient)");
            break;
        case Stage::Data:
            applicable = m_options.testSend;
            r.summary = applicable ? (m_sendJob && m_sendJob->succeeded() ? m_sendJob->dataReply().text() : QString())
                                   : QStringLiteral("no test message (--test-send)");
            break;
        default:
            break;
        }
        if (stage == failed) {
            r.status = StageStatus::Failed;
        } else if (afterFailure) {
            r.status = StageStatus::Skipped;
            r.summary = QStringLiteral("not reached");
        } else if (!applicable) {
            r.status = StageStatus::Skipped;
        }
        else
            r.status = warned(stage) ? StageStatus::Warning : StageStatus::Passed;
        m_report.stages.append(r);
    }
}

} // namespace selfmx::diagnostics
