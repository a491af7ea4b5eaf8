// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace selfmx::test {

// A scripted SMTP server for the faults a real server will not produce on demand.
// It listens on 127.0.0.1, port 0, and plays one connection's script, line by line:
//   "S: text"   send text + CRLF
//   "R: text"   send text raw; "\r" and "\n" are written as escapes in the script
//   "C: text"   the client must send exactly this line next
//   "D"         read DATA content up to the terminating "." line (kept in data())
//   "W: n"      wait until at least n bytes of DATA arrived (then go on, e.g. to "X")
//   "P: ms"     pause (pacing only: to make the client see separate TCP segments)
//   "H"         stop reading for good: the client's writes stall once the kernel's buffers
//               are full (a server that hangs mid-DATA); the script waits there
//   "T: n"      from now on read at most n bytes each 100 ms, with a kernel receive buffer
//               of about n (a slow but steady link)
//   "X"         close the connection
// The test asserts the whole script ran (isComplete()) and nothing mismatched (failure()).
class FakeSmtpServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeSmtpServer(QStringList script, QObject *parent = nullptr);
    ~FakeSmtpServer() override;

    quint16 port() const { return m_server.serverPort(); }
    bool isComplete() const { return m_step >= m_script.size() && m_failure.isEmpty(); }
    QString failure() const { return m_failure; }
    // "step 3 of 7" style progress, for assertion messages.
    QString progress() const;
    QList<QByteArray> receivedLines() const { return m_received; }
    QByteArray data() const { return m_data; }
    bool clientDisconnected() const { return m_clientGone; }

Q_SIGNALS:
    void scriptFinished();
    void clientGone();

private:
    void onNewConnection();
    void onReadyRead();
    void run();
    void readThrottled();

    QTcpServer m_server;
    QPointer<QTcpSocket> m_socket;
    QStringList m_script;
    qsizetype m_step = 0;
    QByteArray m_buffer;
    QList<QByteArray> m_received;
    QByteArray m_data;
    qint64 m_dataBytes = 0;
    bool m_paused = false;
    bool m_holding = false;
    qint64 m_throttleBytes = 0; // > 0: read at most this much each tick
    QTimer *m_throttle = nullptr;
    bool m_clientGone = false;
    QString m_failure;
};

} // namespace selfmx::test
