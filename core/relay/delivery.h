// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "queue.h"

#include "smtp/settings.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <array>
#include <chrono>
#include <vector>

namespace selfmx::smtp {
class SmtpSession;
class SendJob;
} // namespace selfmx::smtp

namespace selfmx::relay {

struct DeliveryOptions {
    int workers = 4;       // QUEUE_WORKERS: transactions at once
    int poolSize = 10;     // SMTP_POOL_SIZE: sessions kept open
    int retryAttempts = 3; // QUEUE_RETRY_ATTEMPTS: retries after the first attempt
    std::chrono::milliseconds retryDelay{60000};
    int messagesPerConnection = 100; // then QUIT and a fresh connection
};

// Delivers due messages from the queue over a pool of reused SMTP sessions, on the Qt
// thread (sessions are asynchronous; nothing blocks). A slot is one SmtpSession and at most
// one transaction on it; a session that ends (421, dropped, idle timeout) is replaced when
// its slot is next used.
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
    struct Slot {
        QPointer<smtp::SmtpSession> session;
        QPointer<smtp::SendJob> job;
        QString messageId;
        QDateTime dueAt;
        bool recording = false; // its outcome waits for the next group commit
        int attempts = 0;
        int sent = 0;
    };
    void pump();
    void dispatch(Slot &slot, const QueuedMessage &message);
    void onJobFinished(smtp::SendJob *job);
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
    QTimer m_timer;
    bool m_stopping = false;
    bool m_running = false;
    quint64 m_delivered = 0;
    quint64 m_failed = 0;
    quint64 m_retried = 0;
    LatencyHistogram m_latency;
};

} // namespace selfmx::relay
