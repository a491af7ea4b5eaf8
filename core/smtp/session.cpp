// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "session.h"

#include "certificatecheck.h"
#include "logging.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QMetaEnum>
#include <QMutex>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QSysInfo>

#ifdef Q_OS_LINUX
#include <linux/sockios.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#endif

namespace selfmx::smtp {

namespace {

// Data is read and encoded in chunks of this size, and more is queued only while the
// socket holds less than HighWater unsent bytes, counting what QSslSocket has encrypted but
// not yet written: memory stays flat for any message size, with or without TLS.
constexpr qint64 ChunkSize = 64 * 1024;
constexpr qint64 HighWater = 256 * 1024;

// Linux delays an ACK up to 40 ms; after the TLS handshake Postfix sends a session ticket and
// then the EHLO reply (or, on 465, the greeting), and its Nagle holds the reply until the
// ticket is acknowledged: 40 ms lost per connection. TCP_QUICKACK turns delayed ACKs off,
// but only until the kernel's next decision, so it is re-armed after each write and read.
// Measured with a packet capture in bench/NOTES.md.
void acknowledgePromptly(QAbstractSocket *socket)
{
#ifdef Q_OS_LINUX
    const qintptr fd = socket ? socket->socketDescriptor() : -1;
    if (fd < 0)
        return;
    // After the bytes have really left: sending data soon after receiving puts the kernel in
    // "ping-pong" mode, which delays ACKs again, so the option must come after the send().
    socket->flush();
    const int on = 1;
    ::setsockopt(int(fd), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#else
    Q_UNUSED(socket)
#endif
}

// Bytes written to the connection that the peer has not acknowledged yet (Linux:
// SIOCOUTQ); -1 where that cannot be known.
qint64 unacknowledgedBytes(QAbstractSocket *socket)
{
#ifdef Q_OS_LINUX
    const qintptr fd = socket ? socket->socketDescriptor() : -1;
    int pending = 0;
    if (fd >= 0 && ::ioctl(int(fd), SIOCOUTQ, &pending) == 0)
        return pending;
#else
    Q_UNUSED(socket)
#endif
    return -1;
}

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

template<typename Enum>
QString enumKey(Enum value)
{
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(int(value)));
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
    return succeeded() && std::any_of(m_recipients.cbegin(), m_recipients.cend(), [](const RecipientResult &r) { return !r.accepted(); });
}

int SendJob::acceptedCount() const
{
    return int(std::count_if(m_recipients.cbegin(), m_recipients.cend(), [](const RecipientResult &r) { return r.accepted(); }));
}

void SendJob::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    qCDebug(lcSmtp) << "transaction" << status;
    Q_EMIT statusChanged(status);
}

Stage SendJob::stageOf(Status status)
{
    switch (status) {
    case Status::Queued:
    case Status::AwaitingMailFrom250:
    case Status::AwaitingRset250:
    case Status::Done: return Stage::Sender;
    case Status::AwaitingRcptTo250: return Stage::Recipient;
    case Status::AwaitingData354:
    case Status::SendingData:
    case Status::AwaitingDataEnd250: return Stage::Data;
    }
    return Stage::None;
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
    for (const QPointer<SendJob> &job : m_closing) {
        if (job)
            job->m_session = nullptr;
    }
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
    case State::InTransaction: return Stage::Sender;
    case State::AwaitingQuit221:
    case State::Closed: return Stage::Quit;
    }
    return Stage::None;
}

Stage SmtpSession::stage() const
{
    if (m_state == State::InTransaction)
        return SendJob::stageOf(m_transactionStatus);
    return stageOf(m_state);
}

Stage SmtpSession::stageOf(const Expected &expected) const
{
    return expected.isTransaction() ? SendJob::stageOf(expected.status) : stageOf(expected.state);
}

std::optional<AuthMechanism> SmtpSession::usedMechanism() const
{
    return m_auth ? m_auth->mechanism() : std::nullopt;
}

namespace {

// SMTP_TLS_CA_FILE parsed once per process and file version: the window's Test button and
// the relay's connections read the same file again and again.
QList<QSslCertificate> caCertificatesFrom(const QString &path)
{
    struct Cached {
        QDateTime modified;
        QDateTime changed;
        qint64 size = -1;
        QList<QSslCertificate> certificates;
    };
    static QMutex mutex;
    static QHash<QString, Cached> cache;
    // A file replaced in place changes its inode's change time even when the size and the
    // modification time are kept (cp -p, tar): that counts as a new version too.
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return {};
    const QMutexLocker locker(&mutex);
    Cached &entry = cache[info.absoluteFilePath()];
    if (entry.size != info.size() || entry.modified != info.lastModified() || entry.changed != info.metadataChangeTime()
        || entry.certificates.isEmpty()) {
        QFile file(path);
        entry.certificates = file.open(QIODevice::ReadOnly) ? QSslCertificate::fromDevice(&file, QSsl::Pem) : QList<QSslCertificate>();
        entry.size = info.size();
        entry.modified = info.lastModified();
        entry.changed = info.metadataChangeTime();
    }
    return entry.certificates;
}

} // namespace

Error SmtpSession::loadCaFile(const QString &path, QList<QSslCertificate> *certificates)
{
    QList<QSslCertificate> loaded = caCertificatesFrom(path);
    if (loaded.isEmpty())
        return Error::make(Stage::Tls, ErrorCategory::Config, QStringLiteral("tls.ca_file_unreadable"),
                           QStringLiteral("no PEM certificate in the CA file"),
                           {{QStringLiteral("key"), QStringLiteral("SMTP_TLS_CA_FILE")}, {QStringLiteral("path"), path}});
    if (certificates)
        *certificates = std::move(loaded);
    return {};
}

Error SmtpSession::checkSettings(const Settings &settings, QList<QSslCertificate> *extraCaCertificates)
{
    if (!settings.caFile.isEmpty()) {
        Error error = loadCaFile(settings.caFile, extraCaCertificates);
        if (error.isError())
            return error;
    }
    if (settings.host.isEmpty())
        return Error::make(Stage::Resolve, ErrorCategory::Config, QStringLiteral("resolve.host_missing"), QStringLiteral("no host"),
                           {{QStringLiteral("key"), QStringLiteral("SMTP_HOST")}});
    return {};
}

void SmtpSession::open()
{
    if (m_opened)
        return;
    m_opened = true;
    m_transcript.start();

    // Settings problems that only show when we act on them are reported like any failure,
    // but never synchronously: callers connect to finished() after open().
    const Error settingsError = checkSettings(m_settings, &m_extraCaCertificates);
    if (settingsError.isError()) {
        QTimer::singleShot(0, this, [this, settingsError]() { fail(settingsError); });
        return;
    }

    m_socket = new QSslSocket(this);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // SMTP_TLS_CA_FILE is not added here: addCaCertificates() would turn off the on-demand
    // lookup of the system roots (a public certificate would then fail). The extra CA
    // answers trust errors in onSslErrors() instead.
    m_socket->setSslConfiguration(tls);
    // Verify against the name the user typed, also when it is an IP address.
    m_socket->setPeerVerifyName(m_settings.tlsName()); // also the SNI name STARTTLS sends
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);

    connect(m_socket, &QSslSocket::connected, this, &SmtpSession::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpSession::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpSession::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpSession::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &SmtpSession::onDisconnected);
    connect(m_socket, &QSslSocket::sslErrors, this, &SmtpSession::onSslErrors);
    // Back-pressure for DATA: plaintext leaves through bytesWritten, TLS records through
    // encryptedBytesWritten (QSslSocket buffers what it has encrypted).
    connect(m_socket, &QSslSocket::bytesWritten, this, &SmtpSession::onBytesWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &SmtpSession::onBytesWritten);

    record(Direction::Info,
           QStringLiteral("connecting to %1 (TLS mode %2, verification %3)")
               .arg(peer(), tlsModeName(m_settings.tlsMode()), m_settings.verifyPeer ? QStringLiteral("on") : QStringLiteral("OFF"))
               .toUtf8());
    setState(State::Connecting);
    restartTimer();
    // Deferred so that open() never completes, or fails, before the caller has connected.
    QTimer::singleShot(0, this, [this]() {
        if (m_finished)
            return;
        if (m_settings.tlsMode() == TlsMode::Implicit)
            m_socket->connectToHostEncrypted(m_settings.connectHost(), m_settings.port, m_settings.tlsName());
        else
            m_socket->connectToHost(m_settings.connectHost(), m_settings.port);
    });
}

SendJob *SmtpSession::send(const Envelope &envelope, std::unique_ptr<QIODevice> content)
{
    auto *job = new SendJob(this, envelope, std::move(content));
    // Also while fail() is finishing the jobs: a job's finished() handler that sends again
    // must not land in a queue nobody will run.
    if (m_finished || m_failing || m_quitRequested) {
        job->m_error = located((m_finished || m_failing) && m_error.isError()
                                   ? m_error
                                   : Error::make(Stage::Sender, ErrorCategory::Cancelled, QStringLiteral("session.not_accepting"),
                                                 QStringLiteral("send() after quit() or the end of the session")));
        job->m_finished = true;
        job->m_status = SendJob::Status::Done;
        QTimer::singleShot(0, job, &SendJob::finished);
        return job;
    }
    m_queue.push_back(job);
    if (m_state == State::Ready)
        QTimer::singleShot(0, this, &SmtpSession::startNextTransaction);
    else if (m_capabilities.pipelining && m_transactionActive)
        QTimer::singleShot(0, this, &SmtpSession::pipelineNext); // its dot may have left already
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
    Envelope withEightBit = envelope;
    withEightBit.eightBit = envelope.eightBit || std::any_of(content.cbegin(), content.cend(), [](char c) { return (c & 0x80) != 0; });
    return send(withEightBit, std::unique_ptr<QIODevice>(buffer.release()));
}

void SmtpSession::quit()
{
    if (m_quitRequested || m_finished)
        return;
    m_quitRequested = true;
    // Before the session is ready: remembered, and QUIT follows the queued messages
    // (startNextTransaction), as it does when messages are still queued or in transfer.
    if (m_state == State::Ready && m_queue.empty())
        sendQuit();
}

void SmtpSession::abort()
{
    if (m_finished)
        return;
    fail(Error::make(stage(), ErrorCategory::Cancelled, QStringLiteral("session.cancelled"), QStringLiteral("aborted")));
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
    updateStage();
}

void SmtpSession::setTransactionStatus(SendJob::Status status)
{
    m_transactionStatus = status;
    if (m_job)
        m_job->setStatus(status);
    updateStage();
}

// What the first reply in the queue belongs to becomes the current state or status.
void SmtpSession::setAwaiting(const Expected &expected)
{
    if (expected.status == SendJob::Status::AwaitingDataEnd250 && !m_closing.empty()) {
        // A finished transaction's reply is next; the one in progress (if any) keeps its
        // job's status.
        setState(State::InTransaction);
        m_transactionStatus = expected.status;
        updateStage();
        return;
    }
    if (expected.isTransaction()) {
        setState(State::InTransaction);
        setTransactionStatus(expected.status);
    } else {
        setState(expected.state);
    }
}

void SmtpSession::updateStage()
{
    const Stage now = stage();
    if (now == m_stage)
        return;
    m_stage = now;
    Q_EMIT stageChanged(now);
}

QString SmtpSession::awaitingName() const
{
    return m_state == State::InTransaction ? enumKey(m_transactionStatus) : enumKey(m_state);
}

void SmtpSession::restartTimer()
{
    if (!m_finished)
        m_timer.start(m_settings.timeout);
}

void SmtpSession::record(Direction direction, const QByteArray &line)
{
    if (!m_transcriptKept) {
        qCDebug(lcSmtp).noquote() << TranscriptEntry{direction, 0, isEncrypted(), line}.toString();
        return;
    }
    const TranscriptEntry entry = m_transcript.append(direction, isEncrypted(), line);
    qCDebug(lcSmtp).noquote() << entry.toString();
    Q_EMIT transcriptEntryAdded(entry);
}

void SmtpSession::expect(const Expected &expected)
{
    m_expected.push_back(expected);
    if (m_expected.size() == 1)
        setAwaiting(expected);
    restartTimer();
}

void SmtpSession::sendCommand(const QByteArray &command, const Expected &expected)
{
    record(Direction::Client, command);
    m_socket->write(command + "\r\n");
    acknowledgeWhileOpening();
    expect(expected);
}

// For AUTH: the server gets the secret, the transcript and logs only `shown`.
void SmtpSession::sendRedacted(const QByteArray &command, const QByteArray &shown, const Expected &expected)
{
    record(Direction::Client, shown);
    m_socket->write(command + "\r\n");
    acknowledgeWhileOpening();
    expect(expected);
}

// The stalls acknowledgePromptly() prevents are in the opening (greeting, TLS, EHLO, AUTH).
// Once the session is ready, its transactions leave it to the kernel: a relay connection
// carrying thousands of messages would pay a flush and a setsockopt per read and write.
void SmtpSession::acknowledgeWhileOpening()
{
    if (!m_ready)
        acknowledgePromptly(m_socket);
}

// Every error names the server it happened with, so a front end can say so.
Error SmtpSession::located(Error error) const
{
    if (!error.parameters.contains(QStringLiteral("host")))
        error.parameters.insert(QStringLiteral("host"), m_settings.host);
    if (!error.parameters.contains(QStringLiteral("port")))
        error.parameters.insert(QStringLiteral("port"), m_settings.port);
    return error;
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
    QString hostName = QSysInfo::machineHostName();
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
    acknowledgeWhileOpening();
    record(Direction::Info, QStringLiteral("connected to %1").arg(m_socket->peerAddress().toString()).toUtf8());
    if (m_settings.tlsMode() == TlsMode::Implicit) {
        setState(State::AwaitingTlsHandshake);
        restartTimer();
    } else {
        expect(Expected::connection(State::AwaitingGreeting220));
    }
}

void SmtpSession::onEncrypted()
{
    // The handshake's last flight just left; what follows it is the ticket + reply stall.
    acknowledgeWhileOpening();
    m_encrypted = true;
    m_cipher = m_socket->sessionCipher();
    m_peerChain = m_socket->peerCertificateChain();
    record(Direction::Info, QStringLiteral("TLS established: %1, %2").arg(m_cipher.protocolString(), m_cipher.name()).toUtf8());
    const QSslCertificate leaf = m_peerChain.value(0);
    const QByteArray leafSha256 = leaf.digest(QCryptographicHash::Sha256).toHex();
    const bool pinMatched = !m_settings.pinnedSha256.isEmpty() && leafSha256 == m_settings.pinnedSha256;
    if (!m_settings.pinnedSha256.isEmpty() && !pinMatched) {
        // SMTP_TLS_PIN_SHA256 accepts exactly one certificate: another one fails, even when a
        // CA vouches for it (a renewal, or someone in between with a publicly trusted one).
        failPinMismatch(leafSha256);
        return;
    }
    if (m_settings.verifyPeer && !pinMatched && !certificateMatchesHost(leaf, m_settings.host)) {
        // Qt accepted the name through the CN; RFC 6125 does not (see certificatecheck.h).
        // Nothing has been sent over this connection yet.
        const QSslError mismatch(QSslError::HostNameMismatch, leaf);
        const QStringList reasons = {mismatch.errorString()};
        Error error = Error::make(Stage::Tls, ErrorCategory::TlsVerification, QStringLiteral("tls.certificate_unverified"),
                                  QStringLiteral("the certificate of %1 was not verified: %2").arg(peer(), reasons.first()),
                                  {{QStringLiteral("reasons"), reasons}, {QStringLiteral("key"), QStringLiteral("SMTP_HOST")}});
        error.sslErrors = {mismatch};
        fail(error);
        return;
    }
    const bool pinned = m_acceptedByPin;
    for (const QSslError &error : std::as_const(m_ignoredSslErrors))
        record(Direction::Info, QStringLiteral("WARNING: accepted certificate error (%1): %2")
                                    .arg(pinned ? QStringLiteral("pinned by SMTP_TLS_PIN_SHA256") : QStringLiteral("SMTP_TLS_VERIFY=false"),
                                         error.errorString())
                                    .toUtf8());
    if (m_state == State::AwaitingTlsHandshake) {
        expect(Expected::connection(State::AwaitingGreeting220));
    } else if (m_state == State::AwaitingStartTlsHandshake) {
        // RFC 3207 §4.2: forget everything learnt before TLS and ask again.
        m_capabilities = Capabilities();
        sendCommand("EHLO " + ehloName().toUtf8(), Expected::connection(State::AwaitingEhlo250));
    }
}

void SmtpSession::failPinMismatch(const QByteArray &leafSha256)
{
    // Nothing has been sent over this connection yet.
    Error error =
        Error::make(Stage::Tls, ErrorCategory::TlsVerification, QStringLiteral("tls.pin_mismatch"),
                    QStringLiteral("the certificate of %1 is not the pinned one (SHA-256 %2)").arg(peer(), QString::fromLatin1(leafSha256)),
                    {{QStringLiteral("fingerprint"), QString::fromLatin1(leafSha256)},
                     {QStringLiteral("pinned"), QString::fromLatin1(m_settings.pinnedSha256)},
                     {QStringLiteral("key"), QStringLiteral("SMTP_TLS_PIN_SHA256")}});
    error.sslErrors = m_sslErrors;
    fail(error);
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
        m_acceptedByPin = true;
        m_socket->ignoreSslErrors(errors);
        return;
    }
    if (m_settings.verifyPeer && !m_extraCaCertificates.isEmpty()) {
        // SMTP_TLS_CA_FILE: errors that only say "no trusted issuer" are answered by the
        // extra CA when the chain verifies against it; any other error still fails.
        QList<QSslError> trust;
        QList<QSslError> other;
        for (const QSslError &error : errors)
            (isTrustError(error) ? trust : other).append(error);
        // A check that cannot run (no libcrypto) verifies nothing: the errors stay, and the
        // failure says why the CA file was not used.
        if (!trust.isEmpty() && chainVerifiesWith(m_peerChain, m_extraCaCertificates, &m_caFileCheckError)) {
            m_trustedByCaFile = true;
            m_socket->ignoreSslErrors(trust);
            m_sslErrors = other;
        }
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
    // No restartTimer() here: SMTP_TIMEOUT bounds a whole reply, so a server that trickles
    // one byte at a time cannot hold the session open. The timer restarts when a reply is
    // complete and another is awaited (handleReply), and on DATA progress (onBytesWritten).
    m_parser.feed(m_socket->readAll());
    acknowledgeWhileOpening();
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
            fail(Error::make(stage(), ErrorCategory::Protocol, QStringLiteral("session.protocol_error"),
                             QStringLiteral("not an SMTP reply"), {}, m_parser.errorString()));
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
        fail(Error::make(Stage::Resolve, ErrorCategory::HostNotFound, QStringLiteral("resolve.not_found"),
                         QStringLiteral("the host name %1 does not resolve").arg(m_settings.host),
                         {{QStringLiteral("key"), QStringLiteral("SMTP_HOST")}}, detail));
        return;
    case QAbstractSocket::ConnectionRefusedError:
        fail(Error::make(Stage::Connect, ErrorCategory::ConnectionRefused, QStringLiteral("connect.refused"),
                         QStringLiteral("%1 refused the connection").arg(peer()), {{QStringLiteral("key"), QStringLiteral("SMTP_PORT")}},
                         detail));
        return;
    case QAbstractSocket::SslHandshakeFailedError: {
        if (!m_settings.pinnedSha256.isEmpty() && !m_peerChain.isEmpty()) {
            // The chain did not verify and the pin did not match either (onSslErrors): the pin
            // is what the user chose to trust, so that is what failed.
            failPinMismatch(m_peerChain.first().digest(QCryptographicHash::Sha256).toHex());
            return;
        }
        if (!m_sslErrors.isEmpty() && m_settings.verifyPeer) {
            QStringList reasons;
            for (const QSslError &sslError : std::as_const(m_sslErrors))
                reasons.append(sslError.errorString());
            if (!m_caFileCheckError.isEmpty())
                reasons.append(QStringLiteral("SMTP_TLS_CA_FILE not checked: ") + m_caFileCheckError);
            Error error =
                Error::make(Stage::Tls, ErrorCategory::TlsVerification, QStringLiteral("tls.certificate_unverified"),
                            QStringLiteral("the certificate of %1 was not verified: %2").arg(peer(), reasons.join(QStringLiteral("; "))),
                            {{QStringLiteral("reasons"), reasons}, {QStringLiteral("key"), QStringLiteral("SMTP_TLS_CA_FILE")}}, detail);
            error.sslErrors = m_sslErrors;
            fail(error);
            return;
        }
        fail(Error::make(Stage::Tls, ErrorCategory::TlsHandshake, QStringLiteral("tls.handshake_failed"),
                         QStringLiteral("the TLS handshake with %1 failed").arg(peer()), {}, detail));
        return;
    }
    case QAbstractSocket::RemoteHostClosedError: onDisconnected(); return;
    default: break;
    }
    if (m_state == State::Connecting)
        fail(Error::make(Stage::Connect, ErrorCategory::Network, QStringLiteral("connect.failed"),
                         QStringLiteral("no connection to %1").arg(peer()), {}, detail));
    else
        fail(Error::make(stage(), ErrorCategory::Network, QStringLiteral("session.network_error"),
                         QStringLiteral("network error talking to %1").arg(peer()), {}, detail));
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
    fail(Error::make(stage(), ErrorCategory::Network, QStringLiteral("session.closed_by_server"),
                     QStringLiteral("closed by the server while ") + awaitingName(), {{QStringLiteral("waitingFor"), awaitingName()}}));
}

void SmtpSession::onTimeout()
{
    if (m_finished)
        return;
    if (m_state == State::InTransaction && m_transactionStatus == SendJob::Status::AwaitingDataEnd250) {
        // The message's last bytes left this process, but the kernel may still hold
        // megabytes of it for a slow link: while the peer keeps acknowledging them, that is
        // progress and the wait for the reply starts again (SMTP_TIMEOUT bounds a stall).
        const qint64 pending = unacknowledgedBytes(m_socket);
        if (pending > 0 && (m_unacknowledgedAtTimeout < 0 || pending < m_unacknowledgedAtTimeout)) {
            m_unacknowledgedAtTimeout = pending;
            restartTimer();
            return;
        }
    }
    const qint64 seconds = std::chrono::duration_cast<std::chrono::seconds>(m_settings.timeout).count();
    switch (m_state) {
    case State::Connecting:
        fail(Error::make(Stage::Connect, ErrorCategory::Timeout, QStringLiteral("connect.timeout"),
                         QStringLiteral("no TCP connection to %1 within %2 s").arg(peer()).arg(seconds),
                         {{QStringLiteral("seconds"), seconds}}));
        return;
    case State::AwaitingGreeting220:
        // A server that expects implicit TLS waits silently for a handshake.
        fail(Error::make(Stage::Greeting, ErrorCategory::Timeout, QStringLiteral("greeting.timeout"),
                         QStringLiteral("connected, but %1 sent no greeting within %2 s").arg(peer()).arg(seconds),
                         {{QStringLiteral("seconds"), seconds}, {QStringLiteral("key"), QStringLiteral("SMTP_TLS_MODE")}}));
        return;
    default:
        fail(Error::make(stage(), ErrorCategory::Timeout, QStringLiteral("session.timeout"),
                         QStringLiteral("no reply from %1 within %2 s while %3").arg(peer()).arg(seconds).arg(awaitingName()),
                         {{QStringLiteral("seconds"), seconds},
                          {QStringLiteral("waitingFor"), awaitingName()},
                          {QStringLiteral("key"), QStringLiteral("SMTP_TIMEOUT")}}));
        return;
    }
}

void SmtpSession::onBytesWritten()
{
    if (m_state != State::InTransaction)
        return;
    if (m_transactionStatus == SendJob::Status::SendingData) {
        restartTimer();
        pumpData();
    } else if (m_transactionStatus == SendJob::Status::AwaitingDataEnd250) {
        restartTimer(); // the message's tail is still leaving (TLS records, Qt's buffer)
    }
}

// ---------------------------------------------------------------------------------------
// Replies

void SmtpSession::handleReply(const Reply &reply)
{
    if (m_expected.empty()) {
        Error error = Error::make(stage(), ErrorCategory::Protocol, QStringLiteral("session.unexpected_reply"),
                                  QStringLiteral("a reply nobody asked for"));
        error.reply = reply;
        fail(error);
        return;
    }
    const Expected expected = m_expected.front();
    m_expected.pop_front();
    if (!m_expected.empty()) {
        setAwaiting(m_expected.front());
        restartTimer(); // the next pipelined reply gets its own SMTP_TIMEOUT
    } else {
        m_timer.stop();
    }

    // 421: the server is shutting the channel (RFC 5321 §3.8), whatever we asked.
    if (reply.code == 421 && !(expected.state == State::AwaitingQuit221)) {
        fail(Error::fromReply(stageOf(expected), reply, QStringLiteral("session.service_closing"), QStringLiteral("421")));
        return;
    }
    if (expected.isTransaction()) {
        handleTransactionReply(expected, reply);
        return;
    }

    switch (expected.state) {
    case State::AwaitingGreeting220: handleGreeting(reply); return;
    case State::AwaitingEhlo250: handleEhlo(reply, false); return;
    case State::AwaitingHelo250: handleEhlo(reply, true); return;
    case State::AwaitingStartTls220:
        if (reply.code != 220) {
            fail(Error::fromReply(Stage::Tls, reply, QStringLiteral("tls.starttls_refused"), QStringLiteral("STARTTLS refused")));
            return;
        }
        // Anything the server sent after its 220 came before TLS and could have been
        // injected by a man in the middle (CVE-2011-0411 and kin): refuse to go on.
        if (m_parser.hasBufferedData() || m_socket->bytesAvailable() > 0) {
            fail(Error::make(Stage::Tls, ErrorCategory::Protocol, QStringLiteral("tls.starttls_injection"),
                             QStringLiteral("data after the STARTTLS reply")));
            return;
        }
        setState(State::AwaitingStartTlsHandshake);
        restartTimer();
        m_socket->startClientEncryption();
        return;
    case State::AwaitingAuthContinue334:
    case State::AwaitingAuth235:
        if (m_auth)
            applyAuthStep(m_auth->next(reply));
        return;
    case State::AwaitingQuit221:
        if (reply.code != 221)
            m_error = located(Error::fromReply(Stage::Quit, reply, QStringLiteral("quit.unexpected_reply"),
                                               QStringLiteral("QUIT not answered with 221")));
        finishSession();
        return;
    case State::Idle:
    case State::Connecting:
    case State::AwaitingTlsHandshake:
    case State::AwaitingStartTlsHandshake:
    case State::Ready:
    case State::InTransaction:
    case State::Closed: break;
    }
    Error error = Error::make(stage(), ErrorCategory::Protocol, QStringLiteral("session.unexpected_reply"),
                              QStringLiteral("a reply in state ") + enumKey(expected.state));
    error.reply = reply;
    fail(error);
}

void SmtpSession::handleGreeting(const Reply &reply)
{
    m_greeting = reply;
    if (reply.code != 220) {
        const bool refused = reply.code == 554 || reply.isTransient();
        Error error =
            Error::fromReply(Stage::Greeting, reply, refused ? QStringLiteral("greeting.rejected") : QStringLiteral("greeting.not_220"),
                             QStringLiteral("greeting is not 220"));
        if (refused)
            error.category = ErrorCategory::ServiceUnavailable;
        fail(error);
        return;
    }
    sendCommand("EHLO " + ehloName().toUtf8(), Expected::connection(State::AwaitingEhlo250));
}

void SmtpSession::handleEhlo(const Reply &reply, bool helo)
{
    if (!reply.isPositive()) {
        // RFC 5321 §3.2: a server that does not know EHLO answers 500/502; fall back to HELO,
        // but never after STARTTLS, where it would mean losing what TLS negotiated.
        if (!helo && (reply.code == 500 || reply.code == 502) && !isEncrypted()) {
            sendCommand("HELO " + ehloName().toUtf8(), Expected::connection(State::AwaitingHelo250));
            return;
        }
        const QString command = helo ? QStringLiteral("HELO") : QStringLiteral("EHLO");
        fail(Error::fromReply(Stage::Ehlo, reply, QStringLiteral("ehlo.rejected"), command + QStringLiteral(" refused"),
                              {{QStringLiteral("command"), command}}));
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
            fail(Error::make(Stage::Tls, ErrorCategory::TlsRequired, QStringLiteral("tls.starttls_not_offered"),
                             QStringLiteral("%1 does not offer STARTTLS, and TLS is required").arg(peer()),
                             {{QStringLiteral("key"), QStringLiteral("SMTP_PORT")}}));
            return;
        }
        sendCommand("STARTTLS", Expected::connection(State::AwaitingStartTls220));
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
    m_auth.emplace(m_settings.username, m_settings.password, m_settings.authMechanism);
    AuthExchange::Connection connection;
    connection.offered = m_capabilities.authMechanisms;
    connection.encrypted = isEncrypted();
    connection.loopbackPeer = m_socket->peerAddress().isLoopback();
    connection.allowPlaintext = m_settings.allowPlaintextAuth;
    connection.tlsConfigured = m_settings.tlsMode() != TlsMode::None;
    connection.host = m_settings.host;
    connection.port = m_settings.port;
    applyAuthStep(m_auth->start(connection));
}

void SmtpSession::applyAuthStep(const AuthExchange::Step &step)
{
    switch (step.kind) {
    case AuthExchange::Step::Kind::Send:
        sendRedacted(step.line, step.shown,
                     Expected::connection(step.expectedCode == 334 ? State::AwaitingAuthContinue334 : State::AwaitingAuth235));
        return;
    case AuthExchange::Step::Kind::Succeeded: becomeReady(); return;
    case AuthExchange::Step::Kind::Failed: fail(step.error); return;
    }
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
    startNextTransaction();
}

// ---------------------------------------------------------------------------------------
// Transactions

void SmtpSession::startNextTransaction()
{
    const QPointer<SmtpSession> self(this);
    while (self && !m_finished && m_state == State::Ready) {
        while (!m_queue.empty() && !m_queue.front())
            m_queue.pop_front();
        if (m_queue.empty()) {
            if (m_quitRequested)
                sendQuit();
            return;
        }
        SendJob *job = m_queue.front();
        m_queue.pop_front();
        bool needsUtf8 = false;
        const Error refusal = refuseLocally(job, &needsUtf8);
        if (!refusal.isError()) {
            startTransaction(job, needsUtf8);
            return;
        }
        // Refused before a single command: the connection stays Ready for the next one.
        job->m_error = refusal;
        completeJob(job);
    }
}

// Refuses what the server would refuse later, before a single command is sent.
Error SmtpSession::refuseLocally(SendJob *job, bool *needsUtf8)
{
    const Envelope &envelope = job->m_envelope;
    if (envelope.recipients.isEmpty())
        return Error::make(Stage::Recipient, ErrorCategory::Config, QStringLiteral("recipient.none"), QStringLiteral("no recipients"));
    QStringList all = envelope.recipients;
    all.prepend(envelope.from);
    for (const QString &address : std::as_const(all)) {
        if (!isSafeEnvelopeAddress(address)) {
            const bool sender = address == envelope.from;
            return Error::make(sender ? Stage::Sender : Stage::Recipient, ErrorCategory::Config,
                               sender ? QStringLiteral("sender.unsafe_address") : QStringLiteral("recipient.unsafe_address"),
                               QStringLiteral("unsafe envelope address"), {{QStringLiteral("address"), address.simplified()}});
        }
    }
    *needsUtf8 = !std::all_of(all.cbegin(), all.cend(), isAscii);
    if (*needsUtf8 && !m_capabilities.smtpUtf8)
        return Error::make(Stage::Sender, ErrorCategory::Unsupported, QStringLiteral("sender.smtputf8_not_offered"),
                           QStringLiteral("non-ASCII address without SMTPUTF8"));
    if (job->m_factory) {
        Content content = job->m_factory(m_capabilities);
        if (!content.device)
            return Error::make(Stage::Sender, ErrorCategory::Config, QStringLiteral("sender.content_unavailable"),
                               QStringLiteral("the message cannot be built: ") + content.error,
                               {{QStringLiteral("reason"), content.error}});
        job->m_envelope.eightBit = content.eightBit;
        job->setContent(std::move(content.device));
    }
    // RFC 6531 §3.1: a server that offers SMTPUTF8 takes 8-bit content as well.
    if (envelope.eightBit && !m_capabilities.eightBitMime && !*needsUtf8)
        return Error::make(Stage::Sender, ErrorCategory::Unsupported, QStringLiteral("sender.8bitmime_not_offered"),
                           QStringLiteral("8-bit content without 8BITMIME"));
    if (m_capabilities.maxSize > 0 && job->m_size > m_capabilities.maxSize)
        return Error::make(Stage::Sender, ErrorCategory::MessageTooLarge, QStringLiteral("sender.too_large"),
                           QStringLiteral("larger than SIZE"),
                           {{QStringLiteral("size"), job->m_size}, {QStringLiteral("maxSize"), m_capabilities.maxSize}});
    if (!job->m_content || !job->m_content->isReadable())
        return Error::make(Stage::Data, ErrorCategory::Config, QStringLiteral("data.content_unreadable"),
                           QStringLiteral("content device not readable"));
    return {};
}

void SmtpSession::startTransaction(SendJob *job, bool needsUtf8)
{
    m_job = job;
    m_transactionActive = true;
    const Envelope envelope = job->m_envelope;
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

    m_transactionStatus = SendJob::Status::Queued;
    setState(State::InTransaction);
    if (m_finished)
        return;
    if (m_capabilities.pipelining) {
        // RFC 2920: MAIL, every RCPT and DATA in one write; replies come back in order.
        QByteArray batch;
        record(Direction::Client, mailFrom);
        batch += mailFrom + "\r\n";
        m_expected.push_back(Expected::transaction(SendJob::Status::AwaitingMailFrom250));
        for (int i = 0; i < envelope.recipients.size(); ++i) {
            const QByteArray rcpt = "RCPT TO:<" + envelope.recipients.at(i).toUtf8() + '>';
            record(Direction::Client, rcpt);
            batch += rcpt + "\r\n";
            m_expected.push_back(Expected::transaction(SendJob::Status::AwaitingRcptTo250, i));
        }
        if (!job->m_probeOnly) {
            record(Direction::Client, "DATA");
            batch += "DATA\r\n";
            m_expected.push_back(Expected::transaction(SendJob::Status::AwaitingData354));
        }
        m_socket->write(batch);
        acknowledgeWhileOpening();
        restartTimer();
        setAwaiting(m_expected.front());
    } else {
        sendCommand(mailFrom, Expected::transaction(SendJob::Status::AwaitingMailFrom250));
    }
}

void SmtpSession::handleTransactionReply(const Expected &expected, const Reply &reply)
{
    SendJob *job = m_job; // null when its owner deleted it meanwhile
    const bool pipelined = m_capabilities.pipelining;
    const bool envelopeReply =
        expected.status == SendJob::Status::AwaitingMailFrom250 || expected.status == SendJob::Status::AwaitingRcptTo250;
    if (!job && !pipelined && envelopeReply) {
        // The job was deleted between two commands: end the transaction cleanly.
        resetTransaction();
        return;
    }

    switch (expected.status) {
    case SendJob::Status::AwaitingMailFrom250:
        if (!reply.isPositive()) {
            if (job)
                job->m_error =
                    Error::fromReply(Stage::Sender, reply, QStringLiteral("sender.rejected"), QStringLiteral("MAIL FROM refused"));
            if (!pipelined)
                resetTransaction();
            return; // pipelined: the RCPT and DATA replies are still to come
        }
        if (!pipelined && job)
            sendCommand("RCPT TO:<" + job->m_envelope.recipients.first().toUtf8() + '>',
                        Expected::transaction(SendJob::Status::AwaitingRcptTo250, 0));
        return;

    case SendJob::Status::AwaitingRcptTo250: {
        if (job && expected.index < job->m_recipients.size())
            job->m_recipients[expected.index].reply = reply;
        if (pipelined && !m_expected.empty())
            return; // more RCPT replies, or DATA's, are still to come
        if (!job) {
            // A pipelined probe whose job was deleted: nothing more to learn.
            resetTransaction();
            return;
        }
        const bool last = expected.index + 1 == job->m_envelope.recipients.size();
        if (job->m_probeOnly && last) {
            // A probe ends here: the answer is in the replies; RSET leaves nothing behind.
            if (!job->m_error.isError() && job->acceptedCount() == 0)
                job->m_error = Error::fromReply(Stage::Recipient, reply, QStringLiteral("recipient.all_rejected"),
                                                QStringLiteral("every RCPT TO refused"));
            resetTransaction();
            return;
        }
        if (!last) {
            const int next = expected.index + 1;
            sendCommand("RCPT TO:<" + job->m_envelope.recipients.at(next).toUtf8() + '>',
                        Expected::transaction(SendJob::Status::AwaitingRcptTo250, next));
            return;
        }
        if (job->acceptedCount() == 0) {
            if (!job->m_error.isError())
                job->m_error = Error::fromReply(Stage::Recipient, reply, QStringLiteral("recipient.all_rejected"),
                                                QStringLiteral("every RCPT TO refused"));
            resetTransaction();
            return;
        }
        sendCommand("DATA", Expected::transaction(SendJob::Status::AwaitingData354));
        return;
    }

    case SendJob::Status::AwaitingData354:
        if (reply.code == 354) {
            if (!job) {
                // Deleted by its owner with recipients possibly accepted: ending DATA now
                // would deliver an empty message, and SMTP has no way back but to abort.
                fail(Error::make(Stage::Data, ErrorCategory::Cancelled, QStringLiteral("data.cancelled"),
                                 QStringLiteral("the job was deleted before DATA")));
                return;
            }
            if (job->m_error.isError() || job->acceptedCount() == 0) {
                // RFC 2920 §3.1: DATA was accepted although nothing can be sent; end it
                // empty, the server refuses a transaction without recipients.
                if (!job->m_error.isError())
                    job->m_error = Error::fromReply(Stage::Recipient, job->m_recipients.value(0).reply,
                                                    QStringLiteral("recipient.all_rejected"), QStringLiteral("every RCPT TO refused"));
                job->m_settled = true;
                record(Direction::Client, ".");
                m_socket->write(".\r\n");
                m_unacknowledgedAtTimeout = -1;
                expect(Expected::transaction(SendJob::Status::AwaitingDataEnd250));
                return;
            }
            startData();
            return;
        }
        if (job && !job->m_error.isError()) {
            if (job->acceptedCount() == 0)
                job->m_error = Error::fromReply(Stage::Recipient, job->m_recipients.value(0).reply,
                                                QStringLiteral("recipient.all_rejected"), QStringLiteral("every RCPT TO refused"));
            else
                job->m_error = Error::fromReply(Stage::Data, reply, QStringLiteral("data.rejected"), QStringLiteral("DATA refused"));
        }
        resetTransaction();
        return;

    case SendJob::Status::AwaitingDataEnd250: {
        // With transactions pipelined behind their dots (pipelineNext), the oldest of those
        // is the one this reply ends: replies come in order.
        const bool closing = !m_closing.empty();
        const QPointer<SendJob> ended = closing ? m_closing.front() : QPointer<SendJob>(job);
        if (closing)
            m_closing.pop_front();
        if (ended) {
            ended->m_dataReply = reply;
            if (!ended->m_error.isError() && !reply.isPositive())
                ended->m_error = Error::fromReply(Stage::Data, reply, QStringLiteral("data.message_rejected"),
                                                  QStringLiteral("message refused after the dot"));
        }
        if (!closing) {
            endTransaction();
            return;
        }
        const QPointer<SmtpSession> self(this);
        completeJob(ended);
        // The last reply awaited, and no transaction behind it (every message queued then was
        // refused before a command): ready for what was queued since.
        if (self && !m_finished && !m_transactionActive && m_closing.empty() && m_expected.empty() && m_state == State::InTransaction)
            becomeReady();
        return;
    }

    case SendJob::Status::AwaitingRset250:
        if (!reply.isPositive()) {
            fail(Error::fromReply(Stage::Sender, reply, QStringLiteral("session.rset_refused"), QStringLiteral("RSET refused")));
            return;
        }
        endTransaction();
        return;

    case SendJob::Status::Queued:
    case SendJob::Status::SendingData:
    case SendJob::Status::Done: break;
    }
    Error error = Error::make(stage(), ErrorCategory::Protocol, QStringLiteral("session.unexpected_reply"),
                              QStringLiteral("a reply in transaction status ") + enumKey(expected.status));
    error.reply = reply;
    fail(error);
}

void SmtpSession::startData()
{
    if (m_job)
        m_job->m_dataStarted = true;
    setTransactionStatus(SendJob::Status::SendingData);
    m_encoder.reset();
    m_dataFinished = false;
    restartTimer();
    pumpData();
}

void SmtpSession::pumpData()
{
    if (m_finished || m_state != State::InTransaction || m_transactionStatus != SendJob::Status::SendingData)
        return;
    SendJob *job = m_job;
    if (!job) {
        // The job was deleted mid-transfer: SMTP cannot take back half a message.
        fail(Error::make(Stage::Data, ErrorCategory::Cancelled, QStringLiteral("data.cancelled"),
                         QStringLiteral("the job was deleted during DATA")));
        return;
    }
    QIODevice *content = job->m_content.get();
    if (m_chunk.size() != ChunkSize)
        m_chunk = QByteArray(ChunkSize, Qt::Uninitialized);
    QByteArray &chunk = m_chunk;
    QByteArray out;
    while (!m_dataFinished && m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() < HighWater) {
        const qint64 n = content->read(chunk.data(), ChunkSize);
        if (n < 0 || (n == 0 && !content->isSequential() && content->pos() < content->size())) {
            // Never end DATA on a short message: abort, so the server discards it.
            fail(Error::make(Stage::Data, ErrorCategory::Config, QStringLiteral("data.read_failed"),
                             QStringLiteral("reading the content failed: ") + content->errorString(),
                             {{QStringLiteral("bytes"), job->m_bytesSent}, {QStringLiteral("reason"), content->errorString()}}));
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
            if (m_transcriptKept || lcSmtp().isDebugEnabled())
                record(Direction::Client, "<" + QByteArray::number(job->m_bytesSent) + " bytes of message data>");
            record(Direction::Client, ".");
            m_unacknowledgedAtTimeout = -1;
            expect(Expected::transaction(SendJob::Status::AwaitingDataEnd250));
            pipelineNext();
            return;
        }
        out.clear();
        m_encoder.encode(QByteArrayView(chunk.constData(), n), out);
        m_socket->write(out);
        job->m_bytesSent += n;
        Q_EMIT job->progress(job->m_bytesSent, job->m_size);
        if (!m_job)
            return; // deleted from its progress signal: forgetJob() aborts
    }
}

// RFC 2920 §3.1: the end of a message's data may be followed by the next transaction's
// MAIL, RCPT and DATA without waiting for its reply. When the message has left in full and
// another is queued, the transaction moves to m_closing and the next one starts: its
// commands leave in the same write as the dot, and the replies come back in one read.
void SmtpSession::pipelineNext()
{
    if (!m_capabilities.pipelining || m_finished || m_failing || !m_transactionActive)
        return;
    // Its dot has left when its own end-of-data reply is awaited after the closing ones'.
    const auto dataEnds = std::count_if(m_expected.cbegin(), m_expected.cend(),
                                        [](const Expected &e) { return e.status == SendJob::Status::AwaitingDataEnd250; });
    if (size_t(dataEnds) <= m_closing.size())
        return;
    while (!m_queue.empty() && !m_queue.front())
        m_queue.pop_front();
    if (m_queue.empty())
        return;
    m_closing.push_back(m_job);
    m_job = nullptr;
    m_transactionActive = false;
    setState(State::Ready);
    const QPointer<SmtpSession> self(this);
    startNextTransaction();
    // Every queued message refused before a command: the dot's reply is still awaited.
    if (self && !m_finished && m_state == State::Ready && !m_closing.empty() && !m_expected.empty())
        setAwaiting(m_expected.front());
}

// The outcome is known (a refusal, or a probe's answer): RSET clears the server's side of
// the transaction, and the job finishes with its reply.
void SmtpSession::resetTransaction()
{
    if (m_job)
        m_job->m_settled = true;
    sendCommand("RSET", Expected::transaction(SendJob::Status::AwaitingRset250));
}

void SmtpSession::endTransaction()
{
    const QPointer<SendJob> job = m_job;
    m_job = nullptr;
    m_transactionActive = false;
    m_transactionStatus = SendJob::Status::Done;
    setState(State::Ready);
    const QPointer<SmtpSession> self(this);
    completeJob(job);
    if (self)
        startNextTransaction();
}

void SmtpSession::completeJob(SendJob *job)
{
    if (!job || job->m_finished)
        return;
    if (job->m_error.isError())
        job->m_error = located(job->m_error);
    job->m_finished = true;
    const QPointer<SendJob> guard(job);
    job->setStatus(SendJob::Status::Done);
    if (guard)
        Q_EMIT guard->finished();
}

void SmtpSession::forgetJob(SendJob *job)
{
    if (m_job == job && !m_finished) {
        // Aborting is the only way to stop a message in transfer; do it after the job's
        // destructor has run.
        QTimer::singleShot(0, this, [this]() {
            if (!m_finished && m_state == State::InTransaction && m_transactionStatus == SendJob::Status::SendingData)
                fail(Error::make(Stage::Data, ErrorCategory::Cancelled, QStringLiteral("data.cancelled"),
                                 QStringLiteral("the job was deleted during DATA")));
        });
    }
}

void SmtpSession::sendQuit()
{
    // Once: quit() from a finished() handler while a refused message is taken from the
    // queue (startNextTransaction) would otherwise send it a second time.
    if (m_quitSent)
        return;
    m_quitSent = true;
    sendCommand("QUIT", Expected::connection(State::AwaitingQuit221));
    // Out now, not at the next pass of the event loop: a relay that stops aborts the
    // sessions it asked to quit once its queue is idle, and the server should see QUIT.
    m_socket->flush();
}

// ---------------------------------------------------------------------------------------
// The end

void SmtpSession::fail(Error error)
{
    // Once: a job's finished() handler calling abort() must not replace the real error.
    if (m_finished || m_failing)
        return;
    m_failing = true;
    m_error = located(std::move(error));
    record(Direction::Info, QString(QStringLiteral("error: ") + m_error.toString()).toUtf8());
    m_timer.stop();
    m_expected.clear();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    // Every message not yet done ends with the session's error, unless its outcome was
    // already known (a refusal, a probe's answer awaiting only RSET).
    std::deque<QPointer<SendJob>> pending = std::exchange(m_closing, {});
    if (m_job)
        pending.push_back(m_job);
    m_job = nullptr;
    for (const QPointer<SendJob> &job : m_queue)
        pending.push_back(job);
    m_queue.clear();
    const QPointer<SmtpSession> self(this);
    bool earlierTookIt = false; // a message before this one took the session's error
    for (const QPointer<SendJob> &job : pending) {
        if (!job || job->m_finished)
            continue;
        if (!job->m_settled && !job->m_error.isError()) {
            job->m_error = m_error;
            job->m_failedWithEarlier = earlierTookIt && !job->m_dataStarted;
            earlierTookIt = true;
        }
        completeJob(job);
        if (!self)
            return;
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
