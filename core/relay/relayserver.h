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
#include <QSet>
#include <QTimer>

#include <memory>

namespace selfmx::relay {

struct RelayOptions {
    smtp::Settings smtp;
    settings::RelaySettings relay; // host, port, API key, limits, workers, pool
    QString queuePath;             // empty: defaultQueuePath(QString())
    HttpLimits limits;
    QString version;
    int messagesPerConnection = 100; // SMTP transactions per pooled connection, then a fresh one
};

// The local relay: HTTP API (SelfMX's and Resend's, ../shared/reference/relay-api.md) in
// front of the durable queue and the delivery pool. Lives on the Qt thread, which alone
// writes the queue; the HTTP parsing runs on libmicrohttpd's thread (see HttpServer) and the
// SMTP sessions on the delivery thread (see Deliverer).
class RelayServer : public QObject
{
    Q_OBJECT
public:
    explicit RelayServer(RelayOptions options, QObject *parent = nullptr);
    ~RelayServer() override;

    // The per-user data directory's queue file for a profile id (empty: "default").
    static QString defaultQueuePath(const QString &profileId);
    // A new API key: 32 random bytes from the system's generator, hex.
    static QString makeApiKey();
    // True for 127.0.0.0/8, ::1 and "localhost": anything else is shown as a warning.
    static bool isLoopback(const QString &host);

    // `error`: a code ("no_api_key", "host_not_ip", "in_use": another relay delivers from
    // this queue, see lockHolder(); HttpServer::listen()'s "address_in_use",
    // "address_not_available", "permission_denied") or the system's words (SQLite, the socket).
    bool start(QString *error);
    qint64 lockHolder() const { return m_lockHolder; }
    quint16 port() const { return m_http.serverPort(); }
    // Stops accepting (new requests get 503), lets in-flight SMTP transactions end, then
    // emits stopped(). Bounded by `timeoutMs`: after it, transactions are aborted (their
    // messages go back to queued on the next start).
    void stop(int timeoutMs = 30000);
    Queue &queue() { return m_queue; }
    // Replaces the API key of a running (or not yet started) relay: from the next request on
    // only `key` is accepted. Call it on the relay's own thread (the Qt thread, where every
    // request is authorised, see HttpServer): the key is read nowhere else, so no lock is
    // needed, and requests already answered keep their answers. An empty key is refused.
    bool setApiKey(const QString &key);

    // What the console's retry and cancel buttons do (the HTTP API cancels with
    // POST /emails/{id}/cancel). `error`: "not_found", or "wrong_state" with the message's
    // state in `*current`; queueChanged() follows a change.
    bool retry(const QString &id, QString *error, std::optional<MessageStatus> *current = nullptr);
    bool cancel(const QString &id, QString *error, std::optional<MessageStatus> *current = nullptr);

    // The API's handler, one batch of requests at a time (one transaction).
    QList<HttpResponse> handle(const QList<HttpRequest> &requests);

Q_SIGNALS:
    void stopped();
    // A delivery attempt ended: delivered, failed, or queued again for a retry.
    void messageFinished(const QString &id, selfmx::relay::MessageStatus status);
    // Something in the queue changed (accepted, canceled, rescheduled, retried, or a
    // delivery attempt ended): counts and lists are worth reading again.
    void queueChanged();

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
    // `received`: the body's bytes as they came, stored as they are when SQLite reads them as
    // Qt did (storableAsReceived); else, and for a batch's items, Qt's serialisation of `body`.
    std::variant<QJsonObject, ApiError> accept(const EmailRequest &email, const QJsonObject &body, const QByteArray &received = {});
    // Idempotency-Key: an earlier answer to replay, or why not (400, 409); nothing without the header.
    std::optional<HttpResponse> idempotentReplay(const HttpRequest &request, const QDateTime &now);
    void rememberAnswer(const HttpRequest &request, const QJsonObject &answer, const QDateTime &now);
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
    QHash<QByteArray, Window> m_windows; // by the key's SHA-256
    // The last key seen and its SHA-256, so a run of requests with one key (the usual case:
    // only the relay's own key gets this far) hashes it once, not per request.
    QByteArray m_lastKey;
    QByteArray m_lastKeyHash;
    quint64 m_accepted = 0;
    quint64 m_idMillis = 0;       // the last message id's time (timeOrderedId)
    quint16 m_idSequence = 0;     // and its counter within that millisecond
    QSet<QByteArray> m_batchKeys; // Idempotency-Keys accepted in the batch being handled (not committed yet)
    // Messages of the batch being handled stored as `sending`, for free delivery slots
    // (Deliverer::deliverNow after the commit); m_directSlots: how many more may be.
    QList<QueuedMessage> m_direct;
    int m_directSlots = 0;
    void prune();

    bool m_stopping = false;
    qint64 m_lockHolder = 0;
    QTimer *m_pruneTimer = nullptr;
};

} // namespace selfmx::relay
