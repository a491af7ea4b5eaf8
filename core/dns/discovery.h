// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "diagnostics/finder.h"
#include "profile/profile.h"
#include "records.h"
#include "resolver.h"
#include "smtp/settings.h"

#include <QObject>

namespace selfmx::dns {
QString sourceKey(Source source); // "preset", "srv", "mx", "guess"

struct ServerCandidate {
    Source source = Source::Guess;
    QString host;
    quint16 port = 587;
    smtp::TlsMode mode = smtp::TlsMode::StartTls;
    profile::Provider provider = profile::Provider::Custom;
    QString region;
    QString evidence; // what it rests on: the matched domain, the SRV or MX record
    quint16 priority = 0;
    quint16 weight = 0;
    bool verified = false; // Guess: the "find working settings" probe got through (listed either way)
};

// Discovery from an address or domain: stops at the first source that answers.
class Discovery : public QObject
{
    Q_OBJECT
public:
    // `base` gives the finder credentials and TLS trust for verifying a guess;
    // `guessPorts` overrides the finder's standard ports (tests).
    Discovery(const QString &addressOrDomain, ResolverConfig config, smtp::Settings base, QObject *parent = nullptr);
    void setGuessCandidates(QList<diagnostics::Candidate> candidates) { m_guessCandidates = std::move(candidates); }
    void start();
    const QString &domain() const { return m_domain; }
    const QList<ServerCandidate> &candidates() const { return m_candidates; }
    const QList<Answer> &evidence() const { return m_evidence; }
    // Which sources were tried, in order (the last one answered, or none did).
    const QList<Source> &tried() const { return m_tried; }

    // MX host -> provider (aspmx.l.google.com -> Gmail, *.mail.protection.outlook.com ->
    // Microsoft 365, ...); Custom when not known.
    static profile::Provider providerForMx(const QString &mxHost);

Q_SIGNALS:
    void finished();

private:
    void trySrv();
    void tryMx();
    void tryGuess();
    void verifyGuess(int index);
    void done();
    ServerCandidate fromPreset(profile::Provider provider, const QString &region, Source source, const QString &evidence) const;

    QString m_domain;
    Resolver m_resolver;
    smtp::Settings m_base;
    QList<diagnostics::Candidate> m_guessCandidates;
    QList<ServerCandidate> m_candidates;
    QList<ServerCandidate> m_guesses;
    QList<Answer> m_evidence;
    QList<Source> m_tried;
    int m_outstanding = 0;
    bool m_started = false;
};

} // namespace selfmx::dns
