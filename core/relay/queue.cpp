// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "queue.h"

#include "logging.h"
#include "sqlitelibrary.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>
#include <QUuid>
#include <QWaitCondition>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace selfmx::relay {

namespace {

// The owner's WAL checkpoints (Checkpointer, below): one per this many commits of its
// transactions (a batch of requests or of delivery outcomes, about ten messages each under
// load). The committing connection's own threshold, at which it checkpoints what is left and
// so lets the WAL start over, is 4000 pages (16 MiB; Queue::open's wal_autocheckpoint).
constexpr int kCommitsPerCheckpoint = 32;

const char *const kStatusNames[] = {"queued", "scheduled", "sending", "delivered", "failed", "canceled"};

qint64 ms(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

QDateTime fromMs(const QVariant &v)
{
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

std::optional<qint64> optionalMs(const std::optional<QDateTime> &t)
{
    return t ? std::optional<qint64>(ms(*t)) : std::nullopt;
}

const QString kColumns = QStringLiteral("id, status, created_at, scheduled_at, delivered_at, next_attempt_at, attempts, last_error, "
                                        "failed_recipients, sender, recipients, subject, message_id");

} // namespace

QJsonObject QueuedMessage::requestObject() const
{
    return QJsonDocument::fromJson(request).object();
}

namespace {

QueuedMessage readRow(const QSqlQuery &q, bool withRequest)
{
    QueuedMessage m;
    m.id = q.value(0).toString();
    m.status = statusFromName(q.value(1).toString()).value_or(MessageStatus::Queued);
    m.createdAt = fromMs(q.value(2));
    if (!q.value(3).isNull())
        m.scheduledAt = fromMs(q.value(3));
    if (!q.value(4).isNull())
        m.deliveredAt = fromMs(q.value(4));
    m.nextAttemptAt = fromMs(q.value(5));
    m.attempts = q.value(6).toInt();
    m.lastError = q.value(7).toString();
    m.failedRecipients = q.value(8).toString();
    m.sender = q.value(9).toString();
    m.recipients = q.value(10).toString();
    m.subject = q.value(11).toString();
    m.messageId = q.value(12).toByteArray();
    if (withRequest)
        m.request = q.value(13).toByteArray();
    return m;
}

bool exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    qCWarning(lcRelay) << "queue:" << q.lastError().text() << q.lastQuery();
    return false;
}

// The queue holds whole messages (bodies, attachments): only its owner may read it, whatever
// the umask. A directory made for it is 0700 (one that exists, e.g. /tmp for --queue, is left
// alone), the database 0600; SQLite gives its -wal and -shm the database file's own mode when
// it creates them (os_unix.c, robust_open), so making the database first covers them. No
// umask: it is the process's, and the window runs a relay beside threads of its own.
bool makePrivate(const QString &path, QString *error)
{
    const QString directory = QFileInfo(path).absolutePath();
    QStringList missing;
    for (QString d = directory; !d.isEmpty() && !QFileInfo::exists(d); d = QFileInfo(d).absolutePath()) {
        missing.prepend(d);
        if (d == QFileInfo(d).absolutePath())
            break;
    }
    for (const QString &d : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(d).constData(), 0700) != 0 && errno != EEXIST) {
            *error = QStringLiteral("cannot create the directory %1: %2").arg(d, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
    }
    const QByteArray file = QFile::encodeName(path);
    const int fd = ::open(file.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return true; // read-only or elsewhere: SQLite's open says why
    // A queue an older version made 0644 is closed to others too, with what SQLite left beside it.
    struct stat status {
    };
    if (::fstat(fd, &status) == 0 && (status.st_mode & 0077) != 0 && status.st_uid == ::getuid()) {
        ::fchmod(fd, 0600);
        for (const char *suffix : {"-wal", "-shm"})
            ::chmod(QByteArray(file + suffix).constData(), 0600);
    }
    ::close(fd);
    return true;
}

} // namespace

// A statement of the hot paths, prepared once and run through SQLite's own API on the
// queue's connection (sqlitelibrary.h says why). Values are bound in place: what is bound
// must live until run() returns, which clears the bindings after the statement ran.
class Queue::Statement
{
public:
    Statement(const sqlite::Functions &api, sqlite3 *db, const char *sql)
        : m_api(api)
        , m_db(db)
        , m_sql(sql)
    {
        if (m_api.prepare(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK) {
            qCWarning(lcRelay) << "queue:" << m_api.errorMessage(db) << sql;
            m_api.finalize(m_statement);
            m_statement = nullptr;
        }
    }
    ~Statement() { m_api.finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isPrepared() const { return m_statement != nullptr; }
    // Parameters count from 1, as in SQLite.
    void bind(int index, qint64 value) { m_api.bindInt64(m_statement, index, value); }
    // A null QString binds NULL, as Qt SQL binds it.
    void bind(int index, const QString &text)
    {
        if (text.isNull())
            m_api.bindNull(m_statement, index);
        else
            m_api.bindText16(m_statement, index, text.constData(), int(text.size() * 2), SQLITE_STATIC);
    }
    void bind(int index, QString &&text) = delete; // bound in place: a temporary would be gone by run()
    void bind(int index, const std::optional<qint64> &value)
    {
        if (value)
            bind(index, *value);
        else
            m_api.bindNull(m_statement, index);
    }
    // UTF-8 (or ASCII) text, bound in place like the rest: the bytes must outlive run().
    void bindUtf8(int index, QByteArrayView text) { m_api.bindText(m_statement, index, text.data(), int(text.size()), SQLITE_STATIC); }
    // An empty text binds NULL.
    void bindTextOrNull(int index, const QString &text)
    {
        if (text.isEmpty())
            m_api.bindNull(m_statement, index);
        else
            bind(index, text);
    }
    void bindTextOrNull(int index, QString &&text) = delete;
    // Runs a statement that returns no rows; false, with SQLite's words logged, when it fails.
    bool run()
    {
        const int result = m_api.step(m_statement);
        if (result != SQLITE_DONE)
            qCWarning(lcRelay) << "queue:" << m_api.errorMessage(m_db) << m_sql;
        m_api.reset(m_statement);
        m_api.clearBindings(m_statement);
        return result == SQLITE_DONE;
    }
    // Rows the last run() changed.
    int changes() const { return m_api.changes(m_db); }

private:
    const sqlite::Functions &m_api;
    sqlite3 *m_db;
    const char *m_sql;
    sqlite3_stmt *m_statement = nullptr;
};

QString statusName(MessageStatus status)
{
    return QString::fromLatin1(kStatusNames[int(status)]);
}

std::optional<MessageStatus> statusFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(kStatusNames)); ++i) {
        if (name == QLatin1String(kStatusNames[i]))
            return MessageStatus(i);
    }
    return std::nullopt;
}

Queue::Queue()
    : m_connection(QStringLiteral("selfmx-relay-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

// SQLite copies the WAL back into the database (a checkpoint) in the commit that takes the WAL
// past its threshold (1000 pages by default), on the connection that commits: the relay's Qt
// thread, whose requests then waited for the copy and its fsync (the accept latency's p99, see
// the README). The owner's connection leaves the copying to this thread and its own
// connection: every kCommitsPerCheckpoint commits it is nudged and runs a PASSIVE checkpoint,
// which never blocks the writer. SQLite starts the WAL over only in a write transaction that
// finds it copied back in full, which under a steady stream of commits this thread never
// leaves it; so the Qt thread's own threshold (4000 pages) still restarts it, but its
// checkpoint then finds nearly every page copied already.
class Checkpointer : public QThread
{
public:
    Checkpointer(QString path, QString connection)
        : m_path(std::move(path))
        , m_connection(std::move(connection))
    {
        setObjectName(QStringLiteral("relay-checkpoint"));
    }
    ~Checkpointer() override
    {
        {
            const QMutexLocker lock(&m_mutex);
            m_stopping = true;
            m_wake.wakeOne();
        }
        wait();
    }
    void nudge()
    {
        const QMutexLocker lock(&m_mutex);
        m_nudged = true;
        m_wake.wakeOne();
    }
    quint64 done() const { return m_done.load(); }

protected:
    void run() override
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
            db.setDatabaseName(m_path);
            if (db.open()) {
                QSqlQuery busy(db);
                busy.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
                QSqlQuery checkpoint(db);
                checkpoint.prepare(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
                QMutexLocker lock(&m_mutex);
                while (!m_stopping) {
                    if (!m_nudged) {
                        m_wake.wait(&m_mutex); // until nudged or stopped: no polling
                        continue;
                    }
                    m_nudged = false;
                    lock.unlock();
                    // One row: busy (a writer or reader held it back), WAL frames, frames copied.
                    if (!checkpoint.exec())
                        qCWarning(lcRelay) << "queue: checkpoint failed:" << checkpoint.lastError().text();
                    else if (checkpoint.next() && checkpoint.value(0).toInt() == 0)
                        ++m_done;
                    checkpoint.finish();
                    lock.relock();
                }
            } else {
                qCWarning(lcRelay) << "queue: the checkpoint connection did not open:" << db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }

private:
    const QString m_path;
    const QString m_connection;
    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_nudged = false;   // guarded by m_mutex
    bool m_stopping = false; // guarded by m_mutex
    std::atomic<quint64> m_done{0};
};

Queue::~Queue()
{
    m_checkpointer.reset(); // its connection first; the owner's close then checkpoints what is left
    m_statements.clear();   // before the connection goes
    m_hot.clear();
    m_broken.reset();
    m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool Queue::open(const QString &path, QString *error, Mode mode, qint64 *lockHolder)
{
    if (m_db.isValid()) { // its statements belong to the connection it has
        *error = QStringLiteral("the queue is open already");
        return false;
    }
    m_path = path;
    if (!makePrivate(path, error))
        return false;
    if (mode == Mode::Owner) {
        // One relay per queue: a second would deliver the same messages. A lock left by a
        // process that died (kill -9) is stale and taken over.
        m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            if (m_lock->error() != QLockFile::LockFailedError) {
                // Not another relay: the directory cannot hold the lock (permissions, disk).
                *error = QStringLiteral("cannot create the lock file %1.lock").arg(path);
                m_lock.reset();
                return false;
            }
            qint64 pid = 0;
            QString host;
            QString application;
            m_lock->getLockInfo(&pid, &host, &application);
            if (lockHolder)
                *lockHolder = pid;
            *error = QStringLiteral("in_use");
            m_lock.reset();
            return false;
        }
        // QLockFile creates it 0666 less the umask: closed to others like the database (it
        // holds the relay's process id and host name).
        ::chmod(QFile::encodeName(path + QStringLiteral(".lock")).constData(), 0600);
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    QSqlDatabase &db = m_db;
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    // The connection's own handle, for statement() (sqlitelibrary.h).
    m_sqlite = sqlite::loadFor(db.driver(), error);
    if (!m_sqlite)
        return false;
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_handle) {
        *error = QStringLiteral("Qt's SQLite driver gave no connection handle");
        return false;
    }
    // WAL: readers do not block the writer; synchronous=FULL: a commit is on disk before
    // the 2xx (group commits keep that cheap: one fsync per batch of requests).
    const QStringList setup = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA busy_timeout=5000"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS messages (id TEXT PRIMARY KEY, status TEXT NOT NULL, created_at INTEGER NOT NULL, "
                       "scheduled_at INTEGER, delivered_at INTEGER, next_attempt_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, "
                       "last_error TEXT, failed_recipients TEXT, sender TEXT, recipients TEXT, subject TEXT, message_id TEXT NOT NULL, "
                       "request_id INTEGER)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS messages_due ON messages (status, next_attempt_at)"),
        // The messages waiting to go, in the order they go: takeDue() walks this and stops
        // at its limit instead of sorting the whole backlog on every pass.
        QStringLiteral("CREATE INDEX IF NOT EXISTS messages_pending ON messages (next_attempt_at, created_at) "
                       "WHERE status IN ('queued', 'scheduled')"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS messages_created ON messages (created_at)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS idempotency (key TEXT PRIMARY KEY, body_hash BLOB NOT NULL, status INTEGER NOT NULL, "
                       "response BLOB NOT NULL, created_at INTEGER NOT NULL)"),
    };
    for (const QString &statement : setup) {
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            *error = q.lastError().text();
            return false;
        }
    }
    if (!prepareRequestsTable(mode, error))
        return false;
    // A crash interrupted these; their DATA was not acknowledged (that is recorded first).
    if (mode == Mode::Owner) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("UPDATE messages SET status = 'queued' WHERE status = 'sending'"))) {
            *error = q.lastError().text();
            return false;
        }
        QSqlQuery backstop(db);
        backstop.exec(QStringLiteral("PRAGMA wal_autocheckpoint=4000"));
        m_checkpointer = std::make_unique<Checkpointer>(path, m_connection + QStringLiteral("-checkpoint"));
        m_checkpointer->start();
    }
    return true;
}

// The stored request lives in a table of its own: a message's row changes three times on
// its way (queued, sending, delivered) and SQLite writes a changed row whole, with every page
// it is on; the request (kilobytes) is written once, where it is appended. A queue written
// before keeps the requests in a column of `messages`: moved over once, in one transaction,
// by a process that holds the queue's lock (the relay; `relay status|list` only when no relay
// runs: one of the previous version would fail on every statement after it). A queue already
// moved is only read here, so a read-only one still opens for inspection.
bool Queue::prepareRequestsTable(Mode mode, QString *error)
{
    QSqlQuery q(m_db);
    const auto inOldLayout = [&q]() -> std::optional<bool> {
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('messages') WHERE name = 'request'")) || !q.next())
            return std::nullopt;
        const bool old = q.value(0).toInt() == 1;
        q.finish();
        return old;
    };
    std::optional<bool> old = inOldLayout();
    if (!old) {
        *error = q.lastError().text();
        return false;
    }
    if (!*old) {
        if (q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS requests (request_id INTEGER PRIMARY KEY, request TEXT NOT NULL)")))
            return true;
        *error = q.lastError().text();
        return false;
    }
    std::optional<QLockFile> lock; // the owner holds m_lock already
    if (mode == Mode::Inspect) {
        lock.emplace(m_path + QStringLiteral(".lock"));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0)) {
            *error = QStringLiteral("previous_layout_in_use");
            return false;
        }
    }
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = q.lastError().text();
        return false;
    }
    // The request set to NULL as its id is set: each row is written once more, small.
    const QStringList move = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS requests (request_id INTEGER PRIMARY KEY, request TEXT NOT NULL)"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN request_id INTEGER"),
        QStringLiteral("INSERT INTO requests (request_id, request) SELECT rowid, request FROM messages WHERE request IS NOT NULL"),
        QStringLiteral("UPDATE messages SET request_id = rowid, request = NULL WHERE request IS NOT NULL"),
        QStringLiteral("ALTER TABLE messages DROP COLUMN request"),
    };
    old = inOldLayout(); // another process may have moved it while this one waited
    bool ok = old.has_value();
    for (const QString &statement : move) {
        if (!ok || !*old)
            break;
        ok = q.exec(statement);
    }
    if (ok && q.exec(QStringLiteral("COMMIT"))) {
        // The WAL held the requests' copy: given back now, not at the relay's end.
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        return true;
    }
    *error = q.lastError().text();
    q.exec(QStringLiteral("ROLLBACK"));
    return false;
}

std::optional<qint64> Queue::runningOwner(const QString &path)
{
    QLockFile lock(path + QStringLiteral(".lock"));
    qint64 pid = 0;
    QString host;
    QString application;
    if (!lock.getLockInfo(&pid, &host, &application) || pid <= 0)
        return std::nullopt;
#ifdef Q_OS_UNIX
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return std::nullopt; // left by a relay that died
#endif
    return pid;
}

bool Queue::begin()
{
    return m_db.transaction();
}

quint64 Queue::checkpoints() const
{
    return m_checkpointer ? m_checkpointer->done() : 0;
}

bool Queue::commit()
{
    if (!m_db.commit())
        return false;
    if (m_checkpointer && ++m_commitsSinceCheckpoint >= kCommitsPerCheckpoint) {
        m_commitsSinceCheckpoint = 0;
        m_checkpointer->nudge();
    }
    return true;
}

void Queue::rollback()
{
    m_db.rollback();
}

// Statements are parsed once per connection and reused: SQLite's parser was a tenth of the
// relay's CPU time under load. Those of the per-message writes go through statement() instead,
// which skips Qt SQL as well. A SELECT taken from here is finish()ed after reading, so no read
// transaction outlives its call.
QSqlQuery &Queue::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        if (!q.prepare(sql)) {
            // Not kept: the next call prepares again (the schema may have been repaired).
            qCWarning(lcRelay) << "queue:" << q.lastError().text() << sql;
            m_broken = std::make_unique<QSqlQuery>(std::move(q));
            return *m_broken;
        }
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return it->second;
}

Queue::Statement *Queue::statement(const char *sql)
{
    if (!m_handle)
        return nullptr; // not open
    auto it = m_hot.find(sql);
    if (it == m_hot.end()) {
        auto made = std::make_unique<Statement>(*m_sqlite, m_handle, sql);
        if (!made->isPrepared())
            return nullptr; // not kept: the next call prepares again, as prepared() does
        it = m_hot.emplace(sql, std::move(made)).first;
    }
    return it->second.get();
}

bool Queue::insert(const QueuedMessage &m)
{
    // UTF-8 bytes stored as the text they are, without a round trip through UTF-16.
    Statement *r = statement("INSERT INTO requests (request) VALUES (?)");
    Statement *q = statement("INSERT INTO messages (id, status, created_at, scheduled_at, next_attempt_at, sender, recipients, subject, "
                             "message_id, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, last_insert_rowid())");
    if (!r || !q)
        return false;
    const QByteArray request = m.request.isEmpty() ? QByteArrayLiteral("{}") : m.request;
    r->bindUtf8(1, request);
    if (!r->run())
        return false;
    q->bind(1, m.id);
    q->bindUtf8(2, kStatusNames[int(m.status)]);
    q->bind(3, ms(m.createdAt));
    q->bind(4, optionalMs(m.scheduledAt));
    q->bind(5, ms(m.nextAttemptAt));
    q->bind(6, m.sender);
    q->bind(7, m.recipients);
    q->bind(8, m.subject);
    q->bindUtf8(9, m.messageId);
    if (q->run())
        return true;
    // Not left behind for the caller's transaction to commit (a failed INSERT leaves
    // last_insert_rowid() as it was).
    Statement *orphan = statement("DELETE FROM requests WHERE request_id = last_insert_rowid()");
    if (orphan)
        orphan->run();
    return false;
}

std::optional<QueuedMessage> Queue::find(const QString &id, bool withRequest)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") + kColumns
                            + QStringLiteral(", CAST(request AS BLOB) FROM messages LEFT JOIN requests USING (request_id) WHERE id = ?"));
    q.addBindValue(id);
    std::optional<QueuedMessage> row;
    if (exec(q) && q.next())
        row = readRow(q, withRequest);
    q.finish();
    return row;
}

QList<QueuedMessage> Queue::list(const ListFilter &filter, qint64 *total)
{
    QString where = QStringLiteral(" WHERE 1=1");
    QVariantList values;
    if (filter.status) {
        where += QStringLiteral(" AND status = ?");
        values.append(statusName(*filter.status));
    }
    if (!filter.from.isEmpty()) {
        where += QStringLiteral(" AND sender LIKE ? ESCAPE '\\'");
        QString pattern = filter.from;
        pattern.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        values.append(QString(QStringLiteral("%") + pattern + QStringLiteral("%")));
    }
    if (!filter.to.isEmpty()) {
        where += QStringLiteral(" AND recipients LIKE ? ESCAPE '\\'");
        QString pattern = filter.to;
        pattern.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        values.append(QString(QStringLiteral("%") + pattern + QStringLiteral("%")));
    }
    const QSqlDatabase db = m_db;
    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM messages") + where);
    for (const QVariant &v : std::as_const(values))
        count.addBindValue(v);
    *total = exec(count) && count.next() ? count.value(0).toLongLong() : 0;

    // The list shows no attachment: SQLite drops them from each row's JSON (one row at a
    // time, in C) so up to 100 rows of up to 40 MiB are neither parsed nor held here; forward
    // only, so Qt keeps no copy of the rows already read either.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(", CAST(json_remove(request, '$.attachments') AS BLOB) FROM messages LEFT JOIN requests USING (request_id)")
              + where + QStringLiteral(" ORDER BY created_at DESC, messages.rowid DESC LIMIT ? OFFSET ?"));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(filter.limit);
    q.addBindValue(qint64(filter.page - 1) * filter.limit);
    QList<QueuedMessage> rows;
    if (exec(q)) {
        while (q.next())
            rows.append(readRow(q, true));
    }
    return rows;
}

bool Queue::setStatus(const QString &id, MessageStatus status)
{
    QSqlQuery &q = prepared(QStringLiteral("UPDATE messages SET status = ? WHERE id = ?"));
    q.addBindValue(statusName(status));
    q.addBindValue(id);
    return exec(q) && q.numRowsAffected() == 1;
}

bool Queue::reschedule(const QString &id, const QDateTime &when)
{
    QSqlQuery &q = prepared(QStringLiteral("UPDATE messages SET status = 'scheduled', scheduled_at = ?, next_attempt_at = ? WHERE id = ?"));
    q.addBindValue(ms(when));
    q.addBindValue(ms(when));
    q.addBindValue(id);
    return exec(q) && q.numRowsAffected() == 1;
}

QList<QueuedMessage> Queue::selectDue(const QDateTime &now, int limit)
{
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT ") + kColumns
                 + QStringLiteral(", CAST(request AS BLOB) FROM messages INDEXED BY messages_pending LEFT JOIN requests USING (request_id) "
                                  "WHERE status IN ('queued', 'scheduled') AND next_attempt_at <= ? "
                                  "ORDER BY next_attempt_at, created_at LIMIT ?"));
    q.addBindValue(ms(now));
    q.addBindValue(limit);
    QList<QueuedMessage> due;
    if (exec(q)) {
        while (q.next())
            due.append(readRow(q, true));
    }
    q.finish();
    return due;
}

QList<QueuedMessage> Queue::markSending(QList<QueuedMessage> due)
{
    QList<QueuedMessage> taken;
    for (QueuedMessage &m : due) {
        // Only what is still waiting: `relay cancel` in another process may have canceled
        // it since the SELECT. The row decides, not what was read.
        Statement *u = statement("UPDATE messages SET status = 'sending' WHERE id = ? AND status IN ('queued', 'scheduled')");
        if (!u)
            break;
        u->bind(1, m.id);
        if (u->run() && u->changes() == 1) {
            m.status = MessageStatus::Sending;
            taken.append(std::move(m));
        }
    }
    return taken;
}

QList<QueuedMessage> Queue::takeDue(const QDateTime &now, int limit)
{
    QList<QueuedMessage> due = selectDue(now, limit);
    if (due.isEmpty())
        return due;
    // `sending` needs no fsync: after a crash it reads `queued` again either way, so this
    // transaction commits without one (synchronous=NORMAL), sparing the delivery path a
    // disk flush per batch. The acknowledgements (markDelivered) are written with FULL.
    QSqlQuery &normal = prepared(QStringLiteral("PRAGMA synchronous=NORMAL"));
    exec(normal);
    normal.finish();
    const auto restoreFull = [this]() {
        // Accepted messages must be fsynced before their 2xx: never stay at NORMAL.
        QSqlQuery &full = prepared(QStringLiteral("PRAGMA synchronous=FULL"));
        if (!full.exec())
            qCCritical(lcRelay) << "queue: cannot restore synchronous=FULL:" << full.lastError().text();
        full.finish();
    };
    QList<QueuedMessage> taken;
    if (!m_db.transaction()) {
        restoreFull();
        return taken;
    }
    taken = markSending(std::move(due));
    if (!m_db.commit()) {
        qCWarning(lcRelay) << "queue: cannot mark messages sending:" << m_db.lastError().text();
        m_db.rollback();
        taken.clear();
    }
    restoreFull();
    return taken;
}

QList<QueuedMessage> Queue::takeDueInTransaction(const QDateTime &now, int limit)
{
    return markSending(selectDue(now, limit));
}

void Queue::release(const QList<QueuedMessage> &taken)
{
    for (const QueuedMessage &m : taken) {
        Statement *u = statement("UPDATE messages SET status = 'queued' WHERE id = ? AND status = 'sending'");
        if (u)
            u->bind(1, m.id);
        if (!u || !u->run())
            qCWarning(lcRelay) << "queue: cannot put" << m.id << "back; it is queued again when the relay next starts";
    }
}

std::optional<QDateTime> Queue::nextDue()
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT next_attempt_at FROM messages INDEXED BY messages_pending WHERE status IN "
                                           "('queued', 'scheduled') ORDER BY next_attempt_at LIMIT 1"));
    std::optional<QDateTime> next;
    if (exec(q) && q.next() && !q.value(0).isNull())
        next = fromMs(q.value(0));
    q.finish();
    return next;
}

bool Queue::markDelivered(const QString &id, const QDateTime &when, const QString &failedRecipients, int attempts)
{
    Statement *q =
        statement("UPDATE messages SET status = 'delivered', delivered_at = ?, failed_recipients = ?, attempts = ? WHERE id = ?");
    if (!q)
        return false;
    q->bind(1, ms(when));
    q->bindTextOrNull(2, failedRecipients);
    q->bind(3, qint64(attempts));
    q->bind(4, id);
    return q->run();
}

bool Queue::markRetry(const QString &id, int attempts, const QDateTime &next, const QString &lastError)
{
    Statement *q = statement("UPDATE messages SET status = 'queued', attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?");
    if (!q)
        return false;
    q->bind(1, qint64(attempts));
    q->bind(2, ms(next));
    q->bind(3, lastError);
    q->bind(4, id);
    return q->run();
}

bool Queue::markFailed(const QString &id, int attempts, const QString &lastError, const QString &failedRecipients)
{
    Statement *q = statement("UPDATE messages SET status = 'failed', attempts = ?, last_error = ?, failed_recipients = ? WHERE id = ?");
    if (!q)
        return false;
    q->bind(1, qint64(attempts));
    q->bind(2, lastError);
    q->bindTextOrNull(3, failedRecipients);
    q->bind(4, id);
    return q->run();
}

qint64 Queue::depth()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM messages WHERE status IN ('queued', 'scheduled', 'sending')")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

std::optional<Queue::Remembered> Queue::remembered(const QString &key, const QDateTime &now)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT body_hash, status, response FROM idempotency WHERE key = ? AND created_at > ?"));
    q.addBindValue(key);
    q.addBindValue(ms(now.addSecs(-24 * 3600)));
    std::optional<Remembered> found;
    if (exec(q) && q.next())
        found = Remembered{q.value(0).toByteArray(), q.value(1).toInt(), q.value(2).toByteArray()};
    q.finish();
    return found;
}

bool Queue::remember(const QString &key, const QByteArray &bodyHash, int status, const QByteArray &response, const QDateTime &now)
{
    QSqlQuery &q = prepared(
        QStringLiteral("INSERT OR REPLACE INTO idempotency (key, body_hash, status, response, created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(bodyHash);
    q.addBindValue(status);
    q.addBindValue(response);
    q.addBindValue(ms(now));
    return exec(q);
}

qint64 Queue::pruneIdempotency(const QDateTime &before)
{
    QSqlQuery &q = prepared(QStringLiteral("DELETE FROM idempotency WHERE created_at <= ?"));
    q.addBindValue(ms(before));
    if (!exec(q))
        return 0;
    const qint64 removed = q.numRowsAffected();
    q.finish();
    return removed;
}

QHash<MessageStatus, qint64> Queue::counts()
{
    QHash<MessageStatus, qint64> counts;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT status, COUNT(*) FROM messages GROUP BY status")))
        return counts;
    while (q.next()) {
        if (const std::optional<MessageStatus> status = statusFromName(q.value(0).toString()))
            counts.insert(*status, q.value(1).toLongLong());
    }
    return counts;
}

bool Queue::changeState(const QString &id, const QString &sql, const QList<MessageStatus> &from, const QVariantList &values,
                        std::optional<MessageStatus> *current)
{
    // One statement decides: the state is checked where it is changed, so a relay that
    // takes the message in between (another process) cannot be overtaken.
    QStringList allowed;
    for (const MessageStatus status : from)
        allowed.append(QLatin1Char('\'') + statusName(status) + QLatin1Char('\''));
    QSqlQuery &q = prepared(sql + QStringLiteral(" WHERE id = ? AND status IN (") + allowed.join(QLatin1Char(',')) + QLatin1Char(')'));
    for (const QVariant &value : values)
        q.addBindValue(value);
    q.addBindValue(id);
    if (exec(q) && q.numRowsAffected() == 1)
        return true;
    const std::optional<QueuedMessage> now = find(id, false);
    *current = now ? std::optional<MessageStatus>(now->status) : std::nullopt;
    return false;
}

bool Queue::retry(const QString &id, const QDateTime &now, std::optional<MessageStatus> *current)
{
    return changeState(id, QStringLiteral("UPDATE messages SET status = 'queued', next_attempt_at = ?"),
                       {MessageStatus::Failed, MessageStatus::Canceled, MessageStatus::Queued}, {ms(now)}, current);
}

bool Queue::cancel(const QString &id, std::optional<MessageStatus> *current)
{
    return changeState(id, QStringLiteral("UPDATE messages SET status = 'canceled'"), {MessageStatus::Queued, MessageStatus::Scheduled}, {},
                       current);
}

qint64 Queue::pruneDelivered(const QDateTime &before)
{
    // The body goes (text, html, attachments, custom headers); the addresses, subject, tags and
    // metadata stay for GET /emails/{id} and the list. A valid request has text or html.
    QSqlQuery &q =
        prepared(QStringLiteral("UPDATE requests SET request = json_remove(request, '$.html', '$.text', '$.attachments', '$.headers') "
                                "WHERE request_id IN (SELECT request_id FROM messages WHERE status = 'delivered' AND delivered_at < ?) "
                                "AND (json_type(request, '$.html') IS NOT NULL OR json_type(request, '$.text') IS NOT NULL "
                                "OR json_type(request, '$.attachments') IS NOT NULL)"));
    q.addBindValue(ms(before));
    return exec(q) ? q.numRowsAffected() : 0;
}

} // namespace selfmx::relay
