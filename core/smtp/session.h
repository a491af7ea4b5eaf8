// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "authexchange.h"
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

// One message on its way: one SMTP mail transaction (RFC 5321 §3.3). Like QNetworkReply:
// returned by SmtpSession::send(), emits finished() exactly once, a child of the session
// (delete it, or let the session's end delete it). Deleting a job that has not started
// removes it from the queue; deleting one during MAIL/RCPT ends its transaction with RSET;
// deleting one once the server said 354 aborts the connection, since SMTP cannot take back
// a DATA (ending it empty would deliver an empty message).
class SendJob : public QObject
{
    Q_OBJECT
public:
    // The transaction's own progress, named after what it waits for. The session's State
    // is InTransaction meanwhile. With PIPELINING the status is the reply awaited first.
    enum class Status {
        Queued, // waiting for the connection (or refused before any command)
        AwaitingMailFrom250,
        AwaitingRcptTo250,
        AwaitingData354,
        SendingData,
        AwaitingDataEnd250,
        AwaitingRset250, // the outcome is known; RSET clears the server's side
        Done,            // finished() was emitted
    };
    Q_ENUM(Status)

    struct RecipientResult {
        QString address;
        Reply reply;
        bool accepted() const { return reply.isPositive(); }
    };

    ~SendJob() override;

    Status status() const { return m_status; }
    bool isFinished() const { return m_finished; }
    const Error &error() const { return m_error; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const Envelope &envelope() const { return m_envelope; }
    const QList<RecipientResult> &recipientResults() const { return m_recipients; }
    // Accepted for some recipients and refused for others: succeeded() is true, this too.
    bool isPartial() const;
    const Reply &dataReply() const { return m_dataReply; }
    qint64 bytesSent() const { return m_bytesSent; }
    // Failed with its session (a drop, a timeout, a 421) on an earlier message's account:
    // another message in the session's hands took the session's error first, and none of
    // this one's data had left (its commands at most, pipelined), so the server cannot have
    // taken it. The relay does not count such a failure as an attempt.
    bool failedWithAnEarlierMessage() const { return m_failedWithEarlier; }

    static Stage stageOf(Status status);

Q_SIGNALS:
    void statusChanged(selfmx::smtp::SendJob::Status status);
    void progress(qint64 sent, qint64 total);
    void finished();

private:
    friend class SmtpSession;
    SendJob(SmtpSession *session, Envelope envelope, std::unique_ptr<QIODevice> content);
    void setContent(std::unique_ptr<QIODevice> content);
    void setStatus(Status status);
    int acceptedCount() const;

    QPointer<SmtpSession> m_session;
    Envelope m_envelope;
    std::unique_ptr<QIODevice> m_content;
    ContentFactory m_factory;
    qint64 m_size = 0;
    qint64 m_bytesSent = 0;
    QList<RecipientResult> m_recipients;
    Reply m_dataReply;
    Error m_error;
    Status m_status = Status::Queued;
    bool m_settled = false;           // the outcome is known: a later session failure does not change it
    bool m_dataStarted = false;       // its DATA was answered 354 and its content began to leave
    bool m_failedWithEarlier = false; // failedWithAnEarlierMessage()
    bool m_finished = false;
    bool m_probeOnly = false;
};

// One SMTP connection (RFC 5321) over QSslSocket: greeting, EHLO, STARTTLS or implicit TLS,
// AUTH, then a queue of mail transactions (SendJob), one at a time (with PIPELINING the next
// one's commands follow a message's dot, so two overlap: one awaiting its dot's reply, the
// next under way), then QUIT. Asynchronous
// throughout: open() returns at once, ready() says mail can be sent, finished() is emitted
// exactly once when the session ends (after quit(), a failure or abort()). SMTP_TIMEOUT
// bounds every wait.
class SmtpSession : public QObject
{
    Q_OBJECT
public:
    // The connection's state, named after what the session waits for. While a transaction
    // runs the state is InTransaction and the current SendJob's status says what is awaited
    // (while an earlier message's dot awaits its reply, AwaitingDataEnd250 is awaited first
    // and the current job's status follows once it came).
    enum class State {
        Idle,
        Connecting,
        AwaitingTlsHandshake, // implicit TLS, before the greeting
        AwaitingGreeting220,
        AwaitingEhlo250,
        AwaitingHelo250,
        AwaitingStartTls220,
        AwaitingStartTlsHandshake,
        AwaitingAuthContinue334,
        AwaitingAuth235,
        Ready, // connected and authenticated, no transaction running
        InTransaction,
        AwaitingQuit221,
        Closed,
    };
    Q_ENUM(State)

    explicit SmtpSession(Settings settings, QObject *parent = nullptr);
    ~SmtpSession() override;

    // What open() would refuse before connecting (no host, an unreadable SMTP_TLS_CA_FILE),
    // so a front end can report a settings problem before anything is attempted. Fills
    // extraCaCertificates with the CA file's certificates when given.
    static Error checkSettings(const Settings &settings, QList<QSslCertificate> *extraCaCertificates = nullptr);
    // SMTP_TLS_CA_FILE: at least one PEM certificate, or tls.ca_file_unreadable (Config).
    static Error loadCaFile(const QString &path, QList<QSslCertificate> *certificates = nullptr);

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
    // The stage of what is awaited now: the connection's, or the current transaction's.
    Stage stage() const;
    const Settings &settings() const { return m_settings; }
    const Capabilities &capabilities() const { return m_capabilities; }
    // The capabilities offered before STARTTLS (empty for implicit TLS).
    const Capabilities &capabilitiesBeforeTls() const { return m_capabilitiesBeforeTls; }
    // The mechanism AUTH used or tried; empty when AUTH did not start.
    std::optional<AuthMechanism> usedMechanism() const;
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
    // Off: no line is kept or signalled (transcriptEntryAdded), only logged at debug level. For
    // a session whose transcript nobody reads (the relay's: up to 100 messages per connection,
    // nine lines each). Set before open().
    void setTranscriptKept(bool kept) { m_transcriptKept = kept; }
    // Certificate errors that were accepted (verification off, or pinned), for warnings.
    const QList<QSslError> &ignoredSslErrors() const { return m_ignoredSslErrors; }
    // The certificate failed verification but matched SMTP_TLS_PIN_SHA256, which accepted it
    // (ignoredSslErrors() lists what the pin overrode); not "verification off".
    bool acceptedByPin() const { return m_acceptedByPin; }
    // The certificate was verified through SMTP_TLS_CA_FILE (not the system CAs).
    bool trustedByCaFile() const { return m_trustedByCaFile; }

    // The stage a connection state belongs to; InTransaction counts as Sender (see stage()
    // and stageChanged() for the transaction's own stage).
    static Stage stageOf(State state);

Q_SIGNALS:
    void stateChanged(selfmx::smtp::SmtpSession::State state);
    // stage() changed: with a connection state, or within a transaction (sender, recipient,
    // data), for progress displays and per-stage timings.
    void stageChanged(selfmx::smtp::Stage stage);
    void transcriptEntryAdded(const selfmx::smtp::TranscriptEntry &entry);
    void ready();
    void finished();

private:
    // A reply the session waits for, in order (RFC 2920 §3.1: replies come in the order of
    // the commands). Either a connection step, or with state InTransaction a step of the
    // current transaction.
    struct Expected {
        State state = State::InTransaction;
        SendJob::Status status = SendJob::Status::Queued;
        int index = 0; // recipient index for RCPT TO

        static Expected connection(State state) { return {state, SendJob::Status::Queued, 0}; }
        static Expected transaction(SendJob::Status status, int index = 0) { return {State::InTransaction, status, index}; }
        bool isTransaction() const { return state == State::InTransaction; }
    };

    void setState(State state);
    void setTransactionStatus(SendJob::Status status);
    void setAwaiting(const Expected &expected);
    void updateStage();
    Stage stageOf(const Expected &expected) const;
    QString awaitingName() const;
    void restartTimer();
    void record(Direction direction, const QByteArray &line);
    void sendCommand(const QByteArray &command, const Expected &expected);
    void sendRedacted(const QByteArray &command, const QByteArray &shown, const Expected &expected);
    void expect(const Expected &expected);
    Error located(Error error) const;

    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSocketError();
    void onDisconnected();
    void failPinMismatch(const QByteArray &leafSha256);
    void onSslErrors(const QList<QSslError> &errors);
    void onTimeout();
    void onBytesWritten();

    void handleReply(const Reply &reply);
    void handleGreeting(const Reply &reply);
    void handleEhlo(const Reply &reply, bool helo);
    void afterEhlo();
    void startAuth();
    void applyAuthStep(const AuthExchange::Step &step);
    void becomeReady();
    void startNextTransaction();
    Error refuseLocally(SendJob *job, bool *needsUtf8);
    void startTransaction(SendJob *job, bool needsUtf8);
    void handleTransactionReply(const Expected &expected, const Reply &reply);
    void startData();
    void pumpData();
    void resetTransaction();
    void endTransaction();
    void completeJob(SendJob *job);
    void sendQuit();
    void fail(Error error);
    void finishSession();
    void forgetJob(SendJob *job);
    QString ehloName() const;
    void acknowledgeWhileOpening();
    void pipelineNext();
    QString peer() const;

    Settings m_settings;
    QSslSocket *m_socket = nullptr;
    QTimer m_timer;
    qint64 m_unacknowledgedAtTimeout = -1; // the send queue when the DATA-end wait last timed out
    ReplyParser m_parser;
    Transcript m_transcript;
    bool m_transcriptKept = true;
    QByteArray m_chunk; // pumpData()'s read buffer, kept: one 64 KiB allocation per message cost a malloc_consolidate
    State m_state = State::Idle;
    Stage m_stage = Stage::Connect; // last stage announced by stageChanged()
    std::deque<Expected> m_expected;
    Capabilities m_capabilities;
    Capabilities m_capabilitiesBeforeTls;
    std::optional<AuthExchange> m_auth;
    QList<QSslError> m_sslErrors;
    QList<QSslError> m_ignoredSslErrors;
    QList<QSslCertificate> m_extraCaCertificates; // SMTP_TLS_CA_FILE
    bool m_trustedByCaFile = false;
    QString m_caFileCheckError; // why the chain could not be checked against SMTP_TLS_CA_FILE (no libcrypto)
    bool m_acceptedByPin = false;
    bool m_encrypted = false;
    Reply m_greeting;
    QSslCipher m_cipher;
    QList<QSslCertificate> m_peerChain;

    std::deque<QPointer<SendJob>> m_queue;
    // The transaction in progress (state InTransaction). The job may be deleted by its
    // owner meanwhile; the transaction then runs to its end (or RSET) without it.
    QPointer<SendJob> m_job;
    // Transactions whose message has left in full and whose final reply is still to come,
    // oldest first: with PIPELINING the next transaction's commands follow the end of data
    // in the same write (RFC 2920 §3.1), so these wait for their reply while it runs.
    std::deque<QPointer<SendJob>> m_closing;
    bool m_transactionActive = false; // from startTransaction() to its end or pipelineNext()
    SendJob::Status m_transactionStatus = SendJob::Status::Done;
    DataEncoder m_encoder;
    bool m_dataFinished = false;

    Error m_error;
    bool m_opened = false;
    bool m_ready = false;
    bool m_quitRequested = false;
    bool m_quitSent = false;
    bool m_finished = false;
    bool m_failing = false; // fail() is finishing the jobs

    friend class SendJob;
};

} // namespace selfmx::smtp
