// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "discovery.h"

#include "logging.h"
#include "profile/envfile.h"

#include <QRandomGenerator>
#include <QTimer>

#include <QTimer>
#include <algorithm>

namespace selfmx::dns {

QString sourceKey(Source source)
{
    switch (source) {
    case Source::Preset: return QStringLiteral("preset");
    case Source::Srv: return QStringLiteral("srv");
    case Source::Mx: return QStringLiteral("mx");
    case Source::Guess: return QStringLiteral("guess");
    }
    return QString();
}

Discovery::Discovery(const QString &addressOrDomain, ResolverConfig config, smtp::Settings base, QObject *parent)
    : QObject(parent)
    , m_resolver(std::move(config))
    , m_base(std::move(base))
{
    m_domain = addressOrDomain.trimmed().toLower();
    if (const qsizetype at = m_domain.lastIndexOf(u'@'); at >= 0)
        m_domain = m_domain.mid(at + 1);
    while (m_domain.endsWith(u'.'))
        m_domain.chop(1);
}

profile::Provider Discovery::providerForMx(const QString &mxHost)
{
    QString host = mxHost.toLower();
    while (host.endsWith(u'.'))
        host.chop(1);
    const auto under = [&host](const char *suffix) {
        const QString s = QString::fromLatin1(suffix);
        return host == s || host.endsWith(u'.' + s);
    };
    if (under("google.com") || under("googlemail.com"))
        return profile::Provider::Gmail;
    if (under("mail.protection.outlook.com"))
        return profile::Provider::Microsoft365;
    if (under("mailgun.org"))
        return profile::Provider::Mailgun;
    if (under("amazonaws.com") && host.startsWith(QStringLiteral("inbound-smtp.")))
        return profile::Provider::AmazonSes;
    if (under("mtasv.net") || under("postmarkapp.com"))
        return profile::Provider::Postmark;
    if (under("sendgrid.net"))
        return profile::Provider::SendGrid;
    return profile::Provider::Custom;
}

ServerCandidate Discovery::fromPreset(profile::Provider provider, const QString &region, Source source, const QString &evidence) const
{
    const profile::Profile p = profile::profileFromPreset(provider, region);
    const profile::ProviderPreset &preset = profile::preset(provider);
    ServerCandidate c;
    c.source = source;
    c.provider = provider;
    c.region = p.region;
    c.host = p.smtp.host;
    c.port = preset.ports.value(0, 587);
    c.mode = preset.implicitTlsPorts.contains(c.port) ? smtp::TlsMode::Implicit : smtp::TlsMode::StartTls;
    c.evidence = evidence;
    return c;
}

void Discovery::start()
{
    if (m_started)
        return;
    m_started = true;
    m_tried.append(Source::Preset);
    if (const auto match = profile::presetForAddress(m_domain); match && !profile::preset(match->provider).host.isEmpty()) {
        m_candidates.append(fromPreset(match->provider, match->region, Source::Preset, match->domain));
        QTimer::singleShot(0, this, &Discovery::done); // finished() never inside start()
        return;
    }
    trySrv();
}

void Discovery::trySrv()
{
    m_tried.append(Source::Srv);
    // RFC 8314 §5.1: implicit TLS (_submissions) is preferred over STARTTLS (_submission).
    const QList<std::pair<QString, smtp::TlsMode>> services = {{QStringLiteral("_submissions._tcp."), smtp::TlsMode::Implicit},
                                                               {QStringLiteral("_submission._tcp."), smtp::TlsMode::StartTls}};
    auto results = std::make_shared<QList<QList<ServerCandidate>>>(QList<QList<ServerCandidate>>(2));
    m_outstanding = 2;
    for (int i = 0; i < 2; ++i) {
        const QString name = services.at(i).first + m_domain;
        const smtp::TlsMode mode = services.at(i).second;
        Lookup *lookup = m_resolver.lookup(name, RecordType::Srv, this);
        connect(lookup, &Lookup::finished, this, [this, lookup, results, i, mode, name]() {
            const Answer &answer = lookup->answer(); // deleteLater: still alive here
            lookup->deleteLater();
            m_evidence.append(answer);
            if (answer.ok()) {
                auto *random = QRandomGenerator::global();
                for (const Record &r : orderSrv(answer.records, [random]() { return random->generateDouble(); })) {
                    if (r.target.isEmpty() || r.port == 0) // "." target: service not offered (RFC 6186 §3.4)
                        continue;
                    ServerCandidate c;
                    c.source = Source::Srv;
                    c.host = r.target;
                    c.port = r.port;
                    c.mode = mode;
                    c.priority = r.priority;
                    c.weight = r.weight;
                    c.provider = profile::guessProvider(r.target, &c.region);
                    c.evidence = QStringLiteral("%1 SRV %2 %3 %4 %5").arg(name).arg(r.priority).arg(r.weight).arg(r.port).arg(r.target);
                    (*results)[i].append(c);
                }
            }
            if (--m_outstanding > 0)
                return;
            m_candidates = results->at(0) + results->at(1);
            if (m_candidates.isEmpty())
                tryMx();
            else
                done();
        });
    }
}

void Discovery::tryMx()
{
    m_tried.append(Source::Mx);
    Lookup *lookup = m_resolver.lookup(m_domain, RecordType::Mx, this);
    connect(lookup, &Lookup::finished, this, [this, lookup]() {
        const Answer &answer = lookup->answer(); // deleteLater: still alive here
        lookup->deleteLater();
        m_evidence.append(answer);
        QList<Record> mx = answer.ok() ? answer.records : QList<Record>();
        std::stable_sort(mx.begin(), mx.end(), [](const Record &a, const Record &b) { return a.priority < b.priority; });
        for (const Record &r : mx) {
            const profile::Provider provider = providerForMx(r.target);
            if (provider != profile::Provider::Custom) {
                m_candidates.append(
                    fromPreset(provider, QString(), Source::Mx, QStringLiteral("%1 MX %2 %3").arg(m_domain).arg(r.priority).arg(r.target)));
                done();
                return;
            }
        }
        tryGuess();
    });
}

void Discovery::tryGuess()
{
    m_tried.append(Source::Guess);
    const QStringList hosts = {QStringLiteral("smtp.") + m_domain, QStringLiteral("mail.") + m_domain};
    m_outstanding = int(hosts.size());
    auto exists = std::make_shared<QList<bool>>(QList<bool>(hosts.size(), false));
    for (int i = 0; i < hosts.size(); ++i) {
        Lookup *lookup = m_resolver.lookup(hosts.at(i), RecordType::A, this);
        connect(lookup, &Lookup::finished, this, [this, lookup, exists, hosts, i]() {
            const Answer &answer = lookup->answer(); // deleteLater: still alive here
            lookup->deleteLater();
            m_evidence.append(answer);
            (*exists)[i] = answer.ok() && !answer.records.isEmpty();
            if (--m_outstanding > 0)
                return;
            for (int k = 0; k < hosts.size(); ++k) {
                if (!exists->at(k))
                    continue;
                ServerCandidate c;
                c.source = Source::Guess;
                c.host = hosts.at(k);
                c.evidence = hosts.at(k);
                m_guesses.append(c);
            }
            verifyGuess(0);
        });
    }
}

// The guesses are verified one after the other with the "find working settings" probe.
void Discovery::verifyGuess(int index)
{
    if (index >= m_guesses.size()) {
        // Verified guesses first; the others are listed as tried, not as answers.
        std::stable_partition(m_guesses.begin(), m_guesses.end(), [](const ServerCandidate &c) { return c.verified; });
        m_candidates.append(m_guesses);
        done();
        return;
    }
    smtp::Settings settings = m_base;
    settings.host = m_guesses.at(index).host;
    auto *finder = m_guessCandidates.isEmpty() ? new diagnostics::SettingsFinder(settings, false, this)
                                               : new diagnostics::SettingsFinder(settings, m_guessCandidates, this);
    connect(finder, &diagnostics::SettingsFinder::finished, this, [this, finder, index]() {
        const QList<diagnostics::Candidate> working = finder->working();
        finder->deleteLater();
        ServerCandidate c = m_guesses.at(index);
        if (!working.isEmpty()) {
            c.port = working.first().port;
            c.mode = working.first().mode;
            c.verified = true;
        }
        m_guesses[index] = c;
        verifyGuess(index + 1);
    });
    finder->start();
}

void Discovery::done()
{
    qCDebug(lcDns) << "discovery" << m_domain << "found" << m_candidates.size();
    Q_EMIT finished();
}

} // namespace selfmx::dns
