// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "fakesmtpserver.h"

namespace selfmx::test {

namespace {
QByteArray unescape(const QString &text)
{
    QByteArray out = text.toUtf8();
    out.replace("\\r", "\r");
    out.replace("\\n", "\n");
    return out;
}
} // namespace

FakeSmtpServer::FakeSmtpServer(QStringList script, QObject *parent)
    : QObject(parent)
    , m_script(std::move(script))
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeSmtpServer::onNewConnection);
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        m_failure = QStringLiteral("cannot listen: ") + m_server.errorString();
}

FakeSmtpServer::~FakeSmtpServer()
{
    if (m_socket)
        m_socket->abort();
}

QString FakeSmtpServer::progress() const
{
    return QStringLiteral("at step %1 of %2 (%3); failure: %4")
        .arg(m_step)
        .arg(m_script.size())
        .arg(m_script.value(m_step), m_failure.isEmpty() ? QStringLiteral("none") : m_failure);
}

void FakeSmtpServer::onNewConnection()
{
    QTcpSocket *socket = m_server.nextPendingConnection();
    if (m_socket) { // one connection per script
        socket->abort();
        socket->deleteLater();
        return;
    }
    m_socket = socket;
    connect(socket, &QTcpSocket::readyRead, this, &FakeSmtpServer::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, [this]() {
        m_clientGone = true;
        Q_EMIT clientGone();
    });
    run();
}

void FakeSmtpServer::onReadyRead()
{
    if (m_holding || m_throttleBytes > 0)
        return; // left in the socket (and, once Qt's small buffer is full, in the kernel)
    m_buffer += m_socket->readAll();
    run();
}

void FakeSmtpServer::readThrottled()
{
    if (!m_socket)
        return;
    m_buffer += m_socket->read(m_throttleBytes);
    run();
}

void FakeSmtpServer::run()
{
    while (!m_paused && m_failure.isEmpty() && m_step < m_script.size() && m_socket) {
        const QString step = m_script.at(m_step);
        if (step.startsWith(u"S: ") || step == u"S:") {
            m_socket->write(unescape(step.mid(3)) + "\r\n");
            m_socket->flush();
        } else if (step.startsWith(u"R: ")) {
            m_socket->write(unescape(step.mid(3)));
            m_socket->flush();
        } else if (step.startsWith(u"P: ")) {
            m_paused = true;
            ++m_step;
            QTimer::singleShot(step.mid(3).toInt(), this, [this]() {
                m_paused = false;
                run();
            });
            return;
        } else if (step.startsWith(u"C: ")) {
            const qsizetype newline = m_buffer.indexOf("\r\n");
            if (newline < 0)
                return; // wait for more
            const QByteArray line = m_buffer.left(newline);
            m_buffer.remove(0, newline + 2);
            m_received.append(line);
            if (line != unescape(step.mid(3))) {
                m_failure = QStringLiteral("step %1: expected the client to send \"%2\", got \"%3\"")
                                .arg(m_step)
                                .arg(step.mid(3), QString::fromUtf8(line));
                m_socket->abort();
                return;
            }
        } else if (step == u"D") {
            const qsizetype end = (m_buffer.startsWith(".\r\n")) ? 0 : m_buffer.indexOf("\r\n.\r\n");
            if (end < 0)
                return;
            m_data = m_buffer.left(end == 0 ? 0 : end + 2);
            m_buffer.remove(0, end == 0 ? 3 : end + 5);
        } else if (step.startsWith(u"W: ")) {
            if (m_buffer.size() < step.mid(3).toLongLong())
                return;
            m_buffer.clear();
        } else if (step == u"H") {
            m_holding = true;
            m_socket->setReadBufferSize(1);
            return; // never goes on
        } else if (step.startsWith(u"T: ")) {
            m_throttleBytes = step.mid(3).toLongLong();
            m_socket->setReadBufferSize(m_throttleBytes);
            // A small kernel receive buffer too: what the client sends then waits in its own
            // send queue, unacknowledged, as behind a slow link (not acknowledged and parked here).
            m_socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, int(m_throttleBytes));
            m_throttle = new QTimer(this);
            connect(m_throttle, &QTimer::timeout, this, &FakeSmtpServer::readThrottled);
            m_throttle->start(100);
        } else if (step == u"X") {
            ++m_step;
            m_socket->disconnectFromHost();
            continue;
        } else {
            m_failure = QStringLiteral("bad script step: ") + step;
            return;
        }
        ++m_step;
    }
    if (m_step >= m_script.size() && m_failure.isEmpty())
        Q_EMIT scriptFinished();
}

} // namespace selfmx::test
