// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "mime/message.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>

class QLockFile;
struct sqlite3;
namespace selfmx::relay::sqlite {
struct Functions;
}

namespace selfmx::relay {

// A message's state in the queue (SelfMX's words, plus scheduled and canceled from Resend).
enum class MessageStatus { Queued, Scheduled, Sending, Delivered, Failed, Canceled };
QString statusName(MessageStatus status);
std::optional<MessageStatus> statusFromName(const QString &name);

struct QueuedMessage {
    QString id;
    MessageStatus status = MessageStatus::Queued;
    QDateTime createdAt;
    std::optional<QDateTime> scheduledAt;
    std::optional<QDateTime> deliveredAt;
    QDateTime nextAttemptAt;
    int attempts = 0;
    QString lastError;        // the server's words
    QString failedRecipients; // JSON array of {address, reply} for a partial accept
    QString sender;           // the from field as given
    QString recipients;       // the to addresses, comma-separated (list filter)
    QString subject;
    QByteArray messageId; // "<…>", fixed when accepted so a resend keeps it
    // The validated send body as compact JSON text, UTF-8 (its body fields removed once
    // pruned); parsed where it is read (the delivery thread, GET), never on the Qt thread's way
    // to a delivery.
    QByteArray request;
    QJsonObject requestObject() const;
    // The message as validated when it was accepted, for a first attempt handed straight to
    // the delivery thread (RelayServer::accept): it builds from this instead of parsing and
    // validating `request` again. Never stored; empty for a message read from the queue.
    std::shared_ptr<const mime::Message> validated;
};

struct ListFilter {
    int page = 1;
    int limit = 20;
    std::optional<MessageStatus> status;
    QString from;
    QString to;
};

// The durable queue: one SQLite database (WAL) in the per-user data directory, used from
// the Qt thread only. A message is in it, committed, before its id is answered.
class Queue
{
public:
    Queue();
    ~Queue();
    Queue(const Queue &) = delete;
    Queue &operator=(const Queue &) = delete;

    // Owner: the relay that delivers from this queue. It holds a lock file beside the
    // database (one relay per queue), and messages a crash left `sending` go back to
    // `queued` (those whose DATA was acknowledged were already recorded delivered).
    // Inspect: another process reading or changing it while a relay may be running (the
    // `relay list|status|retry|cancel` commands): it takes no lock and recovers nothing, so
    // it never requeues a message the running relay is sending.
    enum class Mode { Owner, Inspect };
    // Opens or creates the database. `error`: SQLite's words, or for an Owner whose queue
    // is in use, "in_use" with the other process's id in `*lockHolder`.
    bool open(const QString &path, QString *error, Mode mode = Mode::Owner, qint64 *lockHolder = nullptr);
    QString path() const { return m_path; }
    // The process id of the relay delivering from the queue at `path`, if one runs.
    static std::optional<qint64> runningOwner(const QString &path);

    // One transaction around a batch of accepted requests (group commit).
    bool begin();
    bool commit();
    void rollback();
    // WAL checkpoints the owner's checkpoint thread completed (0 for an inspecting queue).
    quint64 checkpoints() const;

    bool insert(const QueuedMessage &message);
    std::optional<QueuedMessage> find(const QString &id, bool withRequest = true);
    // Newest first; each request without its attachments (the list never shows them).
    QList<QueuedMessage> list(const ListFilter &filter, qint64 *total);
    bool setStatus(const QString &id, MessageStatus status);
    bool reschedule(const QString &id, const QDateTime &when);

    // Due messages (queued or scheduled, next attempt reached), oldest first, now `sending`.
    QList<QueuedMessage> takeDue(const QDateTime &now, int limit);
    // The same inside the caller's transaction (begin() ... commit()): the delivery path
    // records a batch of outcomes and takes the next messages in one commit.
    QList<QueuedMessage> takeDueInTransaction(const QDateTime &now, int limit);
    // Taken but not sent after all (the relay is stopping): `sending` becomes `queued` again.
    void release(const QList<QueuedMessage> &taken);
    std::optional<QDateTime> nextDue();
    bool markDelivered(const QString &id, const QDateTime &when, const QString &failedRecipients, int attempts);
    bool markRetry(const QString &id, int attempts, const QDateTime &next, const QString &lastError);
    bool markFailed(const QString &id, int attempts, const QString &lastError, const QString &failedRecipients = {});
    qint64 depth();
    // Messages per status (statuses with none are absent).
    QHash<MessageStatus, qint64> counts();
    // Try again now: a failed or canceled message, or a queued one waiting for its next
    // attempt, becomes queued and due at `now`. False when it is not in one of those states
    // (`*current` says which it is in) or does not exist (`*current` empty).
    bool retry(const QString &id, const QDateTime &now, std::optional<MessageStatus> *current);
    // Cancel: a queued or scheduled message becomes canceled; as retry() otherwise.
    bool cancel(const QString &id, std::optional<MessageStatus> *current);
    // Retention: drops the body (text, html, attachments, headers) from the stored request of
    // messages delivered before `before`; their addresses, subject, tags and metadata stay for
    // the list. Returns how many were pruned.
    qint64 pruneDelivered(const QDateTime &before);

    // Idempotency-Key records (24 h).
    struct Remembered {
        QByteArray bodyHash;
        int status = 0;
        QByteArray response;
    };
    std::optional<Remembered> remembered(const QString &key, const QDateTime &now);
    bool remember(const QString &key, const QByteArray &bodyHash, int status, const QByteArray &response, const QDateTime &now);
    // Drops the records made at or before `before` (the relay: 24 h ago); how many.
    qint64 pruneIdempotency(const QDateTime &before);

private:
    bool changeState(const QString &id, const QString &sql, const QList<MessageStatus> &from, const QVariantList &values,
                     std::optional<MessageStatus> *current);

    QSqlQuery &prepared(const QString &sql);
    // The hot paths' statements (accept, record an outcome), run through SQLite's own API on
    // the same connection (queue.cpp); null, logged, when it does not prepare.
    class Statement;
    Statement *statement(const char *sql);
    bool prepareRequestsTable(Mode mode, QString *error);

    QList<QueuedMessage> selectDue(const QDateTime &now, int limit);
    QList<QueuedMessage> markSending(QList<QueuedMessage> due);

    QString m_connection;
    QSqlDatabase m_db;
    // The owner's WAL checkpoints, on a thread of their own (queue.cpp); nudged every
    // kCommitsPerCheckpoint commits.
    std::unique_ptr<class Checkpointer> m_checkpointer;
    int m_commitsSinceCheckpoint = 0;
    std::unordered_map<QString, QSqlQuery> m_statements;                    // prepared(): parsed once, reused
    std::unique_ptr<QSqlQuery> m_broken;                                    // prepared(): a statement that did not prepare
    const sqlite::Functions *m_sqlite = nullptr;                            // SQLite's own functions, for statement()
    sqlite3 *m_handle = nullptr;                                            // Qt SQL's connection, for statement()
    std::unordered_map<std::string_view, std::unique_ptr<Statement>> m_hot; // statement(), by its text
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace selfmx::relay
