// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "finding.h"
#include "observation.h"
#include "report.h"

#include "smtp/settings.h"
#include "smtp/types.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

class QTimer;

namespace selfmx::diagnostics {

class DnsProbe;
class PlaintextProbe;
class SessionProbe;
class TcpProbe;
class TlsPersonalityProbe;

struct Options {
    QString probeSender;    // MAIL FROM probe (then RSET)
    QString probeRecipient; // RCPT TO probe (then RSET)
    bool testSend = false;  // send a real test message to probeRecipient
    QString providerKey;    // for provider-specific findings ("sendgrid"); empty: from the host
    // Probe these addresses instead of the DNS answer (a server whose record does not exist
    // yet, or tests); the SMTP session still connects by SMTP_HOST (unless
    // sessionUsesAddresses).
    QList<QHostAddress> addresses;
    // The SMTP session too connects to the first of `addresses`, naming SMTP_HOST in SNI
    // and certificate verification: diagnose --check-domain gives the addresses its
    // DNSSEC-validating resolver vouched for, so that the certificate the session sees is
    // the one DANE is about (RFC 7672 §2.2.2). Ignored when SMTP_HOST is an address.
    bool sessionUsesAddresses = false;
};

// Runs the staged probe of a server for one set of settings: the probes (probes.h) side by
// side, each bounded by SMTP_TIMEOUT, so a diagnosis ends within the timeout plus a little;
// then the rules (rules.h) turn the Observation into findings and the Report is assembled.
// stageChanged() reports progress; finished() once.
class Diagnoser : public QObject
{
    Q_OBJECT
public:
    Diagnoser(smtp::Settings settings, Options options = {}, QObject *parent = nullptr);
    ~Diagnoser() override;

    void start();
    void cancel();
    const Report &report() const { return m_report; }
    const Observation &observation() const { return m_observation; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    // Running when a stage begins; when the diagnosis ends, every stage's final status
    // (Passed, Warning, Failed, Skipped) in order, just before finished().
    void stageChanged(selfmx::smtp::Stage stage, selfmx::diagnostics::StageStatus status);
    void finished();

private:
    void onAddresses(const QList<QHostAddress> &addresses);
    void onSessionFinished();
    void maybeFinish();
    void startTlsProbe(std::chrono::milliseconds budget);
    void observe();

    smtp::Settings m_settings;
    Options m_options;
    QString m_connectHost; // where the session and the TLS/plaintext probes connect
    Report m_report;
    Observation m_observation;
    QElapsedTimer m_clock;
    QTimer *m_deadline = nullptr;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;

    bool m_addressesKnown = false;
    QPointer<DnsProbe> m_dns;
    std::vector<QPointer<TcpProbe>> m_tcp;
    QPointer<TlsPersonalityProbe> m_tlsProbe;
    bool m_greeted = false; // the session got past the greeting
    QPointer<PlaintextProbe> m_plaintextProbe;
    QPointer<SessionProbe> m_session;
};

} // namespace selfmx::diagnostics
