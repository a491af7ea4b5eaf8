// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "queue.h"

#include "smtp/settings.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <array>
#include <chrono>
#include <vector>

namespace selfmx::relay {

class DeliveryWorker;

struct DeliveryOptions {
    int workers = 4;       // QUEUE_WORKERS: transactions at once
    int poolSize = 10;     // SMTP_POOL_SIZE: sessions kept open
    int retryAttempts = 3; // QUEUE_RETRY_ATTEMPTS: retries after the first attempt
    std::chrono::milliseconds retryDelay{60000};
    int messagesPerConnection = 100; // then QUIT and a fresh connection
    // Messages a worker holds at once: the one in transfer, the next one's commands sent
    // behind its dot (RFC 2920 pipelining, one round trip per message instead of two), and
    // one more ready. Each is a slot of its own below.
    int messagesInHand = 3;
};

// Delivers due messages from the queue over a pool of reused SMTP sessions. The sessions
// (building each message and the SMTP transactions) run on a delivery thread of their own;
// the queue is written only here, on the Qt thread, so the relay has one SQLite writer: the
// delivery thread hands its outcomes back and this object records them (group commit) before
// a slot takes its next message. A slot holds one message; slot i is on session
// i % sessions, so a burst spreads over the sessions before any holds a second message. A
// session that ends (421, dropped, idle timeout) is replaced when one of its slots is next used;
// one at its per-connection cap once it has closed (never two connections for one session).
class Deliverer : public QObject
{
    Q_OBJECT
public:
    Deliverer(Queue *queue, smtp::Settings settings, DeliveryOptions options, QObject *parent = nullptr);
    ~Deliverer() override;

    void start();
    // Something was queued or rescheduled: look again.
    void wake();
    // Takes nothing new; idle() follows once in-flight transactions ended (or at once).
    void stop();
    int inFlight() const;
    // Slots free for deliverNow(): none before start() or once stopping.
    int freeSlots() const;
    // Hands over messages already committed as `sending` (at most freeSlots() of them),
    // as a take would: for messages accepted while slots were free.
    void deliverNow(const QList<QueuedMessage> &messages);

    // What the last delivery attempt learnt of the SMTP server, for GET /health: Unknown
    // before any attempt (or when it ended before connecting, e.g. a message that did not
    // build), Connected when the server answered (even if it refused the message),
    // Unreachable when it could not be reached or kept (name, refused, dropped, timeout).
    enum class SmtpState { Unknown, Connected, Unreachable };
    SmtpState smtpState() const { return m_smtpState; }

    quint64 delivered() const { return m_delivered; }
    quint64 failed() const { return m_failed; }
    quint64 retried() const { return m_retried; }

    // Seconds from a message being due (accepted, or its scheduled time) to the server's
    // acknowledgement of its DATA, for /metrics (a Prometheus histogram).
    struct LatencyHistogram {
        static constexpr std::array<double, 12> bounds = {0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};
        std::array<quint64, bounds.size()> counts{}; // per bucket (not cumulative)
        quint64 count = 0;
        double sum = 0;
        void add(double seconds);
    };
    const LatencyHistogram &latency() const { return m_latency; }

Q_SIGNALS:
    void messageFinished(const QString &id, selfmx::relay::MessageStatus status);
    void idle();

private:
    friend class DeliveryWorker;
    struct Slot {
        bool sending = false; // its message is with the delivery thread
        QString messageId;
        QDateTime dueAt;
        bool recording = false; // its outcome waits for the next group commit
        int attempts = 0;
        bool isFree() const { return !sending && !recording; }
    };
    // What the delivery thread reports for a slot's transaction.
    struct Result {
        int slot = 0;
        bool succeeded = false;
        bool invalid = false;      // the stored request did not parse (a database edited by hand)
        bool transient = false;    // worth another try
        bool notAttempted = false; // its session failed on an earlier message's account first
        QString detail;            // succeeded: the refused recipients (JSON); else the last error
        QDateTime at;
        SmtpState smtp = SmtpState::Unknown; // what it learnt of the server (Unknown: nothing)
    };
    void pump();
    QList<Slot *> listFreeSlots();
    // Hands `taken` to the delivery thread, message i on slot free[i].
    void dispatch(const QList<Slot *> &free, const QList<QueuedMessage> &taken);
    void collect();
    void onResult(const Result &result);
    void schedule();
    void flush();

    // A delivery attempt's outcome, written with the others that ended in the same pass of
    // the event loop (one transaction, one fsync) before the slot takes the next message.
    struct Outcome {
        QString id;
        MessageStatus status = MessageStatus::Delivered;
        int attempts = 0;
        QDateTime at;   // delivered: when; queued: the next attempt
        QString detail; // failed/queued: the last error; delivered: the refused recipients (JSON)
        double latencySeconds = 0;
        bool requeued = false; // not attempted (Result::notAttempted): back to `queued`, due now
    };
    // Records `outcomes` in one transaction; with `taken`, takes up to `takeLimit` due
    // messages in the same one.
    bool writeOutcomes(const QList<Outcome> &outcomes, QList<QueuedMessage> *taken = nullptr, int takeLimit = 0);
    QList<Outcome> m_outcomes;
    bool m_flushScheduled = false;

    Queue *m_queue;
    smtp::Settings m_settings;
    DeliveryOptions m_options;
    std::vector<Slot> m_slots;
    QThread m_thread;
    DeliveryWorker *m_worker = nullptr; // lives on m_thread
    QTimer m_timer;
    bool m_stopping = false;
    bool m_running = false;
    quint64 m_delivered = 0;
    quint64 m_failed = 0;
    quint64 m_retried = 0;
    SmtpState m_smtpState = SmtpState::Unknown;
    LatencyHistogram m_latency;
};

} // namespace selfmx::relay
