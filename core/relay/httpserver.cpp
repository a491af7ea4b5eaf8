// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "httpserver.h"

#include "logging.h"
#include "microhttpdlibrary.h"

#include <QMutexLocker>
#include <QUrl>

#include <microhttpd.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace selfmx::relay {

// One request's life: created by MHD's thread on the first call of the access handler,
// filled with the body, handed to the Qt thread (connection suspended), answered
// (response set, connection resumed), queued by MHD's thread, freed when MHD is done.
struct HttpServer::Pending {
    MHD_Connection *connection = nullptr;
    HttpRequest request;
    QElapsedTimer since; // the headers' arrival: the body's deadline counts from here
    qint64 received = 0;
    qint64 declared = -1; // Content-Length, when the request has one
    bool handedOver = false;
    bool overLimit = false; // a chunked body passed the limit: the rest is dropped, then 413
    bool answered = false;  // a 413 is queued, or the Qt thread answered (before MHD_resume_connection)
    HttpResponse response;
};

namespace {

// libmicrohttpd, loaded by the first listen() (microhttpdlibrary.h).
const microhttpd::Functions &mhd()
{
    return microhttpd::functions();
}

MHD_Result collectHeader(void *cls, MHD_ValueKind, const char *key, const char *value)
{
    auto *request = static_cast<HttpRequest *>(cls);
    request->setHeader(QByteArray(key).toLower(), QByteArray(value ? value : ""));
    return MHD_YES;
}

MHD_Result collectArgument(void *cls, MHD_ValueKind, const char *key, const char *value)
{
    auto *query = static_cast<QUrlQuery *>(cls);
    query->addQueryItem(QString::fromUtf8(key), QString::fromUtf8(value ? value : ""));
    return MHD_YES;
}

MHD_Result queue(MHD_Connection *connection, const HttpResponse &answer, bool close)
{
    MHD_Response *response =
        mhd().createResponseFromBuffer(size_t(answer.body.size()), const_cast<char *>(answer.body.constData()), MHD_RESPMEM_MUST_COPY);
    if (!response)
        return MHD_NO;
    for (const auto &[name, value] : answer.headers)
        mhd().addResponseHeader(response, name.constData(), value.constData());
    if (close)
        mhd().addResponseHeader(response, MHD_HTTP_HEADER_CONNECTION, "close");
    const MHD_Result result = mhd().queueResponse(connection, unsigned(answer.status), response);
    mhd().destroyResponse(response);
    return result;
}

HttpResponse stopping()
{
    HttpResponse response;
    response.status = 503;
    response.body = QByteArrayLiteral("{\"statusCode\":503,\"name\":\"service_unavailable\",\"message\":\"The relay is stopping.\"}");
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return response;
}

HttpResponse tooLarge(qint64 limit)
{
    HttpResponse response;
    response.status = 413;
    response.body = QByteArrayLiteral("{\"statusCode\":413,\"name\":\"payload_too_large\",\"message\":\"The request body is larger than ")
                    + QByteArray::number(limit) + QByteArrayLiteral(" bytes.\"}");
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return response;
}

MHD_Result onAccess(void *cls, MHD_Connection *connection, const char *url, const char *method, const char *, const char *uploadData,
                    size_t *uploadDataSize, void **context)
{
    auto *server = static_cast<HttpServer *>(cls);
    auto *pending = static_cast<HttpServer::Pending *>(*context);
    if (!pending) {
        pending = new HttpServer::Pending;
        pending->connection = connection;
        pending->since.start();
        *context = pending;
        HttpRequest &request = pending->request;
        request.method = QByteArray(method);
        request.path = QUrl::fromPercentEncoding(QByteArray(url));
        request.headers.reserve(12);
        mhd().getConnectionValues(connection, MHD_HEADER_KIND, collectHeader, &request);
        mhd().getConnectionValues(connection, MHD_GET_ARGUMENT_KIND, collectArgument, &request.query);
        // A declared size over the limit is refused now: before "100 Continue", before a
        // byte of the body is read (MHD closes the connection after this answer). A client
        // that did not ask "Expect: 100-continue" (Node's fetch, Resend's SDK) is already
        // sending the body, and closing under it resets the connection, losing the 413 in
        // its receive buffer: up to twice the limit its body is read and dropped (memory stays
        // flat) so it gets the 413 after it, as a chunked body over the limit does.
        bool sizeOk = false;
        const qint64 limit = server->limits().maxBodyBytes;
        const qint64 declared = request.header("content-length").toLongLong(&sizeOk);
        if (sizeOk && declared > limit) {
            if (request.header("expect").isEmpty() && declared <= 2 * limit) {
                pending->overLimit = true;
                return MHD_YES;
            }
            pending->answered = true;
            return queue(connection, tooLarge(limit), true);
        }
        // Held whole (the handlers take whole JSON). Reserved up to 64 KiB from the declared
        // size only: the key is not checked yet, and a header block must not claim memory.
        // Beyond that the body gets room for what it may still become in one step (below).
        if (sizeOk && declared > 0) {
            // libmicrohttpd reads a chunked body as chunked whatever Content-Length says: the
            // declared size is believed only without Transfer-Encoding.
            if (request.header("transfer-encoding").isEmpty())
                pending->declared = declared;
            request.body.reserve(qsizetype(qMin(declared, qint64(64 * 1024))));
        }
        return MHD_YES; // MHD answers "Expect: 100-continue" when we return without a response
    }
    if (pending->answered && !pending->handedOver)
        return MHD_YES; // the 413 above is queued; MHD discards the rest
    if (*uploadDataSize > 0) {
        // A body sent a byte at a time never lets the idle timeout fire: past the request's
        // deadline the connection is closed (MHD cannot answer in the middle of a body).
        // Not a body over the limit being drained (below): it is read only so its client gets
        // the 413 after it, and a cut there loses the answer. The drain is bounded by the
        // idle timeout and by twice the limit in bytes, nothing of it is kept, and the
        // connection limit still holds.
        if (!pending->overLimit && pending->since.hasExpired(qint64(server->limits().requestTimeoutSeconds) * 1000)) {
            qCInfo(lcRelay) << "closing a connection whose body took over" << server->limits().requestTimeoutSeconds << "s";
            pending->request.body = QByteArray();
            return MHD_NO;
        }
        pending->received += qint64(*uploadDataSize);
        if (pending->overLimit || pending->received > server->limits().maxBodyBytes) {
            // A chunked body with no declared size grew over the limit (or a declared one over
            // it is being drained, above). MHD cannot answer in the middle of a body, so the
            // rest is read and dropped (memory stays flat) and 413 follows its end; a client
            // that sends more than twice the limit is cut off.
            if (!pending->overLimit) {
                qCInfo(lcRelay) << "refusing a chunked body over" << server->limits().maxBodyBytes << "bytes";
                pending->overLimit = true;
                pending->request.body = QByteArray();
            }
            *uploadDataSize = 0;
            return pending->received > 2 * server->limits().maxBodyBytes ? MHD_NO : MHD_YES;
        }
        QByteArray &body = pending->request.body;
        const qsizetype needed = body.size() + qsizetype(*uploadDataSize);
        if (needed > body.capacity()) {
            // Past its first 64 KiB, room for all it may still become (its declared size, else
            // the limit) in one step. Only the pages written become memory, and a large body
            // is never copied to a larger buffer: grown by doubling, an allocator without
            // mremap (the relay program's mimalloc) held the old and the new buffer at once,
            // 72 MiB at the last step to a 40 MiB limit.
            constexpr qint64 kFirst = 64 * 1024; // what a declared size reserves at once (above)
            const qint64 limit = server->limits().maxBodyBytes;
            qint64 room = limit; // a chunked body, or one longer than it said (never a step per piece)
            if (pending->declared > 0 && needed <= pending->declared)
                room = qMin(pending->declared, limit);
            else if (pending->declared <= 0 && needed <= kFirst)
                room = kFirst; // a chunked body's first 64 KiB, as a declared one's
            body.reserve(qsizetype(qMax(qint64(needed), room)));
        }
        body.append(uploadData, qsizetype(*uploadDataSize));
        *uploadDataSize = 0;
        return MHD_YES;
    }
    if (pending->overLimit) {
        pending->answered = true;
        return queue(connection, tooLarge(server->limits().maxBodyBytes), true);
    }
    if (!pending->handedOver) {
        pending->handedOver = true;
        if (!server->handOver(connection, pending)) // the relay is stopping
            return queue(connection, stopping(), true);
        return MHD_YES;
    }
    // Resumed by the Qt thread: the answer is ready.
    return queue(connection, pending->response, false);
}

void onCompleted(void *, MHD_Connection *, void **context, MHD_RequestTerminationCode)
{
    delete static_cast<HttpServer::Pending *>(*context);
    *context = nullptr;
}

} // namespace

HttpServer::HttpServer(BatchHandler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
}

HttpServer::~HttpServer()
{
    close();
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, const HttpLimits &limits, QString *error)
{
    m_limits = limits;
    QString loadError;
    if (!microhttpd::load(&loadError)) {
        if (error)
            *error = loadError;
        return false;
    }
    sockaddr_storage storage{};
    socklen_t length = 0;
    unsigned int flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO | MHD_ALLOW_SUSPEND_RESUME;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &bytes, sizeof bytes);
        length = sizeof(sockaddr_in6);
        flags |= MHD_USE_IPv6;
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    // The listening socket is made here and handed to MHD (MHD_OPTION_LISTEN_SOCKET): when
    // bind() fails MHD only says why in its log, so the errno is learnt here, where it is
    // exact, and the caller gets a code (a busy port is worth a restart, a wrong HOST is not).
    // The options are MHD's own defaults for a socket it makes: SO_REUSEADDR, IPv6 only.
    const int listening = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    int why = listening < 0 ? errno : 0;
    if (listening >= 0) {
        const int on = 1;
        ::setsockopt(listening, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
        if (storage.ss_family == AF_INET6)
            ::setsockopt(listening, IPPROTO_IPV6, IPV6_V6ONLY, &on, sizeof on);
        if (::bind(listening, reinterpret_cast<sockaddr *>(&storage), length) != 0 || ::listen(listening, SOMAXCONN) != 0)
            why = errno;
    }
    if (why != 0) {
        if (listening >= 0)
            ::close(listening);
        if (error) {
            switch (why) {
            case EADDRINUSE: *error = QStringLiteral("address_in_use"); break;
            case EADDRNOTAVAIL: *error = QStringLiteral("address_not_available"); break;
            case EACCES: *error = QStringLiteral("permission_denied"); break;
            default:
                *error = QStringLiteral("cannot listen on %1 port %2: %3")
                             .arg(address.toString())
                             .arg(port)
                             .arg(QString::fromLocal8Bit(std::strerror(why)));
            }
        }
        return false;
    }
    sockaddr_storage bound{};
    socklen_t boundLength = sizeof bound;
    quint16 boundPort = port;
    if (::getsockname(listening, reinterpret_cast<sockaddr *>(&bound), &boundLength) == 0)
        boundPort = ntohs(bound.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6 *>(&bound)->sin6_port
                                                      : reinterpret_cast<sockaddr_in *>(&bound)->sin_port);
    {
        const QMutexLocker locker(&m_mutex); // listening again after a close()
        m_closing = false;
    }
    m_daemon = mhd().startDaemon(flags, boundPort, nullptr, nullptr, &onAccess, this,                                 //
                                 MHD_OPTION_LISTEN_SOCKET, static_cast<MHD_socket>(listening),                        //
                                 MHD_OPTION_CONNECTION_LIMIT, static_cast<unsigned int>(limits.maxConnections),       //
                                 MHD_OPTION_CONNECTION_TIMEOUT, static_cast<unsigned int>(limits.idleTimeoutSeconds), //
                                 MHD_OPTION_CONNECTION_MEMORY_LIMIT, static_cast<size_t>(limits.headerMemoryBytes),   //
                                 MHD_OPTION_NOTIFY_COMPLETED, &onCompleted, nullptr,                                  //
                                 MHD_OPTION_END);
    if (!m_daemon) {
        // Not closed here: MHD closes the socket it was given on its own failure paths
        // (libmicrohttpd 0.9.75, MHD_start_daemon_va), and a second close could hit a descriptor
        // another thread opened since.
        if (error)
            *error = QStringLiteral("cannot listen on %1 port %2").arg(address.toString()).arg(port);
        return false;
    }
    m_port = boundPort;
    return true;
}

void HttpServer::close()
{
    if (!m_daemon)
        return;
    // Quiescing hands the listening socket over to us (libmicrohttpd's manual: "the caller is
    // responsible for closing" it; MHD_stop_daemon no longer does): close it below, or the
    // port stays bound until the process ends and the next start() on it fails.
    const MHD_socket listening = mhd().quiesceDaemon(m_daemon);
    // From here MHD's thread answers new requests 503 itself instead of suspending them:
    // libmicrohttpd aborts the process if the daemon stops with a connection suspended.
    QList<Pending *> inbox;
    {
        const QMutexLocker locker(&m_mutex);
        m_closing = true;
        inbox.swap(m_inbox);
    }
    for (Pending *pending : std::as_const(inbox))
        m_waiting.insert(m_nextTicket++, pending);
    const HttpResponse unavailable = stopping();
    const QList<Pending *> waiting = m_waiting.values();
    m_waiting.clear();
    for (Pending *pending : waiting)
        resume(pending, unavailable);
    mhd().stopDaemon(m_daemon);
    m_daemon = nullptr;
    if (listening != MHD_INVALID_SOCKET)
        ::close(listening);
}

bool HttpServer::handOver(MHD_Connection *connection, Pending *pending)
{
    bool schedule = false;
    {
        const QMutexLocker locker(&m_mutex);
        if (m_closing)
            return false;
        // Suspended under the lock close() takes: a request is either in the inbox close()
        // answers, or refused above, never suspended after close() looked.
        mhd().suspendConnection(connection);
        m_inbox.append(pending);
        schedule = !m_drainScheduled;
        m_drainScheduled = true;
    }
    if (schedule)
        QMetaObject::invokeMethod(this, &HttpServer::drain, Qt::QueuedConnection);
    return true;
}

void HttpServer::drain()
{
    QList<Pending *> batch;
    {
        const QMutexLocker locker(&m_mutex);
        batch.swap(m_inbox);
        m_drainScheduled = false;
    }
    if (batch.isEmpty() || !m_daemon)
        return;
    QList<HttpRequest> requests;
    requests.reserve(batch.size());
    for (Pending *pending : std::as_const(batch)) {
        pending->request.ticket = m_nextTicket++;
        m_waiting.insert(pending->request.ticket, pending);
        requests.append(pending->request);
    }
    const QList<HttpResponse> responses = m_handler(requests);
    for (qsizetype i = 0; i < requests.size(); ++i) {
        HttpResponse response;
        if (i < responses.size()) {
            response = responses.at(i);
        } else {
            response.status = 500;
        }
        if (response.deferred)
            continue;
        reply(requests.at(i).ticket, response);
    }
}

void HttpServer::reply(quint64 ticket, const HttpResponse &response)
{
    Pending *pending = m_waiting.take(ticket);
    if (pending && m_daemon)
        resume(pending, response);
}

void HttpServer::resume(Pending *pending, const HttpResponse &response)
{
    pending->response = response;
    pending->answered = true;
    mhd().resumeConnection(pending->connection);
}

} // namespace selfmx::relay
