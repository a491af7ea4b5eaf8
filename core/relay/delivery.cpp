// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "delivery.h"

#include "logging.h"
#include "validation.h"

#include "mime/message.h"
#include "mime/smtpcontent.h"
#include "smtp/session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QPointer>
#include <QRandomGenerator>

#include <utility>

namespace selfmx::relay {

namespace {

// Worth another try: the server or the path said "later" (4xx, 421), or the connection
// broke or timed out. Everything else (5xx, a refused login, a message the server cannot
// take) would fail the same way again.
bool isTransient(const smtp::Error &error)
{
    using C = smtp::ErrorCategory;
    switch (error.category) {
    case C::TemporaryFailure:
    case C::ServiceUnavailable:
    case C::Network:
    case C::Timeout:
    case C::ConnectionRefused:
    case C::HostNotFound:
    case C::Protocol: return true;
    default: return false;
    }
}

// GET /health's view of the server after a failed attempt.
Deliverer::SmtpState smtpStateAfter(const smtp::Error &error)
{
    using C = smtp::ErrorCategory;
    switch (error.category) {
    case C::HostNotFound:
    case C::ConnectionRefused:
    case C::Network:
    case C::Timeout: return Deliverer::SmtpState::Unreachable;
    case C::None:
    case C::Config:
    case C::Cancelled: return Deliverer::SmtpState::Unknown;
    default: return Deliverer::SmtpState::Connected;
    }
}

// The server's own words when it spoke, else the error's stable code and the OS's words.
QString lastErrorOf(const smtp::Error &error)
{
    if (error.reply.code != 0)
        return error.reply.text();
    return error.detail.isEmpty() ? error.code : error.code + QStringLiteral(": ") + error.detail;
}

} // namespace

// The delivery thread's side: the SMTP sessions, each holding the messages of its slots, and
// the messages built from the stored requests. It never touches the queue; each transaction's
// result goes back to the Deliverer (results that end together travel in one event).
class DeliveryWorker : public QObject
{
public:
    DeliveryWorker(smtp::Settings settings, size_t sessions, size_t slots, int messagesPerConnection, Deliverer *deliverer)
        : m_settings(std::move(settings))
        , m_sessions(sessions)
        , m_jobs(slots)
        , m_messagesPerConnection(messagesPerConnection)
        , m_deliverer(deliverer)
    {
    }

    // On the delivery thread.
    void send(int slotIndex, const QueuedMessage &queued);
    void quitIdle();
    void abortAll();
    // On any thread.
    QList<Deliverer::Result> takeResults();

private:
    struct Session {
        QPointer<smtp::SmtpSession> session;
        int sent = 0;
        // Said QUIT at the per-connection cap and still finishing the messages it holds: its
        // successor opens only once it has ended, so the pool never holds more than
        // SMTP_POOL_SIZE connections. The messages for this worker wait here meanwhile.
        QPointer<smtp::SmtpSession> retiring;
        QList<std::pair<int, mime::Message>> waiting; // slot, message
    };
    void submit(size_t pooledIndex, int slotIndex, mime::Message message);
    void afterRetirement(size_t pooledIndex);
    void onJobFinished(int slotIndex, smtp::SendJob *job);
    void report(Deliverer::Result result);

    smtp::Settings m_settings;
    std::vector<Session> m_sessions;
    std::vector<QPointer<smtp::SendJob>> m_jobs; // per slot; slot i is on session i % sessions
    int m_messagesPerConnection;
    Deliverer *m_deliverer;
    QMutex m_mutex;
    QList<Deliverer::Result> m_results; // guarded by m_mutex
    bool m_reported = false;            // a collect() is on its way; guarded by m_mutex
    bool m_aborting = false;            // on the delivery thread only
};

void DeliveryWorker::send(int slotIndex, const QueuedMessage &queued)
{
    mime::Message message;
    if (queued.validated) {
        message = *queued.validated; // accepted a moment ago and handed over: validated then
    } else {
        QJsonObject body = queued.requestObject();   // parsed here, on the delivery thread
        body.remove(QStringLiteral("scheduled_at")); // its time has come
        auto parsed = parseEmailRequest(body);
        if (auto *problem = std::get_if<ApiError>(&parsed)) {
            // Validated when accepted; only a database edited by hand gets here.
            Deliverer::Result result;
            result.slot = slotIndex;
            result.invalid = true;
            result.detail = problem->message;
            result.at = QDateTime::currentDateTimeUtc();
            report(std::move(result));
            return;
        }
        message = std::move(std::get<EmailRequest>(parsed).message);
    }
    message.messageId = queued.messageId;                 // fixed when accepted, so a resend keeps it
    message.date = mime::localDateTime(queued.createdAt); // no zone-file stat per message

    submit(size_t(slotIndex) % m_sessions.size(), slotIndex, std::move(message));
}

void DeliveryWorker::submit(size_t pooledIndex, int slotIndex, mime::Message message)
{
    Session &pooled = m_sessions.at(pooledIndex);
    if (pooled.retiring) {
        // Its successor reached the cap while the waiting messages were handed to it
        // (afterRetirement): the rest wait for that one's end too.
        pooled.waiting.append({slotIndex, std::move(message)});
        return;
    }
    if (pooled.session && (pooled.session->isFinished() || pooled.sent >= m_messagesPerConnection)) {
        smtp::SmtpSession *old = pooled.session;
        pooled.session = nullptr;
        if (!old->isFinished()) {
            // At the cap: QUIT after the messages it holds (it deletes itself when finished,
            // below), and this message waits for its end. Connected before quit(), which may
            // finish the session at once.
            pooled.retiring = old;
            pooled.waiting.append({slotIndex, std::move(message)});
            connect(old, &smtp::SmtpSession::finished, this, [this, pooledIndex]() { afterRetirement(pooledIndex); });
            old->quit();
            return;
        }
    }
    if (!pooled.session) {
        auto *session = new smtp::SmtpSession(m_settings, this);
        session->setTranscriptKept(false); // nobody reads it; the debug log still has every line
        connect(session, &smtp::SmtpSession::finished, session, &QObject::deleteLater);
        pooled.session = session;
        pooled.sent = 0;
        session->open();
    }
    ++pooled.sent;
    smtp::SendJob *job = pooled.session->send(mime::envelopeFor(message), mime::contentFactory(message));
    m_jobs.at(size_t(slotIndex)) = job;
    connect(job, &smtp::SendJob::finished, this, [this, slotIndex, job]() { onJobFinished(slotIndex, job); });
}

// The retired session has ended (QUIT answered, or the connection gone): its successor opens
// with the messages that waited for it.
void DeliveryWorker::afterRetirement(size_t pooledIndex)
{
    Session &pooled = m_sessions.at(pooledIndex);
    pooled.retiring = nullptr;
    QList<std::pair<int, mime::Message>> waiting = std::exchange(pooled.waiting, {});
    if (m_aborting)
        return; // their slots stay `sending` and go back to `queued` at the next start
    for (auto &[slotIndex, message] : waiting)
        submit(pooledIndex, slotIndex, std::move(message));
}

void DeliveryWorker::onJobFinished(int slotIndex, smtp::SendJob *job)
{
    QPointer<smtp::SendJob> &slotJob = m_jobs.at(size_t(slotIndex));
    if (slotJob != job)
        return;
    slotJob = nullptr;
    job->deleteLater();
    Deliverer::Result result;
    result.slot = slotIndex;
    result.at = QDateTime::currentDateTimeUtc();
    result.succeeded = job->succeeded();
    result.smtp = result.succeeded ? Deliverer::SmtpState::Connected : smtpStateAfter(job->error());
    if (result.succeeded) {
        QJsonArray refused;
        for (const smtp::SendJob::RecipientResult &r : job->recipientResults()) {
            if (!r.accepted())
                refused.append(QJsonObject{{QStringLiteral("address"), r.address}, {QStringLiteral("reply"), r.reply.text()}});
        }
        if (!refused.isEmpty())
            result.detail = QString::fromUtf8(QJsonDocument(refused).toJson(QJsonDocument::Compact));
    } else {
        result.transient = isTransient(job->error());
        result.notAttempted = job->failedWithAnEarlierMessage();
        result.detail = lastErrorOf(job->error());
    }
    report(std::move(result));
}

void DeliveryWorker::report(Deliverer::Result result)
{
    // What the abort itself ends ("cancelled") is no outcome: such a message stays 'sending'
    // and returns to 'queued' at the next start (Queue::open), never 'failed' for good.
    if (m_aborting)
        return;
    const QMutexLocker lock(&m_mutex);
    m_results.append(std::move(result));
    if (!m_reported) {
        m_reported = true;
        Deliverer *deliverer = m_deliverer;
        QMetaObject::invokeMethod(
            deliverer, [deliverer]() { deliverer->collect(); }, Qt::QueuedConnection);
    }
}

QList<Deliverer::Result> DeliveryWorker::takeResults()
{
    const QMutexLocker lock(&m_mutex);
    m_reported = false;
    return std::exchange(m_results, {});
}

void DeliveryWorker::quitIdle()
{
    std::vector<bool> busy(m_sessions.size());
    for (size_t i = 0; i < m_jobs.size(); ++i)
        busy[i % busy.size()] = busy[i % busy.size()] || m_jobs[i];
    for (size_t i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions[i].session && !busy[i])
            m_sessions[i].session->quit();
    }
}

void DeliveryWorker::abortAll()
{
    m_aborting = true;
    // Every session, also those retired at the per-connection limit and still waiting for
    // QUIT's reply (no slot holds them): they end here, on their own thread, not in the
    // worker's destructor on another.
    const QList<smtp::SmtpSession *> sessions = findChildren<smtp::SmtpSession *>(QString(), Qt::FindDirectChildrenOnly);
    for (smtp::SmtpSession *session : sessions) {
        session->abort();
        delete session;
    }
}

Deliverer::Deliverer(Queue *queue, smtp::Settings settings, DeliveryOptions options, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_settings(std::move(settings))
    , m_options(options)
{
    const int sessions = qMax(1, qMin(m_options.workers, m_options.poolSize));
    m_slots.resize(size_t(sessions) * size_t(qMax(1, m_options.messagesInHand)));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Deliverer::pump);
    m_worker = new DeliveryWorker(m_settings, size_t(sessions), m_slots.size(), m_options.messagesPerConnection, this);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("relay-delivery"));
    m_thread.start();
}

Deliverer::~Deliverer()
{
    // The sessions end first (on their thread); what they finished before is recorded below.
    DeliveryWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker]() { worker->abortAll(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    for (const Result &result : worker->takeResults())
        onResult(result);
    delete worker;
    // So a delivered message is never sent again; if even this fails, say which.
    const QList<Outcome> unwritten = std::exchange(m_outcomes, {});
    if (!writeOutcomes(unwritten)) {
        for (const Outcome &o : unwritten)
            qCCritical(lcRelay) << "queue: the outcome of" << o.id << "was not recorded:" << statusName(o.status);
    }
}

void Deliverer::start()
{
    m_running = true;
    wake();
}

void Deliverer::wake()
{
    if (m_running && !m_stopping)
        m_timer.start(0);
}

void Deliverer::stop()
{
    m_stopping = true;
    m_timer.stop();
    DeliveryWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker]() { worker->quitIdle(); }, Qt::QueuedConnection);
    if (inFlight() == 0)
        QMetaObject::invokeMethod(this, &Deliverer::idle, Qt::QueuedConnection);
}

int Deliverer::inFlight() const
{
    int n = 0;
    for (const Slot &slot : m_slots)
        n += slot.isFree() ? 0 : 1;
    return n;
}

// Slots with no message and no outcome waiting to be recorded.
QList<Deliverer::Slot *> Deliverer::listFreeSlots()
{
    QList<Slot *> free;
    for (Slot &slot : m_slots) {
        if (slot.isFree())
            free.append(&slot);
    }
    return free;
}

int Deliverer::freeSlots() const
{
    if (!m_running || m_stopping)
        return 0;
    return int(std::count_if(m_slots.cbegin(), m_slots.cend(), [](const Slot &slot) { return slot.isFree(); }));
}

void Deliverer::deliverNow(const QList<QueuedMessage> &messages)
{
    if (messages.isEmpty())
        return;
    const QList<Slot *> free = listFreeSlots();
    dispatch(free, messages.mid(0, free.size()));
    if (messages.size() > free.size())
        m_queue->release(messages.mid(free.size())); // more than freeSlots() said: back to `queued`
}

void Deliverer::pump()
{
    if (m_stopping)
        return;
    const QList<Slot *> free = listFreeSlots();
    if (!free.isEmpty())
        dispatch(free, m_queue->takeDue(QDateTime::currentDateTimeUtc(), int(free.size())));
    schedule();
}

void Deliverer::schedule()
{
    if (m_stopping || inFlight() == int(m_slots.size()))
        return; // a finishing transaction pumps again
    // Look again when the next message is due, and at least every few seconds: another
    // process (`selfmx-console relay retry`) may have changed the queue.
    constexpr qint64 kPollMs = 5000;
    const std::optional<QDateTime> next = m_queue->nextDue();
    const qint64 wait = next ? QDateTime::currentDateTimeUtc().msecsTo(*next) : kPollMs;
    m_timer.start(int(qBound(qint64(0), wait, kPollMs)));
}

void Deliverer::dispatch(const QList<Slot *> &free, const QList<QueuedMessage> &taken)
{
    if (taken.isEmpty())
        return;
    QList<std::pair<int, QueuedMessage>> batch;
    batch.reserve(taken.size());
    for (qsizetype i = 0; i < taken.size(); ++i) {
        Slot &slot = *free.at(i);
        const QueuedMessage &queued = taken.at(i);
        slot.sending = true;
        slot.messageId = queued.id;
        slot.dueAt = queued.scheduledAt && *queued.scheduledAt > queued.createdAt ? *queued.scheduledAt : queued.createdAt;
        slot.attempts = queued.attempts + 1;
        batch.append({int(&slot - m_slots.data()), queued});
    }
    DeliveryWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, batch]() {
            for (const auto &[slot, queued] : batch)
                worker->send(slot, queued);
        },
        Qt::QueuedConnection);
}

void Deliverer::LatencyHistogram::add(double seconds)
{
    seconds = qMax(0.0, seconds);
    ++count;
    sum += seconds;
    for (size_t i = 0; i < bounds.size(); ++i) {
        if (seconds <= bounds.at(i)) {
            ++counts.at(i);
            return;
        }
    }
}

void Deliverer::collect()
{
    const QList<Result> results = m_worker->takeResults();
    for (const Result &result : results)
        onResult(result);
    // Recorded before anything else happens on these slots: the next message waits for the
    // commit, so an acknowledged message is on disk before the relay moves on.
    if (!results.isEmpty() && !m_flushScheduled)
        flush();
}

void Deliverer::onResult(const Result &result)
{
    Slot &slot = m_slots.at(size_t(result.slot));
    if (!slot.sending)
        return;
    slot.sending = false;
    slot.recording = true;
    if (result.smtp != SmtpState::Unknown)
        m_smtpState = result.smtp;

    Outcome outcome;
    outcome.id = slot.messageId;
    outcome.attempts = slot.attempts;
    outcome.at = result.at;
    outcome.detail = result.detail;
    if (result.invalid) {
        outcome.status = MessageStatus::Failed;
        outcome.attempts = slot.attempts - 1; // never tried
    } else if (result.succeeded) {
        outcome.latencySeconds = double(slot.dueAt.msecsTo(result.at)) / 1000.0;
    } else if (result.notAttempted) {
        // Its session dropped, timed out or said 421 on an earlier message's account before
        // any of its data left: not its attempt. Back to the queue, due now, attempts as
        // they were (the earlier message's attempt counts, so a server that always fails
        // still meets the retry limit and its backoff).
        outcome.status = MessageStatus::Queued;
        outcome.attempts = slot.attempts - 1;
        outcome.requeued = true;
    } else if (result.transient && slot.attempts <= m_options.retryAttempts) {
        // Growing backoff (delay × 2^(n-1)) with ±20 % jitter so retries do not arrive together.
        const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
        const qint64 delay = qint64(double(m_options.retryDelay.count()) * double(1 << qMin(slot.attempts - 1, 10)) * jitter);
        outcome.status = MessageStatus::Queued;
        outcome.at = result.at.addMSecs(delay);
    } else {
        outcome.status = MessageStatus::Failed;
    }
    m_outcomes.append(outcome);
}

bool Deliverer::writeOutcomes(const QList<Outcome> &outcomes, QList<QueuedMessage> *taken, int takeLimit)
{
    if (outcomes.isEmpty())
        return true;
    if (!m_queue->begin()) {
        qCWarning(lcRelay) << "queue: cannot begin recording" << outcomes.size() << "delivery outcomes";
        return false;
    }
    bool written = true;
    for (const Outcome &o : outcomes) {
        switch (o.status) {
        case MessageStatus::Delivered: written = m_queue->markDelivered(o.id, o.at, o.detail, o.attempts) && written; break;
        case MessageStatus::Queued: written = m_queue->markRetry(o.id, o.attempts, o.at, o.detail) && written; break;
        default: written = m_queue->markFailed(o.id, o.attempts, o.detail) && written; break;
        }
    }
    // The next messages for the slots these free, in the same commit: one WAL write and one
    // fsync per batch instead of two (the take alone needs no fsync, the outcomes do).
    QList<QueuedMessage> next;
    if (written && taken && takeLimit > 0)
        next = m_queue->takeDueInTransaction(QDateTime::currentDateTimeUtc(), takeLimit);
    if (written && m_queue->commit()) {
        if (taken)
            *taken = std::move(next);
        return true;
    }
    qCWarning(lcRelay) << "queue: cannot record" << outcomes.size() << "delivery outcomes; trying again";
    m_queue->rollback();
    return false;
}

void Deliverer::flush()
{
    m_flushScheduled = false;
    if (m_outcomes.isEmpty())
        return;
    QList<Slot *> free;
    for (Slot &slot : m_slots) {
        if (!slot.sending)
            free.append(&slot); // includes the slots whose outcomes are written now
    }
    QList<QueuedMessage> taken;
    if (!writeOutcomes(m_outcomes, m_stopping ? nullptr : &taken, int(free.size()))) {
        // Kept, with their slots held, until they are on disk: a slot that moved on while
        // its acknowledgement is not recorded would let a crash send that message again.
        m_flushScheduled = true;
        QTimer::singleShot(1000, this, &Deliverer::flush);
        return;
    }
    const QList<Outcome> outcomes = std::exchange(m_outcomes, {});
    for (const Outcome &o : outcomes) {
        switch (o.status) {
        case MessageStatus::Delivered:
            ++m_delivered;
            m_latency.add(o.latencySeconds);
            break;
        case MessageStatus::Queued: m_retried += o.requeued ? 0 : 1; break;
        default: ++m_failed; break;
        }
        qCDebug(lcRelay) << "message" << o.id << "attempt" << o.attempts << statusName(o.status);
        Q_EMIT messageFinished(o.id, o.status);
    }
    // Released after the signals: a slot connected to them that stops the deliverer sees
    // these still in flight, so idle() comes once, from here.
    for (Slot &slot : m_slots)
        slot.recording = false;
    if (m_stopping) {
        m_queue->release(taken); // stopped by a slot connected to messageFinished
        DeliveryWorker *worker = m_worker;
        QMetaObject::invokeMethod(
            worker, [worker]() { worker->quitIdle(); }, Qt::QueuedConnection);
        if (inFlight() == 0)
            Q_EMIT idle();
        return;
    }
    dispatch(free, taken);
    schedule();
}

} // namespace selfmx::relay
