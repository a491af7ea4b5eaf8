// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "delivery.h"
#include "httpserver.h"
#include "queue.h"
#include "validation.h"

#include "settings/configuration.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <memory>

namespace selfmx::relay {

struct RelayOptions {
    smtp::Settings smtp;
    settings::RelaySettings relay; // host, port, API key, limits, workers, pool
    QString queuePath;             // empty: defaultQueuePath(QString())
    HttpLimits limits;
    QString version;
};

// The local relay: HTTP API (SelfMX's and Resend's, ../shared/reference/relay-api.md) in
// front of the durable queue and the delivery pool. Lives on the Qt thread; only the HTTP
// parsing runs on libmicrohttpd's thread (see HttpServer).
class RelayServer : public QObject
{
    Q_OBJECT
public:
    explicit RelayServer(RelayOptions options, QObject *parent = nullptr);
    ~RelayServer() override;

    // The per-user data directory's queue file for a profile id (empty: "default").
    static QString defaultQueuePath(const QString &profileId);
    // True for 127.0.0.0/8, ::1 and "localhost": anything else is shown as a warning.
    static bool isLoopback(const QString &host);
    // A new API key: 32 random bytes from the system's generator, hex (what a client sends
    // as "Authorization: Bearer KEY"). The command line and the window make keys with it.
    static QString makeApiKey();

    bool start(QString *error);
    quint16 port() const { return m_http.serverPort(); }
    // Stops accepting (new requests get 503), lets in-flight SMTP transactions end, then
    // emits stopped(). Bounded by `timeoutMs`: after it, transactions are aborted (their
    // messages go back to queued on the next start).
    void stop(int timeoutMs = 30000);
    Queue &queue() { return m_queue; }

    // The API's handler, one batch of requests at a time (one transaction).
    QList<HttpResponse> handle(const QList<HttpRequest> &requests);

Q_SIGNALS:
    void stopped();
    // A delivery attempt ended: delivered, failed, or queued again for a retry.
    void messageFinished(const QString &id, selfmx::relay::MessageStatus status);

private:
    HttpResponse route(const HttpRequest &request, bool *wrote);
    HttpResponse send(const HttpRequest &request, bool *wrote);
    HttpResponse sendBatch(const HttpRequest &request, bool *wrote);
    HttpResponse getEmail(const QString &id);
    HttpResponse listEmails(const HttpRequest &request);
    HttpResponse cancelEmail(const QString &id, bool *wrote);
    HttpResponse rescheduleEmail(const HttpRequest &request, const QString &id, bool *wrote);
    HttpResponse testSmtp(const HttpRequest &request);
    HttpResponse health() const;
    HttpResponse metrics();
    std::variant<QJsonObject, ApiError> accept(const EmailRequest &email, const QJsonObject &body);
    void addRateLimitHeaders(HttpResponse &response, const QByteArray &key, bool *limited);
    void addCorsHeaders(const HttpRequest &request, HttpResponse &response) const;
    void logRequest(const HttpRequest &request, const HttpResponse &response) const;

    RelayOptions m_options;
    HttpServer m_http;
    Queue m_queue;
    std::unique_ptr<Deliverer> m_deliverer;
    struct Window {
        qint64 start = 0;
        int count = 0;
    };
    QHash<QByteArray, Window> m_windows;
    quint64 m_accepted = 0;
    bool m_stopping = false;
};

} // namespace selfmx::relay
