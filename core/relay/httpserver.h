// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <memory>
#include <utility>

struct MHD_Daemon;
struct MHD_Connection;

namespace selfmx::relay {

// One whole HTTP request, as the relay's handlers see it: header names in lower case.
struct HttpRequest {
    quint64 ticket = 0; // names the waiting connection, for HttpServer::reply()
    QByteArray method;
    QString path; // decoded, without the query
    QUrlQuery query;
    // A handful per request: a list looked through in order, not a hash (hashing each name
    // and each lookup's was 2 % of the relay's CPU). A repeated header keeps its last value.
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(QByteArrayView name) const
    {
        const auto it = findHeader(name);
        return it == headers.cend() ? QByteArray() : it->second;
    }
    bool hasHeader(QByteArrayView name) const { return findHeader(name) != headers.cend(); }
    // `name` in lower case.
    void setHeader(QByteArray name, QByteArray value)
    {
        if (const auto it = findHeader(name); it != headers.cend())
            headers[it - headers.cbegin()].second = std::move(value);
        else
            headers.append({std::move(name), std::move(value)});
    }
    QList<std::pair<QByteArray, QByteArray>>::const_iterator findHeader(QByteArrayView name) const
    {
        return std::find_if(headers.cbegin(), headers.cend(), [name](const auto &h) { return h.first == name; });
    }
};

struct HttpResponse {
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool deferred = false; // the answer comes later through HttpServer::reply(ticket, …)
    static HttpResponse later()
    {
        HttpResponse response;
        response.deferred = true;
        return response;
    }
};

struct HttpLimits {
    qint64 maxBodyBytes = qint64(40) * 1024 * 1024; // 413 above this, before the body is read
    int maxConnections = 256;                       // the rest wait in the listen backlog
    int idleTimeoutSeconds = 30;                    // half-sent or idle requests are closed
    // A body still arriving this long after its headers is cut off, however steadily it
    // trickles in (the idle timeout restarts on every byte). Header blocks are not covered:
    // libmicrohttpd calls the relay only once they are complete (see the README). Nor is a
    // body over maxBodyBytes that is read and dropped so its client gets the 413 after it.
    int requestTimeoutSeconds = 300;
    int headerMemoryBytes = 32 * 1024; // header block (and read buffer) per connection
};

// An HTTP/1.1 server on libmicrohttpd. MHD parses, limits and times out connections on its
// own thread; each complete request is handed to the Qt thread and its connection suspended
// (MHD_suspend_connection) until the answer is ready, so the Qt thread never blocks and MHD
// never waits for Qt. Requests that arrive together are handed over together (one call of
// the batch handler), which is what lets the relay commit them in one transaction.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    using BatchHandler = std::function<QList<HttpResponse>(const QList<HttpRequest> &)>;

    explicit HttpServer(BatchHandler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    // Port 0 picks a free port (serverPort() says which). False with *error set on failure:
    // "address_in_use" (EADDRINUSE), "address_not_available" (EADDRNOTAVAIL: not an address of
    // this machine, or not yet), "permission_denied" (EACCES: a privileged port), else words.
    bool listen(const QHostAddress &address, quint16 port, const HttpLimits &limits, QString *error);
    quint16 serverPort() const { return m_port; }
    bool isListening() const { return m_daemon != nullptr; }
    // Stops accepting, answers every request still waiting with 503, closes everything.
    void close();
    // The answer to a request whose handler returned HttpResponse::later().
    void reply(quint64 ticket, const HttpResponse &response);
    const HttpLimits &limits() const { return m_limits; }

    // Shared between MHD's thread and the Qt thread; public for the C callbacks only.
    struct Pending;
    // Suspends the request's connection and hands the request to the Qt thread; false (and
    // nothing done) once close() has begun: the caller answers 503 itself.
    bool handOver(MHD_Connection *connection, Pending *pending);

private:
    void drain();
    void resume(Pending *pending, const HttpResponse &response);

    BatchHandler m_handler;
    MHD_Daemon *m_daemon = nullptr;
    quint16 m_port = 0;
    QMutex m_mutex; // guards m_inbox, m_drainScheduled and m_closing
    QList<Pending *> m_inbox;
    bool m_drainScheduled = false;
    bool m_closing = false;
    QHash<quint64, Pending *> m_waiting; // Qt thread only: handed over, not yet answered
    quint64 m_nextTicket = 1;
    HttpLimits m_limits;
};

} // namespace selfmx::relay
