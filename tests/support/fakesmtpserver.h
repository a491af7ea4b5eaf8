// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <vector>

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
//   "B"         wait until the test calls release() (awaitingRelease() says it is there):
//               a reply held for exactly as long as the test needs, e.g. DATA's final 250
//   "X"         close the connection
// expectConnection() adds the script of a further connection: the n-th connection accepted
// plays the n-th script (connections may overlap, each keeps its own place); one beyond the
// scripts is closed at once. connectionCount() counts every connection accepted.
// The test asserts the whole script ran (isComplete()) and nothing mismatched (failure()).
class FakeSmtpServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeSmtpServer(QStringList script, QObject *parent = nullptr);
    ~FakeSmtpServer() override;

    // The script of the next connection after those already scripted.
    void expectConnection(QStringList script);
    // Lets a connection waiting at a "B" step go on.
    void release();

    quint16 port() const { return m_server.serverPort(); }
    bool isComplete() const;
    QString failure() const { return m_failure; }
    // "step 3 of 7" style progress, for assertion messages.
    QString progress() const;
    // Every line the client sent that a "C:" step read, over all connections.
    QList<QByteArray> receivedLines() const { return m_received; }
    // The DATA content the last "D" step read, on whichever connection; data(n): the last one
    // the n-th connection accepted (0-based, as scripted) read, empty when it read none.
    QByteArray data() const { return m_lastData; }
    QByteArray data(int connection) const;
    // True once a connection was accepted and none is open any more (the last one went, not
    // just one of several); clientDisconnected(n): the n-th connection went.
    bool clientDisconnected() const;
    bool clientDisconnected(int connection) const;
    int connectionCount() const { return m_connections; }
    // The most connections open at one moment, as the server saw them when it accepted one.
    int mostConnectionsAtOnce() const { return m_mostAtOnce; }

Q_SIGNALS:
    void scriptFinished();
    void clientGone(); // one connection went (any of them)
    void awaitingRelease();

private:
    struct Connection {
        QPointer<QTcpSocket> socket;
        QStringList script;
        qsizetype step = 0;
        QByteArray buffer;
        bool paused = false;
        bool holding = false;
        bool awaitingRelease = false;
        qint64 throttleBytes = 0; // > 0: read at most this much each tick
        QTimer *throttle = nullptr;
        QByteArray data; // what its last "D" step read
        bool gone = false;
    };
    void onNewConnection();
    void onReadyRead(Connection *connection);
    void run(Connection *connection);
    void readThrottled(Connection *connection);

    QTcpServer m_server;
    QList<QStringList> m_scripts;
    std::vector<std::unique_ptr<Connection>> m_playing; // one per script begun, in order
    int m_connections = 0;
    int m_mostAtOnce = 0;
    QList<QByteArray> m_received;
    QByteArray m_lastData;
    QString m_failure;
};

} // namespace selfmx::test
