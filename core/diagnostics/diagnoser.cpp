// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "diagnoser.h"

#include "logging.h"
#include "probes.h"
#include "rules.h"

#include "profile/envfile.h"
#include "profile/profile.h"
#include "smtp/session.h"

#include <QSslCipher>
#include <QTimer>

#include <algorithm>
#include <chrono>

namespace selfmx::diagnostics {

namespace {

// How long the session may wait for its greeting before the TLS-personality probe asks.
constexpr std::chrono::milliseconds greetingGrace{250};
// What the diagnosis may take beyond the settings' timeout (a probe after the session).
constexpr int deadlineSlack = 800;

} // namespace

using smtp::ErrorCategory;
using smtp::Stage;
using smtp::TlsMode;

Diagnoser::Diagnoser(smtp::Settings settings, Options options, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_options(std::move(options))
{
}

Diagnoser::~Diagnoser() = default;

void Diagnoser::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    m_report.settings = m_settings;
    m_report.settings.password.clear();
    m_report.startedAt = QDateTime::currentDateTime();

    // A safety net: whatever hangs (a DNS server that never answers), the diagnosis ends.
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &Diagnoser::cancel);
    m_deadline->start(m_settings.timeout + std::chrono::milliseconds(deadlineSlack));

    // 1. Resolve (the TCP probes need its addresses).
    const QString bare = m_settings.host.startsWith(u'[') ? m_settings.host.mid(1, m_settings.host.size() - 2) : m_settings.host;
    smtp::Settings sessionSettings = m_settings;
    m_connectHost = m_settings.host;
    if (m_options.sessionUsesAddresses && !m_options.addresses.isEmpty() && QHostAddress(bare).isNull()) {
        sessionSettings.tlsServerName = m_settings.connectHost();
        sessionSettings.host = m_options.addresses.constFirst().toString();
        m_connectHost = sessionSettings.host;
    }
    if (!m_options.addresses.isEmpty()) {
        QTimer::singleShot(0, this, [this]() { onAddresses(m_options.addresses); });
    } else if (QHostAddress literal; literal.setAddress(bare)) {
        QTimer::singleShot(0, this, [this, literal]() { onAddresses({literal}); });
    } else {
        m_dns = new DnsProbe(this);
        connect(m_dns, &DnsProbe::finished, this, [this]() { onAddresses(m_dns->addresses()); });
        Q_EMIT stageChanged(Stage::Resolve, StageStatus::Running);
        m_dns->start(m_settings.host);
    }
    // 2. The SMTP session itself.
    m_session = new SessionProbe(sessionSettings, {m_options.probeSender, m_options.probeRecipient, m_options.testSend}, this);
    connect(m_session, &SessionProbe::stageEntered, this, [this](Stage stage) {
        m_greeted = m_greeted || stage > Stage::Greeting;
        Q_EMIT stageChanged(stage, StageStatus::Running);
    });
    connect(m_session, &SessionProbe::finished, this, &Diagnoser::onSessionFinished);
    m_session->start();
    // 3. "Does this port speak TLS from the first byte?" (the TLS-personality probe) matters
    // only to a session whose settings say it does not and that waits in vain for the
    // greeting (rules: tls.port_expects_implicit). A healthy server greets within
    // milliseconds, so the probe, a second connection and handshake, starts only when the
    // greeting is late: side by side with the wait, and within its timeout.
    if (m_settings.tlsMode() != TlsMode::Implicit) {
        const auto late = std::min<std::chrono::milliseconds>(greetingGrace, m_settings.timeout / 2);
        QTimer::singleShot(late, this, [this]() {
            if (!m_greeted && !m_session->isDone())
                startTlsProbe(m_settings.timeout);
        });
    }
}

void Diagnoser::startTlsProbe(std::chrono::milliseconds budget)
{
    if (m_tlsProbe || m_cancelled || m_finished)
        return;
    m_tlsProbe = new TlsPersonalityProbe(this);
    connect(m_tlsProbe, &TlsPersonalityProbe::finished, this, &Diagnoser::maybeFinish);
    m_tlsProbe->start(m_connectHost, m_settings.port, budget);
}

void Diagnoser::cancel()
{
    if (m_finished || !m_started)
        return;
    qCDebug(lcDiagnostics) << "cancelled after" << m_clock.elapsed() << "ms";
    m_cancelled = true;
    if (m_dns)
        m_dns->abort(); // counts as no answer; onAddresses() follows
    m_addressesKnown = true;
    for (const QPointer<TcpProbe> &probe : m_tcp) {
        if (probe)
            probe->abort();
    }
    if (m_tlsProbe)
        m_tlsProbe->abort();
    if (m_plaintextProbe)
        m_plaintextProbe->abort();
    if (m_session && !m_session->isDone())
        m_session->abort(); // finishes, and onSessionFinished() ends the diagnosis
    else
        maybeFinish();
}

void Diagnoser::onAddresses(const QList<QHostAddress> &addresses)
{
    if (m_finished || !m_tcp.empty())
        return;
    m_addressesKnown = true;
    for (const QHostAddress &address : addresses)
        m_observation.addresses.append(address.toString());
    if (m_cancelled) {
        maybeFinish();
        return;
    }
    // One probe per address family: the first IPv4 and the first IPv6 address.
    const qint64 budget = std::max<qint64>(200, qint64(m_settings.timeout.count()) - m_clock.elapsed());
    for (auto family : {QAbstractSocket::IPv4Protocol, QAbstractSocket::IPv6Protocol}) {
        const auto it =
            std::find_if(addresses.cbegin(), addresses.cend(), [family](const QHostAddress &a) { return a.protocol() == family; });
        if (it == addresses.cend())
            continue;
        auto *probe = new TcpProbe(*it, m_settings.port, this);
        m_tcp.push_back(probe);
        connect(probe, &TcpProbe::finished, this, &Diagnoser::maybeFinish);
    }
    for (const QPointer<TcpProbe> &probe : m_tcp)
        probe->start(std::chrono::milliseconds(budget));
    maybeFinish();
}

void Diagnoser::onSessionFinished()
{
    const smtp::Error &e = m_session->session().error();
    // No greeting before the timeout, sooner than the probe's grace (a timeout under half a
    // second): ask now, within the diagnosis' deadline.
    if (m_settings.tlsMode() != TlsMode::Implicit && e.stage == Stage::Greeting && e.category == ErrorCategory::Timeout)
        startTlsProbe(std::chrono::milliseconds(deadlineSlack));
    // Implicit TLS failed: was the server greeting in plaintext? Ask it, in the time left.
    const qint64 left = qint64(m_settings.timeout.count()) - m_clock.elapsed();
    if (m_settings.tlsMode() == TlsMode::Implicit && e.stage == Stage::Tls
        && (e.category == ErrorCategory::TlsHandshake || e.category == ErrorCategory::Timeout) && left > 200 && !m_cancelled) {
        m_plaintextProbe = new PlaintextProbe(this);
        connect(m_plaintextProbe, &PlaintextProbe::finished, this, &Diagnoser::maybeFinish);
        m_plaintextProbe->start(m_connectHost, m_settings.port, std::chrono::milliseconds(std::max<qint64>(100, left)));
    }
    maybeFinish();
}

void Diagnoser::maybeFinish()
{
    if (m_finished || !m_addressesKnown || (m_dns && !m_dns->isDone()))
        return;
    for (const QPointer<TcpProbe> &probe : m_tcp) {
        if (probe && !probe->isDone())
            return;
    }
    if ((m_tlsProbe && !m_tlsProbe->isDone()) || (m_plaintextProbe && !m_plaintextProbe->isDone()) || !m_session || !m_session->isDone())
        return;
    m_finished = true;
    if (m_deadline)
        m_deadline->stop();
    observe();
    m_report.totalMs = m_clock.elapsed();
    // Deferred, so that a caller deleting us from its slot is safe.
    QTimer::singleShot(0, this, [this]() {
        for (const StageReport &stage : std::as_const(m_report.stages))
            Q_EMIT stageChanged(stage.stage, stage.status);
        Q_EMIT finished();
    });
}

// Probes and session in, Observation out; the rules make the findings, the report keeps the
// values the renderers need.
void Diagnoser::observe()
{
    Observation &o = m_observation;
    o.settings = m_settings;
    o.probeSender = m_options.probeSender;
    o.probeRecipient = m_options.probeRecipient;
    o.testSend = m_options.testSend;
    o.now = QDateTime::currentDateTimeUtc();
    const profile::Provider guessed = profile::guessProvider(m_settings.host, &o.region);
    o.provider = m_options.providerKey.isEmpty() ? profile::providerKey(guessed) : m_options.providerKey;
    if (m_dns) {
        o.hostNotFound = m_dns->hostNotFound();
        o.lookupTimedOut = m_dns->timedOut();
        o.lookupError = m_dns->errorText();
    }
    for (const QPointer<TcpProbe> &probe : m_tcp) {
        if (probe)
            o.connects.append(probe->result());
    }
    o.tlsProbeSpokeTls = m_tlsProbe && m_tlsProbe->spokeTls();
    if (m_plaintextProbe)
        o.plaintextGreeting = m_plaintextProbe->firstLine();
    m_session->observe(o);

    const QList<Finding> findings = analyse(o);

    const smtp::SmtpSession &session = m_session->session();
    Report &r = m_report;
    r.findings = findings;
    r.addresses = o.addresses;
    r.lookupError = o.lookupError;
    r.lookupTimedOut = o.lookupTimedOut;
    r.connects = o.connects;
    r.greeting = session.greeting().code ? session.greeting().text() : QString();
    r.encrypted = session.isEncrypted();
    r.certificateVerified = session.isEncrypted() && session.ignoredSslErrors().isEmpty();
    r.certificatePinned = session.isEncrypted() && session.acceptedByPin();
    if (session.isEncrypted()) {
        r.tlsProtocol = session.tlsCipher().protocolString();
        r.tlsCipher = session.tlsCipher().name();
    }
    r.chain = o.chain;
    r.capabilitiesBeforeTls = o.capabilitiesBeforeTls;
    r.capabilities = o.capabilities;
    if (const auto mechanism = session.usedMechanism()) {
        r.attemptedMechanism = smtp::mechanismName(*mechanism);
        if (session.isReady())
            r.authMechanism = r.attemptedMechanism;
    }
    r.probeSender = o.probeSender;
    r.probeRecipient = o.probeRecipient;
    r.testSend = o.testSend;
    r.dataReply = o.sendSucceeded ? o.dataReply.text() : QString();
    r.transcript = session.transcript().toString();

    // Time per stage: the session's, with resolve and connect timed by their probes.
    QMap<Stage, qint64> elapsed = m_session->stageMs();
    elapsed[Stage::Resolve] = m_dns ? m_dns->elapsedMs() : 0;
    for (const ConnectAttempt &a : std::as_const(o.connects)) {
        if (a.connected)
            elapsed[Stage::Connect] = elapsed.value(Stage::Connect) ? std::min(elapsed.value(Stage::Connect), a.connectMs) : a.connectMs;
    }
    r.buildStages(elapsed);
}

} // namespace selfmx::diagnostics
