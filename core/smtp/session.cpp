// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "session.h"

#include "logging.h"
#include "sasl.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QMetaEnum>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QSysInfo>

namespace selfmx::smtp {

namespace {

// Data is read and encoded in chunks of this size, and more is queued only while the
// socket holds less than HighWater unsent bytes: memory stays flat for any message size.
constexpr qint64 ChunkSize = 64 * 1024;
constexpr qint64 HighWater = 256 * 1024;

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// An address in MAIL FROM / RCPT TO must not be able to smuggle a second command.
bool isSafeEnvelopeAddress(const QString &address)
{
    return std::none_of(address.cbegin(), address.cend(), [](QChar c) {
        return c == u'\r' || c == u'\n' || c == u'<' || c == u'>' || c == u' ' || c == u'\t' || c == u'\0';
    });
}

Error makeError(Stage stage, ErrorCategory category, const QString &message, const QString &detail = {})
{
    Error error;
    error.stage = stage;
    error.category = category;
    error.message = message;
    error.detail = detail;
    return error;
}

} // namespace

// ---------------------------------------------------------------------------------------
// SendJob

SendJob::SendJob(SmtpSession *session, Envelope envelope, std::unique_ptr<QIODevice> content)
    : QObject(session)
    , m_session(session)
    , m_envelope(std::move(envelope))
{
    setContent(std::move(content));
}

void SendJob::setContent(std::unique_ptr<QIODevice> content)
{
    m_content = std::move(content);
    if (m_content && !m_content->isSequential())
        m_size = m_content->size();
    else
        m_size = m_envelope.sizeHint;
}

SendJob::~SendJob()
{
    if (m_session && !m_finished)
        m_session->forgetJob(this);
}

bool SendJob::isPartial() const
{
    return succeeded() && std::any_of(m_recipients.cbegin(), m_recipients.cend(),
                                      [](const RecipientResult &r) { return !r.accepted(); });
}

// ---------------------------------------------------------------------------------------
// SmtpSession: setup

SmtpSession::SmtpSession(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SmtpSession::onTimeout);
}

SmtpSession::~SmtpSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    // Jobs are our children and die with us; make sure none calls back into a dead session.
    for (const QPointer<SendJob> &job : m_queue) {
        if (job)
            job->m_session = nullptr;
    }
    if (m_job)
        m_job->m_session = nullptr;
}

Stage SmtpSession::stageOf(State state)
{
    switch (state) {
    case State::Idle:
    case State::Connecting: return Stage::Connect;
    case State::AwaitingTlsHandshake:
    case State::AwaitingStartTls220:
    case State::AwaitingStartTlsHandshake: return Stage::Tls;
    case State::AwaitingGreeting220: return Stage::Greeting;
    case State::AwaitingEhlo250:
    case State::AwaitingHelo250: return Stage::Ehlo;
    case State::AwaitingAuthContinue334:
    case State::AwaitingAuth235: return Stage::Auth;
    case State::Ready:
    case State::AwaitingMailFrom250:
    case State::AwaitingRset250: return Stage::Sender;
    case State::AwaitingRcptTo250: return Stage::Recipient;
    case State::AwaitingData354:
    case State::SendingData:
    case State::AwaitingDataEnd250: return Stage::Data;
    case State::AwaitingQuit221:
    case State::Closed: return Stage::Quit;
    }
    return Stage::None;
}

void SmtpSession::open()
{
    if (m_opened)
        return;
    m_opened = true;
    m_transcript.start();

    // Settings problems that only show when we act on them are reported like any failure,
    // but never synchronously: callers connect to finished() after open().
    if (!m_settings.caFile.isEmpty()) {
        m_extraCaCertificates = QSslCertificate::fromPath(m_settings.caFile, QSsl::Pem);
        if (m_extraCaCertificates.isEmpty()) {
            const Error error = makeError(Stage::Tls, ErrorCategory::Config,
                                          QStringLiteral("SMTP_TLS_CA_FILE: no PEM certificate could be read from \"%1\"; "
                                                         "give the path of the CA certificate in PEM format")
                                              .arg(m_settings.caFile));
            QTimer::singleShot(0, this, [this, error]() { fail(error); });
            return;
        }
    }
    if (m_settings.host.isEmpty()) {
        const Error error = makeError(Stage::Resolve, ErrorCategory::Config,
                                      QStringLiteral("SMTP_HOST is required; set it to your SMTP server's name"));
        QTimer::singleShot(0, this, [this, error]() { fail(error); });
        return;
    }

    m_socket = new QSslSocket(this);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_extraCaCertificates.isEmpty())
        tls.addCaCertificates(m_extraCaCertificates);
    m_socket->setSslConfiguration(tls);
    // Verify against the name the user typed, also when it is an IP address.
    m_socket->setPeerVerifyName(m_settings.host);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);

    connect(m_socket, &QSslSocket::connected, this, &SmtpSession::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpSession::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpSession::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpSession::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &SmtpSession::onDisconnected);
    connect(m_socket, &QSslSocket::sslErrors, this, &SmtpSession::onSslErrors);
    connect(m_socket, &QSslSocket::bytesWritten, this, &SmtpSession::onBytesWritten);

    record(Direction::Info, QStringLiteral("connecting to %1 (TLS mode %2, verification %3)")
                                .arg(peer(), tlsModeName(m_settings.tlsMode()),
                                     m_settings.verifyPeer ? QStringLiteral("on") : QStringLiteral("OFF"))
                                .toUtf8());
    setState(State::Connecting);
    restartTimer();
    // Deferred so that open() never completes, or fails, before the caller has connected.
    QTimer::singleShot(0, this, [this]() {
        if (m_finished)
            return;
        if (m_settings.tlsMode() == TlsMode::Implicit)
            m_socket->connectToHostEncrypted(m_settings.host, m_settings.port, m_settings.host);
        else
            m_socket->connectToHost(m_settings.host, m_settings.port);
    });
}

SendJob *SmtpSession::send(const Envelope &envelope, std::unique_ptr<QIODevice> content)
{
    auto *job = new SendJob(this, envelope, std::move(content));
    if (m_finished || m_quitRequested) {
        job->m_error = m_finished && m_error.isError()
                           ? m_error
                           : makeError(Stage::Sender, ErrorCategory::Cancelled,
                                       QStringLiteral("the session is closing; the message was not sent"));
        job->m_finished = true;
        QTimer::singleShot(0, job, &SendJob::finished);
        return job;
    }
    m_queue.push_back(job);
    if (m_state == State::Ready && !m_job)
        QTimer::singleShot(0, this, [this]() {
            if (m_state == State::Ready && !m_job)
                startNextJob();
        });
    return job;
}

SendJob *SmtpSession::probe(const Envelope &envelope)
{
    SendJob *job = send(envelope, QByteArray());
    job->m_probeOnly = true;
    return job;
}

SendJob *SmtpSession::send(const Envelope &envelope, ContentFactory factory)
{
    SendJob *job = send(envelope, std::unique_ptr<QIODevice>());
    job->m_factory = std::move(factory);
    return job;
}

SendJob *SmtpSession::send(const Envelope &envelope, const QByteArray &content)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(content);
    buffer->open(QIODevice::ReadOnly);
    Envelope withSize = envelope;
    withSize.eightBit = envelope.eightBit
                        || std::any_of(content.cbegin(), content.cend(), [](char c) { return (c & 0x80) != 0; });
    return send(withSize, std::unique_ptr<QIODevice>(buffer.release()));
}

void SmtpSession::quit()
{
    if (m_quitRequested || m_finished)
        return;
    m_quitRequested = true;
    // Before open(): remembered; QUIT follows the queued messages once the session is up.
    if (m_state == State::Ready && !m_job && m_queue.empty())
        sendQuit();
    // otherwise QUIT follows the last queued message (startNextJob)
}

void SmtpSession::abort()
{
    if (m_finished)
        return;
    fail(makeError(stage(), ErrorCategory::Cancelled, QStringLiteral("cancelled")));
}

// ---------------------------------------------------------------------------------------
// Plumbing

void SmtpSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcSmtp) << "state" << state;
    Q_EMIT stateChanged(state);
}

void SmtpSession::restartTimer()
{
    m_timer.start(m_settings.timeout);
}

void SmtpSession::record(Direction direction, const QByteArray &line)
{
    const TranscriptEntry entry = m_transcript.append(direction, isEncrypted(), line);
    qCDebug(lcSmtp).noquote() << entry.toString();
    Q_EMIT transcriptEntryAdded(entry);
}

void SmtpSession::expect(State state, int index)
{
    m_expected.push_back({state, index});
    if (m_expected.size() == 1)
        setState(state);
    restartTimer();
}

void SmtpSession::sendCommand(const QByteArray &command, State expectState, int index)
{
    record(Direction::Client, command);
    m_socket->write(command + "\r\n");
    expect(expectState, index);
}

// For AUTH: the server gets the secret, the transcript and logs only `shown`.
void SmtpSession::sendRedacted(const QByteArray &command, const QByteArray &shown, State expectState)
{
    record(Direction::Client, shown);
    m_socket->write(command + "\r\n");
    expect(expectState);
}

QString SmtpSession::peer() const
{
    return m_settings.host + u':' + QString::number(m_settings.port);
}

QString SmtpSession::ehloName() const
{
    if (!m_settings.ehloName.isEmpty())
        return m_settings.ehloName;
    // RFC 5321 §4.1.4: a fully qualified name, or else an address literal.
    const QString hostName = QSysInfo::machineHostName();
    if (hostName.contains(u'.') && isValidHost(hostName))
        return hostName;
    const QHostAddress local = m_socket ? m_socket->localAddress() : QHostAddress();
    if (local.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[IPv6:") + local.toString() + u']';
    if (!local.isNull())
        return u'[' + local.toString() + u']';
    return QStringLiteral("[127.0.0.1]");
}

// ---------------------------------------------------------------------------------------
// Socket events

void SmtpSession::onConnected()
{
    record(Direction::Info, QStringLiteral("connected to %1").arg(m_socket->peerAddress().toString()).toUtf8());
    if (m_settings.tlsMode() == TlsMode::Implicit) {
        setState(State::AwaitingTlsHandshake);
        restartTimer();
    } else {
        expect(State::AwaitingGreeting220);
    }
}

void SmtpSession::onEncrypted()
{
    m_encrypted = true;
    m_cipher = m_socket->sessionCipher();
    m_peerChain = m_socket->peerCertificateChain();
    record(Direction::Info, QStringLiteral("TLS established: %1, %2").arg(m_cipher.protocolString(), m_cipher.name()).toUtf8());
    const bool pinned = !m_settings.pinnedSha256.isEmpty() && m_settings.verifyPeer;
    for (const QSslError &error : std::as_const(m_ignoredSslErrors))
        record(Direction::Info, QStringLiteral("WARNING: accepted certificate error (%1): %2")
                                    .arg(pinned ? QStringLiteral("pinned by SMTP_TLS_PIN_SHA256") : QStringLiteral("SMTP_TLS_VERIFY=false"),
                                         error.errorString())
                                    .toUtf8());
    if (m_state == State::AwaitingTlsHandshake) {
        expect(State::AwaitingGreeting220);
    } else if (m_state == State::AwaitingStartTlsHandshake) {
        // RFC 3207 §4.2: forget everything learnt before TLS and ask again.
        m_capabilities = Capabilities();
        sendCommand("EHLO " + ehloName().toUtf8(), State::AwaitingEhlo250);
    }
}

void SmtpSession::onSslErrors(const QList<QSslError> &errors)
{
    m_sslErrors = errors;
    m_peerChain = m_socket->peerCertificateChain();
    const QByteArray leafSha256 = m_peerChain.isEmpty() ? QByteArray() : m_peerChain.first().digest(QCryptographicHash::Sha256).toHex();
    if (!m_settings.pinnedSha256.isEmpty() && leafSha256 == m_settings.pinnedSha256) {
        // A pinned certificate: the user vouched for exactly this one, so its chain and name
        // problems are accepted (and reported), nothing else.
        m_ignoredSslErrors = errors;
        m_socket->ignoreSslErrors(errors);
        return;
    }
    if (!m_settings.verifyPeer) {
        // Verification off by explicit choice: accept exactly these errors, and keep them
        // so every report can warn about them. Never the argument-less, ignore-everything form.
        m_ignoredSslErrors = errors;
        m_socket->ignoreSslErrors(errors);
    }
}

void SmtpSession::onReadyRead()
{
    restartTimer();
    m_parser.feed(m_socket->readAll());
    const QPointer<SmtpSession> self(this);
    while (self && !m_finished) {
        Reply reply;
        const ReplyParser::Status status = m_parser.next(&reply);
        const QList<QByteArray> lines = m_parser.takeRawLines();
        for (const QByteArray &line : lines)
            record(Direction::Server, line);
        if (status == ReplyParser::Status::NeedMore)
            return;
        if (status == ReplyParser::Status::Error) {
            fail(makeError(stage(), ErrorCategory::Protocol, m_parser.errorString()));
            return;
        }
        handleReply(reply);
    }
}

void SmtpSession::onSocketError()
{
    if (m_finished)
        return;
    const QAbstractSocket::SocketError socketError = m_socket->error();
    const QString detail = m_socket->errorString();
    switch (socketError) {
    case QAbstractSocket::HostNotFoundError:
        fail(makeError(Stage::Resolve, ErrorCategory::HostNotFound,
                       QStringLiteral("the host name %1 does not resolve; check SMTP_HOST for typos").arg(m_settings.host),
                       detail));
        return;
    case QAbstractSocket::ConnectionRefusedError:
        fail(makeError(Stage::Connect, ErrorCategory::ConnectionRefused,
                       QStringLiteral("%1 refused the connection: nothing listens on that port, or a firewall rejects it; "
                                      "check SMTP_HOST and SMTP_PORT, or try 587, 465 or 2525")
                           .arg(peer()),
                       detail));
        return;
    case QAbstractSocket::SslHandshakeFailedError: {
        Error error = makeError(Stage::Tls, ErrorCategory::TlsHandshake,
                                QStringLiteral("the TLS handshake with %1 failed").arg(peer()), detail);
        if (!m_sslErrors.isEmpty() && m_settings.verifyPeer) {
            error.category = ErrorCategory::TlsVerification;
            QStringList reasons;
            for (const QSslError &sslError : std::as_const(m_sslErrors))
                reasons.append(sslError.errorString());
            error.message = QStringLiteral("the certificate of %1 could not be verified (%2); trust its CA with "
                                           "SMTP_TLS_CA_FILE, or connect by the name in the certificate")
                                .arg(peer(), reasons.join(QStringLiteral("; ")));
            error.sslErrors = m_sslErrors;
        }
        fail(error);
        return;
    }
    case QAbstractSocket::RemoteHostClosedError:
        onDisconnected();
        return;
    default:
        break;
    }
    const Stage where = m_state == State::Connecting ? Stage::Connect : stage();
    fail(makeError(where, ErrorCategory::Network, QStringLiteral("network error talking to %1").arg(peer()), detail));
}

void SmtpSession::onDisconnected()
{
    if (m_finished)
        return;
    if (m_state == State::AwaitingQuit221) {
        // The server closed instead of answering QUIT: the session is over either way.
        finishSession();
        return;
    }
    QString waitingFor = QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(m_state)));
    fail(makeError(stage(), ErrorCategory::Network,
                   QStringLiteral("the server closed the connection (while in state %1)").arg(waitingFor)));
}

void SmtpSession::onTimeout()
{
    if (m_finished)
        return;
    const qint64 seconds = std::chrono::duration_cast<std::chrono::seconds>(m_settings.timeout).count();
    QString message;
    switch (m_state) {
    case State::Connecting:
        message = QStringLiteral("no TCP connection to %1 within %2 s: the port is filtered (typical of blocked port 25) "
                                 "or the host is down; try another port or network")
                      .arg(peer())
                      .arg(seconds);
        break;
    case State::AwaitingGreeting220:
        message = QStringLiteral("connected, but %1 sent no greeting within %2 s; if this port expects implicit TLS "
                                 "(usually 465), set SMTP_TLS_MODE=implicit")
                      .arg(peer())
                      .arg(seconds);
        break;
    default:
        message = QStringLiteral("no reply from %1 within %2 s (SMTP_TIMEOUT) while in state %3")
                      .arg(peer())
                      .arg(seconds)
                      .arg(QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(m_state))));
        break;
    }
    fail(makeError(m_state == State::Connecting ? Stage::Connect : stage(), ErrorCategory::Timeout, message));
}

void SmtpSession::onBytesWritten()
{
    if (m_state == State::SendingData) {
        restartTimer();
        pumpData();
    }
}

// ---------------------------------------------------------------------------------------
// Replies

void SmtpSession::handleReply(const Reply &reply)
{
    if (m_expected.empty()) {
        fail(makeError(stage(), ErrorCategory::Protocol,
                       QStringLiteral("the server sent a reply nobody asked for: %1").arg(reply.text())));
        return;
    }
    const Expected expected = m_expected.front();
    m_expected.pop_front();
    if (!m_expected.empty())
        setState(m_expected.front().state);
    else
        m_timer.stop();

    // 421: the server is shutting the channel (RFC 5321 §3.8), whatever we asked.
    if (reply.code == 421 && expected.state != State::AwaitingQuit221) {
        fail(Error::fromReply(stageOf(expected.state), reply,
                              QStringLiteral("the server is closing the connection (service not available)")));
        return;
    }

    switch (expected.state) {
    case State::AwaitingGreeting220:
        handleGreeting(reply);
        return;
    case State::AwaitingEhlo250:
        handleEhlo(reply, false);
        return;
    case State::AwaitingHelo250:
        handleEhlo(reply, true);
        return;
    case State::AwaitingStartTls220:
        if (reply.code != 220) {
            fail(Error::fromReply(Stage::Tls, reply, QStringLiteral("the server refused STARTTLS")));
            return;
        }
        // Anything the server sent after its 220 came before TLS and could have been
        // injected by a man in the middle (CVE-2011-0411 and kin): refuse to go on.
        if (m_parser.hasBufferedData() || m_socket->bytesAvailable() > 0) {
            fail(makeError(Stage::Tls, ErrorCategory::Protocol,
                           QStringLiteral("the server sent data after its STARTTLS reply, before TLS began")));
            return;
        }
        setState(State::AwaitingStartTlsHandshake);
        restartTimer();
        m_socket->startClientEncryption();
        return;
    case State::AwaitingAuthContinue334:
    case State::AwaitingAuth235:
        handleAuth(reply);
        return;
    case State::AwaitingMailFrom250:
    case State::AwaitingRcptTo250:
    case State::AwaitingData354:
    case State::AwaitingDataEnd250:
        handleJobReply(expected, reply);
        return;
    case State::AwaitingRset250:
        if (!reply.isPositive()) {
            fail(Error::fromReply(Stage::Sender, reply, QStringLiteral("the server refused RSET")));
            return;
        }
        setState(State::Ready);
        startNextJob();
        return;
    case State::AwaitingQuit221:
        if (reply.code != 221)
            m_error = Error::fromReply(Stage::Quit, reply, QStringLiteral("unexpected reply to QUIT"));
        finishSession();
        return;
    case State::Idle:
    case State::Connecting:
    case State::AwaitingTlsHandshake:
    case State::AwaitingStartTlsHandshake:
    case State::Ready:
    case State::SendingData:
    case State::Closed:
        break;
    }
    fail(makeError(stage(), ErrorCategory::Protocol, QStringLiteral("unexpected reply %1").arg(reply.text())));
}

void SmtpSession::handleGreeting(const Reply &reply)
{
    m_greeting = reply;
    if (reply.code != 220) {
        const bool refused = reply.code == 554 || reply.isTransient();
        Error error = Error::fromReply(Stage::Greeting, reply,
                                       refused ? QStringLiteral("the server does not accept a session from us")
                                               : QStringLiteral("the server's greeting is not 220"));
        if (refused)
            error.category = ErrorCategory::ServiceUnavailable;
        fail(error);
        return;
    }
    sendCommand("EHLO " + ehloName().toUtf8(), State::AwaitingEhlo250);
}

void SmtpSession::handleEhlo(const Reply &reply, bool helo)
{
    if (!reply.isPositive()) {
        // RFC 5321 §3.2: a server that does not know EHLO answers 500/502; fall back to HELO,
        // but never after STARTTLS, where it would mean losing what TLS negotiated.
        if (!helo && (reply.code == 500 || reply.code == 502) && !isEncrypted()) {
            sendCommand("HELO " + ehloName().toUtf8(), State::AwaitingHelo250);
            return;
        }
        fail(Error::fromReply(Stage::Ehlo, reply, QStringLiteral("the server refused %1").arg(helo ? u"HELO" : u"EHLO")));
        return;
    }
    if (helo) {
        m_capabilities = Capabilities();
        m_capabilities.serverName = QString::fromUtf8(reply.lines.value(0));
    } else {
        m_capabilities = Capabilities::fromEhloReply(reply);
    }
    afterEhlo();
}

void SmtpSession::afterEhlo()
{
    if (m_settings.tlsMode() == TlsMode::StartTls && !isEncrypted()) {
        m_capabilitiesBeforeTls = m_capabilities;
        if (!m_capabilities.startTls) {
            // TLS was asked for: never continue in plaintext (no silent downgrade).
            fail(makeError(Stage::Tls, ErrorCategory::TlsRequired,
                           QStringLiteral("%1 does not offer STARTTLS, and TLS is required, so nothing was sent in plaintext; "
                                          "use the server's TLS port (SMTP_PORT=465 or SMTP_TLS_MODE=implicit), "
                                          "or SMTP_TLS=false only for a trusted local server")
                               .arg(peer())));
            return;
        }
        sendCommand("STARTTLS", State::AwaitingStartTls220);
        return;
    }
    if (m_settings.hasCredentials()) {
        startAuth();
        return;
    }
    becomeReady();
}

void SmtpSession::startAuth()
{
    const bool loopback = m_socket->peerAddress().isLoopback();
    if (!isEncrypted() && !loopback && !m_settings.allowPlaintextAuth) {
        fail(makeError(Stage::Auth, ErrorCategory::AuthRefusedPlaintext,
                       QStringLiteral("refusing to send the password to %1 without TLS; enable TLS (SMTP_TLS=true), "
                                      "or set SMTP_ALLOW_PLAINTEXT_AUTH=true if you accept the risk")
                           .arg(peer())));
        return;
    }
    if (m_capabilities.authMechanisms.isEmpty()) {
        fail(makeError(Stage::Auth, ErrorCategory::AuthUnavailable,
                       isEncrypted() || m_settings.tlsMode() != TlsMode::None
                           ? QStringLiteral("%1 does not offer AUTH; leave SMTP_USER empty if it needs no login").arg(peer())
                           : QStringLiteral("%1 does not offer AUTH without TLS; enable TLS (SMTP_TLS=true)").arg(peer())));
        return;
    }
    m_mechanism = sasl::choose(m_capabilities.authMechanisms, m_settings.authMechanism);
    if (!m_mechanism) {
        const QString offered = m_capabilities.authMechanisms.join(u' ');
        fail(makeError(Stage::Auth, ErrorCategory::AuthUnavailable,
                       m_settings.authMechanism == AuthMechanism::Auto
                           ? QStringLiteral("the server offers only AUTH %1, none of which the console supports (PLAIN, LOGIN, CRAM-MD5)")
                                 .arg(offered)
                           : QStringLiteral("SMTP_AUTH_MECHANISM=%1 is not offered; the server offers %2")
                                 .arg(mechanismName(m_settings.authMechanism), offered)));
        return;
    }
    m_authStep = 0;
    switch (*m_mechanism) {
    case AuthMechanism::Plain:
        sendRedacted("AUTH PLAIN " + sasl::plainInitialResponse(m_settings.username, m_settings.password),
                     "AUTH PLAIN <redacted: credentials>", State::AwaitingAuth235);
        return;
    case AuthMechanism::Login:
        sendCommand("AUTH LOGIN", State::AwaitingAuthContinue334);
        return;
    case AuthMechanism::CramMd5:
        sendCommand("AUTH CRAM-MD5", State::AwaitingAuthContinue334);
        return;
    case AuthMechanism::Auto:
        break;
    }
}

void SmtpSession::handleAuth(const Reply &reply)
{
    if (reply.code == 235) {
        becomeReady();
        return;
    }
    if (reply.code == 334 && m_mechanism) {
        ++m_authStep;
        if (*m_mechanism == AuthMechanism::Login && m_authStep == 1) {
            sendRedacted(sasl::loginResponse(m_settings.username), "<redacted: user name>", State::AwaitingAuthContinue334);
            return;
        }
        if (*m_mechanism == AuthMechanism::Login && m_authStep == 2) {
            sendRedacted(sasl::loginResponse(m_settings.password), "<redacted: password>", State::AwaitingAuth235);
            return;
        }
        if (*m_mechanism == AuthMechanism::CramMd5 && m_authStep == 1) {
            sendRedacted(sasl::cramMd5Response(m_settings.username, m_settings.password, reply.lines.value(0)),
                         "<redacted: CRAM-MD5 response>", State::AwaitingAuth235);
            return;
        }
        fail(makeError(Stage::Auth, ErrorCategory::Protocol,
                       QStringLiteral("the server asked for more AUTH %1 steps than the mechanism has").arg(mechanismName(*m_mechanism))));
        return;
    }
    QString message;
    ErrorCategory category = reply.isTransient() ? ErrorCategory::TemporaryFailure : ErrorCategory::AuthFailed;
    switch (reply.code) {
    case 535:
        message = QStringLiteral("the server rejected the user name or password (SMTP_USER / SMTP_PASS)");
        break;
    case 534:
        message = QStringLiteral("the server wants a different sign-in: an app-specific password, or a login through its web page first");
        break;
    case 530:
        message = QStringLiteral("the server requires another step (usually TLS) before AUTH");
        break;
    case 538:
        message = QStringLiteral("the server requires encryption for this AUTH mechanism");
        break;
    case 504:
        message = QStringLiteral("the server does not support AUTH %1 after all; force another with SMTP_AUTH_MECHANISM")
                      .arg(mechanismName(m_mechanism.value_or(AuthMechanism::Auto)));
        category = ErrorCategory::AuthUnavailable;
        break;
    case 454:
        message = QStringLiteral("temporary authentication failure on the server; try again later");
        break;
    default:
        message = QStringLiteral("authentication failed");
        break;
    }
    Error error = Error::fromReply(Stage::Auth, reply, message);
    error.category = category;
    fail(error);
}

void SmtpSession::becomeReady()
{
    setState(State::Ready);
    m_timer.stop();
    if (!m_ready) {
        m_ready = true;
        record(Direction::Info, QByteArrayLiteral("ready to send"));
        const QPointer<SmtpSession> self(this);
        Q_EMIT ready();
        if (!self)
            return;
    }
    startNextJob();
}

// ---------------------------------------------------------------------------------------
// Messages

void SmtpSession::startNextJob()
{
    if (m_finished || m_state != State::Ready || m_job)
        return;
    while (!m_queue.empty() && !m_queue.front())
        m_queue.pop_front();
    if (m_queue.empty()) {
        if (m_quitRequested)
            sendQuit();
        return;
    }
    m_job = m_queue.front();
    m_queue.pop_front();
    SendJob *job = m_job;
    job->m_started = true;
    const Envelope &envelope = job->m_envelope;

    // Refuse locally what the server would refuse later, before a single command.
    if (envelope.recipients.isEmpty()) {
        finishJob(makeError(Stage::Recipient, ErrorCategory::Config, QStringLiteral("the message has no recipients")));
        return;
    }
    QStringList all = envelope.recipients;
    all.prepend(envelope.from);
    for (const QString &address : std::as_const(all)) {
        if (!isSafeEnvelopeAddress(address)) {
            finishJob(makeError(address == envelope.from ? Stage::Sender : Stage::Recipient, ErrorCategory::Config,
                                QStringLiteral("the address \"%1\" contains a space, a line break or angle brackets")
                                    .arg(address.simplified())));
            return;
        }
    }
    const bool needsUtf8 = !std::all_of(all.cbegin(), all.cend(), isAscii);
    if (needsUtf8 && !m_capabilities.smtpUtf8) {
        finishJob(makeError(Stage::Sender, ErrorCategory::Unsupported,
                            QStringLiteral("an address has non-ASCII characters, which needs SMTPUTF8 (RFC 6531), "
                                           "and %1 does not offer it; use an ASCII address")
                                .arg(peer())));
        return;
    }
    if (job->m_factory) {
        Content content = job->m_factory(m_capabilities);
        if (!content.device) {
            finishJob(makeError(Stage::Sender, ErrorCategory::Config,
                                QStringLiteral("the message cannot be built: %1").arg(content.error)));
            return;
        }
        job->m_envelope.eightBit = content.eightBit;
        job->setContent(std::move(content.device));
    }
    if (envelope.eightBit && !m_capabilities.eightBitMime && !needsUtf8) {
        finishJob(makeError(Stage::Sender, ErrorCategory::Unsupported,
                            QStringLiteral("the message has 8-bit content and %1 does not offer 8BITMIME; "
                                           "encode it as quoted-printable or base64")
                                .arg(peer())));
        return;
    }
    if (m_capabilities.maxSize > 0 && job->m_size > m_capabilities.maxSize) {
        finishJob(makeError(Stage::Sender, ErrorCategory::MessageTooLarge,
                            QStringLiteral("the message is %1 bytes and %2 accepts at most %3 bytes (SIZE)")
                                .arg(job->m_size)
                                .arg(peer())
                                .arg(m_capabilities.maxSize)));
        return;
    }
    if (!job->m_content || !job->m_content->isReadable()) {
        finishJob(makeError(Stage::Data, ErrorCategory::Config, QStringLiteral("the message content cannot be read")));
        return;
    }

    QByteArray mailFrom = "MAIL FROM:<" + envelope.from.toUtf8() + '>';
    if (m_capabilities.sizeAdvertised && job->m_size > 0)
        mailFrom += " SIZE=" + QByteArray::number(job->m_size);
    if (envelope.eightBit && m_capabilities.eightBitMime)
        mailFrom += " BODY=8BITMIME";
    if (needsUtf8)
        mailFrom += " SMTPUTF8";

    job->m_recipients.clear();
    for (const QString &recipient : envelope.recipients)
        job->m_recipients.append({recipient, Reply()});

    if (m_capabilities.pipelining) {
        // RFC 2920: MAIL, every RCPT and DATA in one write; replies come back in order.
        QByteArray batch;
        record(Direction::Client, mailFrom);
        batch += mailFrom + "\r\n";
        m_expected.push_back({State::AwaitingMailFrom250});
        for (int i = 0; i < envelope.recipients.size(); ++i) {
            const QByteArray rcpt = "RCPT TO:<" + envelope.recipients.at(i).toUtf8() + '>';
            record(Direction::Client, rcpt);
            batch += rcpt + "\r\n";
            m_expected.push_back({State::AwaitingRcptTo250, i});
        }
        if (!job->m_probeOnly) {
            record(Direction::Client, "DATA");
            batch += "DATA\r\n";
            m_expected.push_back({State::AwaitingData354});
        }
        m_socket->write(batch);
        setState(m_expected.front().state);
        restartTimer();
    } else {
        sendCommand(mailFrom, State::AwaitingMailFrom250);
    }
}

void SmtpSession::handleJobReply(const Expected &expected, const Reply &reply)
{
    SendJob *job = m_job;
    const bool pipelined = m_capabilities.pipelining;
    if (!job && !pipelined && expected.state != State::AwaitingDataEnd250) {
        // The caller deleted the job between two commands: end the transaction cleanly.
        resetTransaction();
        return;
    }
    auto acceptedCount = [job]() {
        return job ? std::count_if(job->m_recipients.cbegin(), job->m_recipients.cend(),
                                   [](const SendJob::RecipientResult &r) { return r.accepted(); })
                   : 0;
    };

    switch (expected.state) {
    case State::AwaitingMailFrom250:
        if (!reply.isPositive()) {
            if (job)
                job->m_error = Error::fromReply(Stage::Sender, reply, QStringLiteral("the server refused the sender address"));
            if (!pipelined)
                resetTransaction();
            return; // pipelined: the RCPT and DATA replies are still to come
        }
        if (!pipelined && job)
            sendCommand("RCPT TO:<" + job->m_envelope.recipients.first().toUtf8() + '>', State::AwaitingRcptTo250, 0);
        return;

    case State::AwaitingRcptTo250:
        if (job && expected.index < job->m_recipients.size())
            job->m_recipients[expected.index].reply = reply;
        if (job && job->m_probeOnly && expected.index + 1 == job->m_envelope.recipients.size()) {
            // A probe ends here: the answer is in the replies; RSET leaves nothing behind.
            if (!job->m_error.isError() && acceptedCount() == 0)
                job->m_error = Error::fromReply(Stage::Recipient, reply, QStringLiteral("the server refused every recipient"));
            resetTransaction();
            return;
        }
        if (pipelined)
            return;
        if (job && expected.index + 1 < job->m_envelope.recipients.size()) {
            const int next = expected.index + 1;
            sendCommand("RCPT TO:<" + job->m_envelope.recipients.at(next).toUtf8() + '>', State::AwaitingRcptTo250, next);
            return;
        }
        if (acceptedCount() == 0) {
            if (job && !job->m_error.isError())
                job->m_error = Error::fromReply(Stage::Recipient, reply, QStringLiteral("the server refused every recipient"));
            resetTransaction();
            return;
        }
        sendCommand("DATA", State::AwaitingData354);
        return;

    case State::AwaitingData354:
        if (reply.code == 354) {
            if (!job || job->m_error.isError() || acceptedCount() == 0) {
                // RFC 2920 §3.1: DATA was accepted although nothing can be sent; end it empty.
                if (job && !job->m_error.isError())
                    job->m_error = Error::fromReply(Stage::Recipient, job->m_recipients.value(0).reply,
                                                    QStringLiteral("the server refused every recipient"));
                record(Direction::Client, ".");
                m_socket->write(".\r\n");
                expect(State::AwaitingDataEnd250);
                return;
            }
            startData();
            return;
        }
        if (job && !job->m_error.isError()) {
            if (acceptedCount() == 0)
                job->m_error = Error::fromReply(Stage::Recipient, job->m_recipients.value(0).reply,
                                                QStringLiteral("the server refused every recipient"));
            else
                job->m_error = Error::fromReply(Stage::Data, reply, QStringLiteral("the server refused DATA"));
        }
        resetTransaction();
        return;

    case State::AwaitingDataEnd250:
        if (job) {
            job->m_dataReply = reply;
            if (!job->m_error.isError() && !reply.isPositive())
                job->m_error = Error::fromReply(Stage::Data, reply, QStringLiteral("the server refused the message"));
        }
        setState(State::Ready);
        finishJob(job ? job->m_error : Error());
        return;

    default:
        return;
    }
}

void SmtpSession::startData()
{
    setState(State::SendingData);
    m_encoder.reset();
    m_dataFinished = false;
    restartTimer();
    pumpData();
}

void SmtpSession::pumpData()
{
    SendJob *job = m_job;
    if (!job) {
        // The job was deleted mid-transfer: SMTP cannot take back half a message.
        fail(makeError(Stage::Data, ErrorCategory::Cancelled, QStringLiteral("the message was cancelled during DATA")));
        return;
    }
    QIODevice *content = job->m_content.get();
    QByteArray chunk(ChunkSize, Qt::Uninitialized);
    QByteArray out;
    while (!m_dataFinished && m_socket->bytesToWrite() < HighWater) {
        const qint64 n = content->read(chunk.data(), ChunkSize);
        if (n < 0 || (n == 0 && !content->isSequential() && content->pos() < content->size())) {
            // Never end DATA on a short message: abort, so the server discards it.
            fail(makeError(Stage::Data, ErrorCategory::Config,
                           QStringLiteral("reading the message failed after %1 bytes: %2")
                               .arg(job->m_bytesSent)
                               .arg(content->errorString())));
            return;
        }
        if (n == 0) {
            if (content->isSequential() && !content->atEnd()) {
                // A stream that has nothing yet: continue when it has.
                connect(content, &QIODevice::readyRead, this, &SmtpSession::pumpData, Qt::SingleShotConnection);
                return;
            }
            out.clear();
            m_encoder.finish(out);
            m_socket->write(out);
            m_dataFinished = true;
            record(Direction::Client, QStringLiteral("<%1 bytes of message data>").arg(job->m_bytesSent).toUtf8());
            record(Direction::Client, ".");
            expect(State::AwaitingDataEnd250);
            return;
        }
        out.clear();
        m_encoder.encode(QByteArrayView(chunk.constData(), n), out);
        m_socket->write(out);
        job->m_bytesSent += n;
        Q_EMIT job->progress(job->m_bytesSent, job->m_size);
    }
}

void SmtpSession::resetTransaction()
{
    sendCommand("RSET", State::AwaitingRset250);
    // The job's outcome is known; it finishes now, the next one starts after RSET.
    SendJob *job = m_job;
    m_job = nullptr;
    if (job) {
        job->m_finished = true;
        Q_EMIT job->finished();
    }
}

void SmtpSession::finishJob(const Error &error)
{
    SendJob *job = m_job;
    m_job = nullptr;
    if (job) {
        job->m_error = error;
        job->m_finished = true;
        const QPointer<SmtpSession> self(this);
        Q_EMIT job->finished();
        if (!self)
            return;
    }
    if (m_state == State::Ready)
        startNextJob();
}

void SmtpSession::forgetJob(SendJob *job)
{
    if (m_job == job && !m_finished) {
        // Aborting is the only way to stop a message in transfer; do it after the job's
        // destructor has run.
        QTimer::singleShot(0, this, [this]() {
            if (!m_finished && m_state == State::SendingData)
                fail(makeError(Stage::Data, ErrorCategory::Cancelled, QStringLiteral("the message was cancelled during DATA")));
        });
    }
}

void SmtpSession::sendQuit()
{
    sendCommand("QUIT", State::AwaitingQuit221);
}

// ---------------------------------------------------------------------------------------
// The end

void SmtpSession::fail(Error error)
{
    if (m_finished)
        return;
    record(Direction::Info, QString(QStringLiteral("error: ") + error.toString()).toUtf8());
    m_error = std::move(error);
    m_timer.stop();
    m_expected.clear();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    // Every message not yet done ends with the session's error.
    std::deque<QPointer<SendJob>> pending;
    if (m_job)
        pending.push_back(m_job);
    m_job = nullptr;
    for (const QPointer<SendJob> &job : m_queue)
        pending.push_back(job);
    m_queue.clear();
    for (const QPointer<SendJob> &job : pending) {
        if (job && !job->m_finished) {
            if (!job->m_error.isError())
                job->m_error = m_error;
            job->m_finished = true;
            Q_EMIT job->finished();
        }
    }
    finishSession();
}

void SmtpSession::finishSession()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    setState(State::Closed);
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState) {
        m_socket->disconnect(this);
        m_socket->disconnectFromHost();
    }
    Q_EMIT finished();
}

} // namespace selfmx::smtp
