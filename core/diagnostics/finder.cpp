// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "finder.h"

#include "smtp/session.h"

#include <QElapsedTimer>
#include <QSslCipher>
#include <QTimer>

namespace selfmx::diagnostics {

SettingsFinder::SettingsFinder(smtp::Settings base, bool allowPlaintext, QObject *parent)
    : QObject(parent)
    , m_base(std::move(base))
{
    using smtp::TlsMode;
    auto candidate = [](quint16 port, TlsMode mode) {
        Candidate c;
        c.port = port;
        c.mode = mode;
        return c;
    };
    m_candidates = {candidate(587, TlsMode::StartTls), candidate(465, TlsMode::Implicit), candidate(2525, TlsMode::StartTls),
                    candidate(25, TlsMode::StartTls)};
    if (allowPlaintext)
        m_candidates += {candidate(587, TlsMode::None), candidate(25, TlsMode::None)};
}

SettingsFinder::SettingsFinder(smtp::Settings base, QList<Candidate> candidates, QObject *parent)
    : QObject(parent)
    , m_base(std::move(base))
    , m_candidates(std::move(candidates))
{
}

void SettingsFinder::start()
{
    m_running = int(m_candidates.size());
    m_clock.start();
    for (int i = 0; i < m_candidates.size(); ++i)
        launch(i);
}

void SettingsFinder::launch(int index)
{
    smtp::Settings settings = m_base;
    settings.port = m_candidates[index].port;
    settings.tlsModeOverride = m_candidates[index].mode;
    // Verification stays as configured: an unverifiable certificate is tried again with
    // the errors merely recorded, so it can be ranked below verified ones, never hidden.
    auto *session = new smtp::SmtpSession(settings, this);
    connect(session, &smtp::SmtpSession::ready, session, &smtp::SmtpSession::quit);
    connect(session, &smtp::SmtpSession::finished, this, [this, index, session]() {
        Candidate &c = m_candidates[index];
        c.elapsedMs = m_clock.elapsed();
        c.worked = session->isReady();
        c.authenticated = session->isReady() && session->usedMechanism().has_value();
        c.verified = session->isEncrypted() && session->ignoredSslErrors().isEmpty();
        if (!c.worked)
            c.error = session->error();
        session->deleteLater();
        if (--m_running == 0)
            QTimer::singleShot(0, this, &SettingsFinder::finished);
    });
    session->open();
}

QList<Candidate> SettingsFinder::working() const
{
    QList<Candidate> list;
    for (const Candidate &c : m_candidates) {
        if (c.worked && (!m_base.hasCredentials() || c.authenticated))
            list.append(c);
    }
    // Stable: the preference order above breaks ties.
    std::stable_sort(list.begin(), list.end(), [](const Candidate &a, const Candidate &b) {
        const bool aEncrypted = a.mode != smtp::TlsMode::None;
        const bool bEncrypted = b.mode != smtp::TlsMode::None;
        if (aEncrypted != bEncrypted)
            return aEncrypted;
        return a.verified && !b.verified;
    });
    return list;
}

QList<SettingChange> SettingsFinder::recommendedChange() const
{
    const QList<Candidate> list = working();
    if (list.isEmpty())
        return {};
    const Candidate &best = list.first();
    QList<SettingChange> change = {
        {QStringLiteral("SMTP_HOST"), m_base.host},
        {QStringLiteral("SMTP_PORT"), QString::number(best.port)},
        {QStringLiteral("SMTP_TLS"), best.mode == smtp::TlsMode::None ? QStringLiteral("false") : QStringLiteral("true")}};
    // The mode always: a TLS mode stored in a profile or set in the environment would
    // otherwise survive the recommendation and undo it.
    change.append({QStringLiteral("SMTP_TLS_MODE"), smtp::tlsModeName(best.mode)});
    return change;
}

QString SettingsFinder::recommendation() const
{
    QString text;
    for (const SettingChange &c : recommendedChange())
        text += c.key + u'=' + c.value + u'\n';
    return text;
}

} // namespace selfmx::diagnostics
