// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "dns/discovery.h"
#include "dns/resolver.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace selfmx::ui {

// "Find my server": runs dns::Discovery for an address or domain (the provider table, SRV,
// the MX of a known provider, a verified guess) without blocking, shows that it is working
// with a Cancel, bounds the whole search, and lists the candidates with where each came
// from. Choosing one emits chosen(); what it fills in is the owner's business (the wizard's
// first page fills the draft). A failure is said in words: the user then goes on by hand.
class ServerDiscoveryBox : public QWidget
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Found, NothingFound, Cancelled, TimedOut };
    Q_ENUM(State)

    explicit ServerDiscoveryBox(QWidget *parent = nullptr);
    ~ServerDiscoveryBox() override;

    // Where to ask: DNS_SERVER / DNS_TRUST_ANCHOR_FILE from the environment by default.
    void setResolverConfig(dns::ResolverConfig config) { m_config = std::move(config); }
    // The whole search ends after this long at the latest (each lookup has its own timeout).
    void setTimeLimit(int ms) { m_limit.setInterval(ms); }
    // The address or domain the Find button searches for (the page's address field).
    void setAddress(const QString &addressOrDomain);

    void start();
    void cancel();
    bool isRunning() const { return m_state == State::Running; }
    State state() const { return m_state; }
    // The candidates as listed (guesses that could not be verified are left out).
    const QList<dns::ServerCandidate> &candidates() const { return m_candidates; }
    // Emits chosen() for the candidate on `row`; false when there is none.
    bool choose(int row);
    QString statusText() const;

    QPushButton *findButton() const { return m_find; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *useButton() const { return m_use; }
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void started();
    void finished(); // found, nothing found, cancelled or timed out: state() says which
    void chosen(const selfmx::dns::ServerCandidate &candidate);

private:
    void onFinished();
    void stop(State state);
    void setState(State state);
    void updateButtons();

    dns::ResolverConfig m_config;
    QString m_address;
    QString m_domain; // the one searched for
    QPointer<dns::Discovery> m_discovery;
    QTimer m_limit;
    State m_state = State::Idle;
    QList<dns::ServerCandidate> m_candidates;
    QPushButton *m_find = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_use = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace selfmx::ui
