// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "diagnostics/finding.h"
#include "dns/domaincheck.h"
#include "dns/resolver.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace selfmx::profile {
class SettingsDraft;
} // namespace selfmx::profile

namespace selfmx::ui {

// The diagnosis view's "Sender domain" section: is the domain of the draft's sender
// (SMTP_FROM, else a login that is an address) ready to send for the provider? It runs
// dns::DomainCheck (SPF, DKIM, DMARC, MX, and DANE for the server the last test reached) on a button press, without blocking, with a Stop
// and its own state, and lists the findings with the DNS record to publish, each record
// selectable and with a Copy button. On a button rather than after every SMTP test: the
// domain's records do not change with the SMTP settings, and a test should not wait for them.
// Its heading is TestPanel's "Sender domain" toggle, which makes the section when first opened.
class SenderDomainSection : public QWidget
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Ready, NotReady, LookupsFailed, NoDomain, Cancelled, TimedOut };
    Q_ENUM(State)

    explicit SenderDomainSection(profile::SettingsDraft *draft, QWidget *parent = nullptr);
    ~SenderDomainSection() override;

    // Where to ask: DNS_SERVER / DNS_TRUST_ANCHOR_FILE from the environment by default.
    void setResolverConfig(dns::ResolverConfig config) { m_config = std::move(config); }
    void setProviderKey(const QString &key) { m_providerKey = key; }
    void setTimeLimit(int ms) { m_limit.setInterval(ms); }
    // The chain (DER, leaf first) the last SMTP test's TLS handshake presented for host:port:
    // the next check adds DANE for that server (its TLSA records against this chain) while
    // the draft's SMTP_HOST and SMTP_PORT are still those. An empty chain: not checked.
    void setSessionChain(const QString &host, quint16 port, const QList<QByteArray> &chainDer);

    // The domain the check is for: the part after the @ of the sender; empty when unknown.
    QString domain() const;
    void start();
    void cancel();
    bool isRunning() const { return m_state == State::Running; }
    State state() const { return m_state; }
    const QList<diagnostics::Finding> &findings() const { return m_findings; }
    QString statusText() const;
    // The record text a finding's Copy button copies (empty: it has none).
    static QString recordText(const diagnostics::Finding &finding);
    // The Copy button of finding `index` (null when it has no record).
    QPushButton *copyButton(int index) const { return m_copyButtons.value(index); }

    QPushButton *checkButton() const { return m_check; }
    QPushButton *stopButton() const { return m_stop; }
    QLineEdit *selectorsEdit() const { return m_selectors; }

Q_SIGNALS:
    void started();
    void finished();

private:
    // SMTP_FROM/SMTP_USER edited or another profile loaded: results for another domain go.
    void onSenderChanged();
    void onFinished();
    void stop(State state);
    void setState(State state);
    void showFindings();
    void clearFindings();

    QPointer<profile::SettingsDraft> m_draft;
    dns::ResolverConfig m_config;
    QString m_providerKey;
    QString m_checkedDomain;
    QString m_chainHost;
    quint16 m_chainPort = 0;
    QList<QByteArray> m_chainDer;
    QPointer<dns::DomainCheck> m_domainCheck;
    QTimer m_limit;
    State m_state = State::Idle;
    QList<diagnostics::Finding> m_findings;
    QHash<int, QPushButton *> m_copyButtons;
    QPushButton *m_check = nullptr;
    QPushButton *m_stop = nullptr;
    QLineEdit *m_selectors = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_list = nullptr;
    QVBoxLayout *m_listLayout = nullptr;
};

} // namespace selfmx::ui
