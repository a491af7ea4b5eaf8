// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "delivery.h"

#include "logging.h"
#include "validation.h"

#include "mime/smtpcontent.h"
#include "smtp/session.h"

#include <QJsonArray>
#include <QJsonDocument>
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

// The server's own words when it spoke, else the error's stable code and the OS's words.
QString lastErrorOf(const smtp::Error &error)
{
    if (error.reply.code != 0)
        return error.reply.text();
    return error.detail.isEmpty() ? error.code : error.code + QStringLiteral(": ") + error.detail;
}

} // namespace

Deliverer::Deliverer(Queue *queue, smtp::Settings settings, DeliveryOptions options, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_settings(std::move(settings))
    , m_options(options)
{
    const int slots = qMax(1, qMin(m_options.workers, m_options.poolSize));
    m_slots.resize(size_t(slots));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Deliverer::pump);
}

Deliverer::~Deliverer()
{
    // So a delivered message is never sent again; if even this fails, say which.
    const QList<Outcome> unwritten = std::exchange(m_outcomes, {});
    if (!writeOutcomes(unwritten)) {
        for (const Outcome &o : unwritten)
            qCCritical(lcRelay) << "queue: the outcome of" << o.id << "was not recorded:" << statusName(o.status);
    }
    for (Slot &slot : m_slots) {
        if (slot.session)
            slot.session->abort();
        delete slot.session.data();
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
    for (Slot &slot : m_slots) {
        if (slot.session && !slot.job)
            slot.session->quit();
    }
    if (inFlight() == 0)
        QMetaObject::invokeMethod(this, &Deliverer::idle, Qt::QueuedConnection);
}

int Deliverer::inFlight() const
{
    int n = 0;
    for (const Slot &slot : m_slots)
        n += slot.job || slot.recording ? 1 : 0;
    return n;
}

void Deliverer::pump()
{
    if (m_stopping)
        return;
    QList<Slot *> free;
    for (Slot &slot : m_slots) {
        if (!slot.job && !slot.recording)
            free.append(&slot);
    }
    if (!free.isEmpty()) {
        const QList<QueuedMessage> due = m_queue->takeDue(QDateTime::currentDateTimeUtc(), int(free.size()));
        for (qsizetype i = 0; i < due.size(); ++i)
            dispatch(*free.at(i), due.at(i));
    }
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

void Deliverer::dispatch(Slot &slot, const QueuedMessage &queued)
{
    QJsonObject body = queued.request;
    body.remove(QStringLiteral("scheduled_at")); // its time has come
    auto parsed = parseEmailRequest(body);
    if (auto *problem = std::get_if<ApiError>(&parsed)) {
        // Validated when accepted; only a database edited by hand gets here.
        m_queue->markFailed(queued.id, queued.attempts, problem->message);
        ++m_failed;
        Q_EMIT messageFinished(queued.id, MessageStatus::Failed);
        return;
    }
    mime::Message message = std::get<EmailRequest>(parsed).message;
    message.messageId = queued.messageId;
    message.date = queued.createdAt.toLocalTime();

    if (slot.session && (slot.session->isFinished() || slot.sent >= m_options.messagesPerConnection)) {
        if (!slot.session->isFinished())
            slot.session->quit(); // deletes itself when finished (below)
        slot.session = nullptr;
    }
    if (!slot.session) {
        auto *session = new smtp::SmtpSession(m_settings, this);
        connect(session, &smtp::SmtpSession::finished, session, &QObject::deleteLater);
        slot.session = session;
        slot.sent = 0;
        session->open();
    }
    slot.messageId = queued.id;
    slot.dueAt = queued.scheduledAt && *queued.scheduledAt > queued.createdAt ? *queued.scheduledAt : queued.createdAt;
    slot.attempts = queued.attempts + 1;
    ++slot.sent;
    smtp::SendJob *job = slot.session->send(mime::envelopeFor(message), mime::contentFactory(message));
    slot.job = job;
    connect(job, &smtp::SendJob::finished, this, [this, job]() { onJobFinished(job); });
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

void Deliverer::onJobFinished(smtp::SendJob *job)
{
    Slot *slot = nullptr;
    for (Slot &candidate : m_slots) {
        if (candidate.job == job)
            slot = &candidate;
    }
    if (!slot)
        return;
    const int attempts = slot->attempts;
    slot->job = nullptr;
    slot->recording = true;
    job->deleteLater();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    Outcome outcome;
    outcome.id = slot->messageId;
    outcome.attempts = attempts;
    outcome.at = now;
    if (job->succeeded()) {
        QJsonArray refused;
        for (const smtp::SendJob::RecipientResult &r : job->recipientResults()) {
            if (!r.accepted())
                refused.append(QJsonObject{{QStringLiteral("address"), r.address}, {QStringLiteral("reply"), r.reply.text()}});
        }
        if (!refused.isEmpty())
            outcome.detail = QString::fromUtf8(QJsonDocument(refused).toJson(QJsonDocument::Compact));
        outcome.latencySeconds = double(slot->dueAt.msecsTo(now)) / 1000.0;
    } else if (isTransient(job->error()) && attempts <= m_options.retryAttempts) {
        // Growing backoff (delay × 2^(n-1)) with ±20 % jitter so retries do not arrive together.
        const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
        const qint64 delay = qint64(double(m_options.retryDelay.count()) * double(1 << qMin(attempts - 1, 10)) * jitter);
        outcome.status = MessageStatus::Queued;
        outcome.at = now.addMSecs(delay);
        outcome.detail = lastErrorOf(job->error());
    } else {
        outcome.status = MessageStatus::Failed;
        outcome.detail = lastErrorOf(job->error());
    }
    m_outcomes.append(outcome);
    // Recorded before anything else happens on this slot: the next message waits for the
    // commit, so an acknowledged message is on disk before the relay moves on.
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QMetaObject::invokeMethod(this, &Deliverer::flush, Qt::QueuedConnection);
    }
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
        if (!slot.job)
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
        case MessageStatus::Queued: ++m_retried; break;
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
        for (Slot &slot : m_slots) {
            if (slot.session && !slot.job)
                slot.session->quit();
        }
        if (inFlight() == 0)
            Q_EMIT idle();
        return;
    }
    for (qsizetype i = 0; i < taken.size(); ++i)
        dispatch(*free.at(i), taken.at(i));
    schedule();
}

} // namespace selfmx::relay
