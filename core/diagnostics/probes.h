// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "observation.h"

#include "smtp/settings.h"
#include "smtp/types.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <chrono>

class QHostInfo;
class QSslSocket;
class QTcpSocket;

namespace selfmx::smtp {
class SmtpSession;
class SendJob;
} // namespace selfmx::smtp

// The probes of a diagnosis. Each runs one question against the server, bounded by its own
// timer, and emits finished() exactly once (never from start()); abort() finishes it at once.
// What each saw is a plain value the Diagnoser copies into the Observation.
namespace selfmx::diagnostics {

// Resolves the host name.
class DnsProbe : public QObject
{
    Q_OBJECT
public:
    explicit DnsProbe(QObject *parent = nullptr);
    ~DnsProbe() override;
    void start(const QString &host);
    void abort(); // counts as "no answer within the timeout"
    bool isDone() const { return m_done; }
    const QList<QHostAddress> &addresses() const { return m_addresses; }
    bool hostNotFound() const { return m_hostNotFound; }
    bool timedOut() const { return m_timedOut; }
    QString errorText() const { return m_errorText; } // the resolver's words
    qint64 elapsedMs() const { return m_elapsedMs; }

Q_SIGNALS:
    void finished();

private:
    void onLookedUp(const QHostInfo &info);

    QElapsedTimer m_clock;
    int m_lookupId = -1;
    bool m_done = false;
    bool m_hostNotFound = false;
    bool m_timedOut = false;
    QString m_errorText;
    QList<QHostAddress> m_addresses;
    qint64 m_elapsedMs = 0;
};

// Connects to one address and lets go at once: a server that serves one client at a time
// must not be kept from the SMTP session by a probe.
class TcpProbe : public QObject
{
    Q_OBJECT
public:
    TcpProbe(const QHostAddress &address, quint16 port, QObject *parent = nullptr);
    void start(std::chrono::milliseconds budget);
    void abort();
    bool isDone() const { return m_done; }
    const ConnectAttempt &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void finish();

    QHostAddress m_address;
    quint16 m_port = 0;
    QPointer<QTcpSocket> m_socket;
    QElapsedTimer m_clock;
    bool m_done = false;
    ConnectAttempt m_result;
};

// Does this port speak TLS from the first byte? A certificate (sslErrors) or a completed
// handshake says yes; a plaintext greeting breaks the handshake at once.
class TlsPersonalityProbe : public QObject
{
    Q_OBJECT
public:
    explicit TlsPersonalityProbe(QObject *parent = nullptr);
    void start(const QString &host, quint16 port, std::chrono::milliseconds budget);
    void abort();
    bool isDone() const { return m_done; }
    bool spokeTls() const { return m_spokeTls; }

Q_SIGNALS:
    void finished();

private:
    void finish(bool spokeTls);

    QPointer<QSslSocket> m_socket;
    bool m_done = false;
    bool m_spokeTls = false;
};

// What does this port say first, in plaintext? (Asked after an implicit-TLS handshake
// failed: a "220 …" means the port wants STARTTLS.)
class PlaintextProbe : public QObject
{
    Q_OBJECT
public:
    explicit PlaintextProbe(QObject *parent = nullptr);
    void start(const QString &host, quint16 port, std::chrono::milliseconds budget);
    void abort();
    bool isDone() const { return m_done; }
    const QByteArray &firstLine() const { return m_firstLine; }

Q_SIGNALS:
    void finished();

private:
    void finish();

    QPointer<QTcpSocket> m_socket;
    bool m_done = false;
    QByteArray m_firstLine;
};

// The SMTP session itself: open, then the optional MAIL FROM/RCPT TO probe and test message,
// then QUIT. Measures the time spent per stage (the session returns to EHLO after STARTTLS,
// so durations are summed per stage).
class SessionProbe : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString probeSender;
        QString probeRecipient;
        bool testSend = false;
    };
    SessionProbe(const smtp::Settings &settings, Options options, QObject *parent = nullptr);
    ~SessionProbe() override;
    void start();
    void abort();
    bool isDone() const { return m_done; }
    const smtp::SmtpSession &session() const;
    const QMap<smtp::Stage, qint64> &stageMs() const { return m_stageMs; }
    // Copies what the session, the probe job and the test message saw.
    void observe(Observation &observation) const;

Q_SIGNALS:
    void stageEntered(selfmx::smtp::Stage stage);
    void finished();

private:
    void onReady();

    smtp::Settings m_settings;
    Options m_options;
    QPointer<smtp::SmtpSession> m_session;
    QPointer<smtp::SendJob> m_probeJob;
    QPointer<smtp::SendJob> m_sendJob;
    bool m_done = false;
    QElapsedTimer m_clock;
    QMap<smtp::Stage, qint64> m_stageMs;
    smtp::Stage m_currentStage = smtp::Stage::None;
    qint64 m_currentSince = 0;
};

} // namespace selfmx::diagnostics
