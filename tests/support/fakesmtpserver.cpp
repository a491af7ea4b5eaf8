// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "fakesmtpserver.h"

#include <algorithm>

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
    , m_scripts{std::move(script)}
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeSmtpServer::onNewConnection);
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        m_failure = QStringLiteral("cannot listen: ") + m_server.errorString();
}

FakeSmtpServer::~FakeSmtpServer()
{
    for (const std::unique_ptr<Connection> &c : m_playing) {
        if (c->socket)
            c->socket->abort();
    }
}

void FakeSmtpServer::expectConnection(QStringList script)
{
    m_scripts.append(std::move(script));
}

void FakeSmtpServer::release()
{
    for (const std::unique_ptr<Connection> &c : m_playing) {
        if (c->awaitingRelease) {
            c->awaitingRelease = false;
            ++c->step;
            run(c.get());
        }
    }
}

bool FakeSmtpServer::isComplete() const
{
    if (!m_failure.isEmpty() || m_playing.size() < size_t(m_scripts.size()))
        return false;
    for (const std::unique_ptr<Connection> &c : m_playing) {
        if (c->step < c->script.size())
            return false;
    }
    return true;
}

QByteArray FakeSmtpServer::data(int connection) const
{
    return connection >= 0 && size_t(connection) < m_playing.size() ? m_playing.at(size_t(connection))->data : QByteArray();
}

bool FakeSmtpServer::clientDisconnected() const
{
    return !m_playing.empty()
           && std::all_of(m_playing.cbegin(), m_playing.cend(), [](const std::unique_ptr<Connection> &c) { return c->gone; });
}

bool FakeSmtpServer::clientDisconnected(int connection) const
{
    return connection >= 0 && size_t(connection) < m_playing.size() && m_playing.at(size_t(connection))->gone;
}

QString FakeSmtpServer::progress() const
{
    QStringList parts;
    for (size_t i = 0; i < m_playing.size(); ++i) {
        const Connection &c = *m_playing.at(i);
        const QString at = QStringLiteral("step %1 of %2 (%3)").arg(c.step).arg(c.script.size()).arg(c.script.value(c.step));
        parts.append(m_scripts.size() == 1 ? at : QStringLiteral("connection %1 at %2").arg(i + 1).arg(at));
    }
    if (m_playing.empty())
        parts.append(QStringLiteral("no connection yet"));
    else if (m_playing.size() < size_t(m_scripts.size()))
        parts.append(QStringLiteral("%1 of %2 connections made").arg(m_playing.size()).arg(m_scripts.size()));
    return QStringLiteral("at %1; failure: %2")
        .arg(parts.join(QStringLiteral(", ")), m_failure.isEmpty() ? QStringLiteral("none") : m_failure);
}

void FakeSmtpServer::onNewConnection()
{
    QTcpSocket *socket = m_server.nextPendingConnection();
    ++m_connections;
    const auto open = std::count_if(m_playing.cbegin(), m_playing.cend(), [](const std::unique_ptr<Connection> &c) {
        return c->socket && !c->gone && c->socket->state() == QAbstractSocket::ConnectedState;
    });
    m_mostAtOnce = qMax(m_mostAtOnce, int(open) + 1);
    if (m_playing.size() >= size_t(m_scripts.size())) { // one connection per script
        socket->abort();
        socket->deleteLater();
        return;
    }
    auto connection = std::make_unique<Connection>();
    Connection *c = connection.get();
    c->socket = socket;
    c->script = m_scripts.at(qsizetype(m_playing.size()));
    m_playing.push_back(std::move(connection));
    connect(socket, &QTcpSocket::readyRead, this, [this, c]() { onReadyRead(c); });
    connect(socket, &QTcpSocket::disconnected, this, [this, c]() {
        c->gone = true;
        Q_EMIT clientGone();
    });
    run(c);
}

void FakeSmtpServer::onReadyRead(Connection *c)
{
    if (c->holding || c->throttleBytes > 0)
        return; // left in the socket (and, once Qt's small buffer is full, in the kernel)
    c->buffer += c->socket->readAll();
    run(c);
}

void FakeSmtpServer::readThrottled(Connection *c)
{
    if (!c->socket)
        return;
    c->buffer += c->socket->read(c->throttleBytes);
    run(c);
}

void FakeSmtpServer::run(Connection *c)
{
    while (!c->paused && !c->awaitingRelease && m_failure.isEmpty() && c->step < c->script.size() && c->socket) {
        const QString step = c->script.at(c->step);
        if (step.startsWith(u"S: ") || step == u"S:") {
            c->socket->write(unescape(step.mid(3)) + "\r\n");
            c->socket->flush();
        } else if (step.startsWith(u"R: ")) {
            c->socket->write(unescape(step.mid(3)));
            c->socket->flush();
        } else if (step.startsWith(u"P: ")) {
            c->paused = true;
            ++c->step;
            QTimer::singleShot(step.mid(3).toInt(), this, [this, c]() {
                c->paused = false;
                run(c);
            });
            return;
        } else if (step.startsWith(u"C: ")) {
            const qsizetype newline = c->buffer.indexOf("\r\n");
            if (newline < 0)
                return; // wait for more
            const QByteArray line = c->buffer.left(newline);
            c->buffer.remove(0, newline + 2);
            m_received.append(line);
            if (line != unescape(step.mid(3))) {
                m_failure = QStringLiteral("step %1: expected the client to send \"%2\", got \"%3\"")
                                .arg(c->step)
                                .arg(step.mid(3), QString::fromUtf8(line));
                c->socket->abort();
                return;
            }
        } else if (step == u"D") {
            const qsizetype end = (c->buffer.startsWith(".\r\n")) ? 0 : c->buffer.indexOf("\r\n.\r\n");
            if (end < 0)
                return;
            c->data = c->buffer.left(end == 0 ? 0 : end + 2);
            m_lastData = c->data;
            c->buffer.remove(0, end == 0 ? 3 : end + 5);
        } else if (step.startsWith(u"W: ")) {
            if (c->buffer.size() < step.mid(3).toLongLong())
                return;
            c->buffer.clear();
        } else if (step == u"H") {
            c->holding = true;
            c->socket->setReadBufferSize(1);
            return; // never goes on
        } else if (step == u"B") {
            c->awaitingRelease = true;
            Q_EMIT awaitingRelease();
            return; // release() goes on
        } else if (step.startsWith(u"T: ")) {
            c->throttleBytes = step.mid(3).toLongLong();
            c->socket->setReadBufferSize(c->throttleBytes);
            // A small kernel receive buffer too: what the client sends then waits in its own
            // send queue, unacknowledged, as behind a slow link (not acknowledged and parked here).
            c->socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, int(c->throttleBytes));
            c->throttle = new QTimer(this);
            connect(c->throttle, &QTimer::timeout, this, [this, c]() { readThrottled(c); });
            c->throttle->start(100);
        } else if (step == u"X") {
            ++c->step;
            c->socket->disconnectFromHost();
            continue;
        } else {
            m_failure = QStringLiteral("bad script step: ") + step;
            return;
        }
        ++c->step;
    }
    if (isComplete())
        Q_EMIT scriptFinished();
}

} // namespace selfmx::test
