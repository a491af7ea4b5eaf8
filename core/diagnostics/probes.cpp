// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "probes.h"

#include "logging.h"
#include "outcome.h"

#include "smtp/session.h"

#include <QHostInfo>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace selfmx::diagnostics {

using smtp::Stage;

// ---------------------------------------------------------------------------------------
// DNS

DnsProbe::DnsProbe(QObject *parent)
    : QObject(parent)
{
}

DnsProbe::~DnsProbe()
{
    if (m_lookupId >= 0 && !m_done)
        QHostInfo::abortHostLookup(m_lookupId);
}

void DnsProbe::start(const QString &host)
{
    m_clock.start();
    m_lookupId = QHostInfo::lookupHost(host, this, &DnsProbe::onLookedUp);
}

void DnsProbe::abort()
{
    if (m_done)
        return;
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    m_done = true;
    m_timedOut = true;
    m_elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    qCDebug(lcDiagnostics) << "dns: no answer";
    Q_EMIT finished();
}

void DnsProbe::onLookedUp(const QHostInfo &info)
{
    if (m_done)
        return;
    m_done = true;
    m_elapsedMs = m_clock.elapsed();
    if (info.error() != QHostInfo::NoError) {
        m_hostNotFound = info.error() == QHostInfo::HostNotFound;
        m_errorText = info.errorString();
    }
    m_addresses = info.addresses();
    qCDebug(lcDiagnostics) << "dns:" << m_addresses << m_errorText << m_elapsedMs << "ms";
    Q_EMIT finished();
}

// ---------------------------------------------------------------------------------------
// TCP per address family

TcpProbe::TcpProbe(const QHostAddress &address, quint16 port, QObject *parent)
    : QObject(parent)
    , m_address(address)
    , m_port(port)
{
    m_result.address = address.toString();
    m_result.ipv6 = address.protocol() == QAbstractSocket::IPv6Protocol;
}

void TcpProbe::start(std::chrono::milliseconds budget)
{
    auto *socket = new QTcpSocket(this);
    m_socket = socket;
    m_clock.start();
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    connect(socket, &QTcpSocket::connected, this, [this, socket]() {
        m_result.connected = true;
        m_result.connectMs = m_clock.elapsed();
        socket->abort();
        finish();
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        if (m_done)
            return;
        if (!m_result.connected) {
            m_result.error = error;
            m_result.errorText = socket->errorString();
        }
        finish();
    });
    connect(timer, &QTimer::timeout, this, [this, socket]() {
        if (m_done)
            return;
        m_result.error = QAbstractSocket::SocketTimeoutError;
        socket->abort();
        finish();
    });
    timer->start(budget);
    socket->connectToHost(m_address, m_port);
}

void TcpProbe::abort()
{
    if (m_done)
        return;
    if (!m_result.connected)
        m_result.error = QAbstractSocket::SocketTimeoutError;
    if (m_socket)
        m_socket->abort();
    finish();
}

void TcpProbe::finish()
{
    if (m_done)
        return;
    m_done = true;
    if (m_socket)
        m_socket->disconnect(this);
    qCDebug(lcDiagnostics) << "tcp:" << m_result.address << (m_result.connected ? "connected" : "failed") << m_result.error
                           << m_result.errorText;
    Q_EMIT finished();
}

// ---------------------------------------------------------------------------------------
// TLS personality

TlsPersonalityProbe::TlsPersonalityProbe(QObject *parent)
    : QObject(parent)
{
}

void TlsPersonalityProbe::start(const QString &host, quint16 port, std::chrono::milliseconds budget)
{
    auto *socket = new QSslSocket(this);
    m_socket = socket;
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &) { finish(true); });
    connect(socket, &QSslSocket::encrypted, this, [this]() { finish(true); });
    connect(socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) { finish(false); });
    connect(timer, &QTimer::timeout, this, [this]() { finish(false); });
    timer->start(budget);
    socket->setPeerVerifyName(host);
    socket->connectToHostEncrypted(host, port);
}

void TlsPersonalityProbe::abort()
{
    finish(false);
}

void TlsPersonalityProbe::finish(bool spokeTls)
{
    if (m_done)
        return;
    m_done = true;
    m_spokeTls = spokeTls;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    qCDebug(lcDiagnostics) << "tls personality: spoke TLS" << spokeTls;
    Q_EMIT finished();
}

// ---------------------------------------------------------------------------------------
// Plaintext

PlaintextProbe::PlaintextProbe(QObject *parent)
    : QObject(parent)
{
}

void PlaintextProbe::start(const QString &host, quint16 port, std::chrono::milliseconds budget)
{
    auto *socket = new QTcpSocket(this);
    m_socket = socket;
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket]() {
        if (!socket->canReadLine() && socket->bytesAvailable() < 512)
            return;
        m_firstLine = socket->readLine(512).trimmed();
        socket->write("QUIT\r\n");
        finish();
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) { finish(); });
    connect(timer, &QTimer::timeout, this, &PlaintextProbe::finish);
    timer->start(budget);
    socket->connectToHost(host, port);
}

void PlaintextProbe::abort()
{
    finish();
}

void PlaintextProbe::finish()
{
    if (m_done)
        return;
    m_done = true;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    qCDebug(lcDiagnostics) << "plaintext: first line" << m_firstLine;
    Q_EMIT finished();
}

// ---------------------------------------------------------------------------------------
// The SMTP session

SessionProbe::SessionProbe(const smtp::Settings &settings, Options options, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_options(std::move(options))
{
}

SessionProbe::~SessionProbe() = default;

const smtp::SmtpSession &SessionProbe::session() const
{
    return *m_session;
}

void SessionProbe::start()
{
    m_clock.start();
    m_session = new smtp::SmtpSession(m_settings, this);
    connect(m_session, &smtp::SmtpSession::stateChanged, this, [this](smtp::SmtpSession::State state) {
        const Stage stage = state == smtp::SmtpSession::State::Closed ? Stage::None : smtp::SmtpSession::stageOf(state);
        const qint64 now = m_clock.elapsed();
        if (m_currentStage != Stage::None)
            m_stageMs[m_currentStage] += now - m_currentSince;
        const bool entered = stage != m_currentStage && stage != Stage::None;
        m_currentStage = stage;
        m_currentSince = now;
        if (entered)
            Q_EMIT stageEntered(stage);
    });
    connect(m_session, &smtp::SmtpSession::ready, this, &SessionProbe::onReady);
    connect(m_session, &smtp::SmtpSession::finished, this, [this]() {
        m_done = true;
        qCDebug(lcDiagnostics) << "session: ready" << m_session->isReady() << "error" << m_session->error().stage
                               << m_session->error().category;
        Q_EMIT finished();
    });
    m_session->open();
}

void SessionProbe::abort()
{
    if (m_session && !m_done)
        m_session->abort(); // finishes, and finished() follows
}

void SessionProbe::onReady()
{
    if (!m_options.probeSender.isEmpty() || !m_options.probeRecipient.isEmpty()) {
        smtp::Envelope envelope;
        envelope.from = m_options.probeSender;
        envelope.recipients = {m_options.probeRecipient.isEmpty()
                                   ? QStringLiteral("postmaster@")
                                         + (m_settings.tlsServerName.isEmpty() ? m_settings.host : m_settings.tlsServerName)
                                   : m_options.probeRecipient};
        m_probeJob = m_session->probe(envelope);
    }
    if (m_options.testSend && !m_options.probeRecipient.isEmpty()) {
        smtp::Envelope envelope;
        envelope.from = m_options.probeSender;
        envelope.recipients = {m_options.probeRecipient};
        // The message is data for the server, not text for the user: a fixed, plain body.
        const QByteArray message = "From: <" + m_options.probeSender.toUtf8() + ">\r\nTo: <" + m_options.probeRecipient.toUtf8()
                                   + ">\r\nSubject: SelfMX Console test message\r\nMIME-Version: 1.0\r\n"
                                     "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                                     "This is a test message sent by a SelfMX Console diagnosis (test send).\r\n";
        m_sendJob = m_session->send(envelope, message);
    }
    m_session->quit();
}

void SessionProbe::observe(Observation &o) const
{
    const smtp::SmtpSession &s = *m_session;
    o.sessionPassed = connectionTestPassed(s);
    o.sessionReady = s.isReady();
    o.error = s.error();
    o.encrypted = s.isEncrypted();
    o.capabilities = s.capabilities();
    o.capabilitiesBeforeTls = s.capabilitiesBeforeTls();
    o.ignoredSslErrors = s.ignoredSslErrors();
    o.chain.clear();
    o.chainDer.clear();
    for (const QSslCertificate &certificate : s.peerCertificateChain()) {
        o.chain.append(CertificateInfo::from(certificate));
        o.chainDer.append(certificate.toDer());
    }
    if (m_probeJob && m_probeJob->isFinished()) {
        o.probeRan = true;
        o.probeError = m_probeJob->error();
        for (const smtp::SendJob::RecipientResult &r : m_probeJob->recipientResults())
            o.recipients.append({r.address, r.reply});
    }
    if (m_sendJob && m_sendJob->isFinished()) {
        o.sendRan = true;
        o.sendSucceeded = m_sendJob->succeeded();
        o.dataReply = m_sendJob->dataReply();
        o.sendError = m_sendJob->error();
    }
}

} // namespace selfmx::diagnostics
