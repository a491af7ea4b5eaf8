// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "finding.h"

#include "smtp/error.h"
#include "smtp/settings.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

namespace selfmx::smtp {
class SmtpSession;
}

namespace selfmx::diagnostics {

// One port/TLS combination tried by the SettingsFinder.
struct Candidate {
    quint16 port = 0;
    smtp::TlsMode mode = smtp::TlsMode::StartTls;
    bool worked = false;
    bool authenticated = false; // logged in (only when a password was given)
    bool verified = false;      // the certificate verified
    qint64 elapsedMs = 0;
    smtp::Error error; // why it failed
    // (Its line of text is the front end's: text::ReportText::candidate().)
};

// "Find working settings": tries 587 STARTTLS, 465 implicit TLS, 2525 STARTTLS and 25
// STARTTLS side by side (then plaintext on 587/25 only if allowed), logging in where a
// password is known, and ranks what worked: authenticated before not, verified before
// not, then the order above.
class SettingsFinder : public QObject
{
    Q_OBJECT
public:
    SettingsFinder(smtp::Settings base, bool allowPlaintext, QObject *parent = nullptr);
    // Other candidates than the standard ports (tests, servers on unusual ports).
    SettingsFinder(smtp::Settings base, QList<Candidate> candidates, QObject *parent = nullptr);
    void start();
    const QList<Candidate> &candidates() const { return m_candidates; }
    // Ranked; empty when nothing worked.
    QList<Candidate> working() const;
    // The settings of the best candidate (SMTP_HOST, SMTP_PORT, SMTP_TLS, SMTP_TLS_MODE);
    // empty when nothing worked. The window can apply it like a finding's proposed change.
    QList<SettingChange> recommendedChange() const;
    // The same as .env lines ("SMTP_PORT=465\n…").
    QString recommendation() const;

Q_SIGNALS:
    void finished();

private:
    void launch(int index);

    smtp::Settings m_base;
    QList<Candidate> m_candidates;
    QElapsedTimer m_clock; // every candidate starts at once
    int m_running = 0;
};

} // namespace selfmx::diagnostics
