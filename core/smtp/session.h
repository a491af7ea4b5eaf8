// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "capabilities.h"
#include "dataencoder.h"
#include "error.h"
#include "reply.h"
#include "settings.h"
#include "transcript.h"

#include <QIODevice>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslError>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

class QSslSocket;

namespace selfmx::smtp {

// Who the message is from and to, as the server sees it (RFC 5321 reverse-path and
// forward-paths): bare addresses, no display names.
struct Envelope {
    QString from; // empty: the null reverse-path <>
    QStringList recipients;
    bool eightBit = false; // the content has bytes >= 0x80: ask for BODY=8BITMIME
    qint64 sizeHint = 0;   // for SIZE= when the content is a stream of unknown size
};

class SmtpSession;

// A message's bytes, made when its turn comes, knowing what the server offers (8BITMIME
// decides between 8bit and quoted-printable). No device: error says why.
struct Content {
    std::unique_ptr<QIODevice> device;
    bool eightBit = false;
    QString error;
};
using ContentFactory = std::function<Content(const Capabilities &capabilities)>;

// One message on its way. Like QNetworkReply: returned by SmtpSession::send(), emits
// finished() exactly once, owned by the session until the caller takes it (deleting a job
// that has not started removes it from the queue; deleting one in transfer aborts the
// connection, since SMTP cannot take back half a DATA).
class SendJob : public QObject
{
    Q_OBJECT
public:
    struct RecipientResult {
        QString address;
        Reply reply;
        bool accepted() const { return reply.isPositive(); }
    };

    ~SendJob() override;

    bool isFinished() const { return m_finished; }
    const Error &error() const { return m_error; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const Envelope &envelope() const { return m_envelope; }
    const QList<RecipientResult> &recipientResults() const { return m_recipients; }
    // Accepted for some recipients and refused for others: succeeded() is true, this too.
    bool isPartial() const;
    const Reply &dataReply() const { return m_dataReply; }
    qint64 bytesSent() const { return m_bytesSent; }

Q_SIGNALS:
    void progress(qint64 sent, qint64 total);
    void finished();

private:
    friend class SmtpSession;
    SendJob(SmtpSession *session, Envelope envelope, std::unique_ptr<QIODevice> content);
    void setContent(std::unique_ptr<QIODevice> content);

    QPointer<SmtpSession> m_session;
    Envelope m_envelope;
    std::unique_ptr<QIODevice> m_content;
    ContentFactory m_factory;
    qint64 m_size = 0;
    qint64 m_bytesSent = 0;
    QList<RecipientResult> m_recipients;
    Reply m_dataReply;
    Error m_error;
    bool m_started = false;
    bool m_finished = false;
    bool m_probeOnly = false;
};

// One SMTP connection (RFC 5321) over QSslSocket: greeting, EHLO, STARTTLS or implicit TLS,
// AUTH, then any number of messages, then QUIT. Asynchronous throughout: open() returns at
// once, ready() says mail can be sent, finished() is emitted exactly once when the session
// ends (after quit(), a failure or abort()). SMTP_TIMEOUT bounds every wait.
class SmtpSession : public QObject
{
    Q_OBJECT
public:
    // Named after what the session waits for.
    enum class State {
        Idle,
        Connecting,
        AwaitingTlsHandshake,       // implicit TLS, before the greeting
        AwaitingGreeting220,
        AwaitingEhlo250,
        AwaitingHelo250,
        AwaitingStartTls220,
        AwaitingStartTlsHandshake,
        AwaitingAuthContinue334,
        AwaitingAuth235,
        Ready,
        AwaitingMailFrom250,
        AwaitingRcptTo250,
        AwaitingData354,
        SendingData,
        AwaitingDataEnd250,
        AwaitingRset250,
        AwaitingQuit221,
        Closed,
    };
    Q_ENUM(State)

    explicit SmtpSession(Settings settings, QObject *parent = nullptr);
    ~SmtpSession() override;

    // Connects, secures, greets and authenticates. Never completes synchronously.
    void open();
    // Queues a message; content is read as it is sent (CRLF-normalised, dot-stuffed).
    // May be called before open() has finished.
    SendJob *send(const Envelope &envelope, std::unique_ptr<QIODevice> content);
    SendJob *send(const Envelope &envelope, const QByteArray &content);
    // The content is made when the message's turn comes (see ContentFactory).
    SendJob *send(const Envelope &envelope, ContentFactory factory);
    // MAIL FROM and RCPT TO only, then RSET: would the server take this envelope?
    // The job's recipientResults() and error() answer; no message is sent.
    SendJob *probe(const Envelope &envelope);
    // Sends QUIT once every queued message is done; finished() follows.
    void quit();
    // Stops at once, whatever the stage: the error is Cancelled, finished() follows.
    void abort();

    State state() const { return m_state; }
    Stage stage() const { return stageOf(m_state); }
    const Settings &settings() const { return m_settings; }
    const Capabilities &capabilities() const { return m_capabilities; }
    // The capabilities offered before STARTTLS (empty for implicit TLS).
    const Capabilities &capabilitiesBeforeTls() const { return m_capabilitiesBeforeTls; }
    std::optional<AuthMechanism> usedMechanism() const { return m_mechanism; }
    // True once TLS was established; stays true after the session ended.
    bool isEncrypted() const { return m_encrypted; }
    // What TLS negotiated, kept for reports after the socket is gone.
    const QSslCipher &tlsCipher() const { return m_cipher; }
    // Also filled when verification failed, so the certificate can be reported.
    const QList<QSslCertificate> &peerCertificateChain() const { return m_peerChain; }
    // The server's first words (220 or not), for reports.
    const Reply &greeting() const { return m_greeting; }
    bool isReady() const { return m_ready; }
    bool isFinished() const { return m_finished; }
    const Error &error() const { return m_error; }
    const Transcript &transcript() const { return m_transcript; }
    // Certificate errors that were accepted (verification off), for warnings.
    const QList<QSslError> &ignoredSslErrors() const { return m_ignoredSslErrors; }

    static Stage stageOf(State state);

Q_SIGNALS:
    void stateChanged(selfmx::smtp::SmtpSession::State state);
    void transcriptEntryAdded(const selfmx::smtp::TranscriptEntry &entry);
    void ready();
    void finished();

private:
    struct Expected {
        State state;
        int index = 0; // recipient index for RCPT TO
    };

    void setState(State state);
    void restartTimer();
    void record(Direction direction, const QByteArray &line);
    void sendCommand(const QByteArray &command, State expect, int index = 0);
    void sendRedacted(const QByteArray &command, const QByteArray &shown, State expect);
    void expect(State state, int index = 0);

    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSocketError();
    void onDisconnected();
    void onSslErrors(const QList<QSslError> &errors);
    void onTimeout();
    void onBytesWritten();

    void handleReply(const Reply &reply);
    void handleGreeting(const Reply &reply);
    void handleEhlo(const Reply &reply, bool helo);
    void afterEhlo();
    void startAuth();
    void handleAuth(const Reply &reply);
    void becomeReady();
    void startNextJob();
    void handleJobReply(const Expected &expected, const Reply &reply);
    void startData();
    void pumpData();
    void finishJob(const Error &error = Error());
    void resetTransaction();
    void sendQuit();
    void fail(Error error);
    void finishSession();
    void forgetJob(SendJob *job);
    QString ehloName() const;
    QString peer() const;

    Settings m_settings;
    QSslSocket *m_socket = nullptr;
    QTimer m_timer;
    ReplyParser m_parser;
    Transcript m_transcript;
    State m_state = State::Idle;
    std::deque<Expected> m_expected;
    Capabilities m_capabilities;
    Capabilities m_capabilitiesBeforeTls;
    std::optional<AuthMechanism> m_mechanism;
    int m_authStep = 0;
    QList<QSslError> m_sslErrors;
    QList<QSslError> m_ignoredSslErrors;
    QList<QSslCertificate> m_extraCaCertificates;
    bool m_encrypted = false;
    Reply m_greeting;
    QSslCipher m_cipher;
    QList<QSslCertificate> m_peerChain;

    std::deque<QPointer<SendJob>> m_queue;
    QPointer<SendJob> m_job; // the message in transfer
    DataEncoder m_encoder;
    bool m_dataFinished = false;

    Error m_error;
    bool m_opened = false;
    bool m_ready = false;
    bool m_quitRequested = false;
    bool m_finished = false;

    friend class SendJob;
};

} // namespace selfmx::smtp
