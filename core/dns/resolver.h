// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "records.h"
#include "settings/configuration.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <map>
#include <memory>
#include <optional>

struct ub_ctx;
struct ub_result;
class QSocketNotifier;

namespace selfmx::dns {

// Where the resolver asks, and for how long.
struct ResolverConfig {
    // "addr[:port]" ("127.0.0.1:5353", "[::1]:53", "192.0.2.1"): forward every query there.
    // Empty: the system's nameservers (/etc/resolv.conf).
    QString server;
    // A file of DNSSEC trust anchors (DS or DNSKEY records, zone-file format). Empty: the
    // root's key where Debian keeps it (dns-root-data, unbound), when present.
    QString trustAnchorFile;
    // Whether that default root key is used when no file is given (tests with made-up
    // zones turn it off: the real root would call their answers bogus).
    bool rootTrustAnchor = true;
    int timeoutMs = 5000; // per lookup

    // DNS_SERVER and DNS_TRUST_ANCHOR_FILE from the environment.
    static ResolverConfig fromEnvironment();
    // DNS_SERVER from a resolved configuration (a profile with the environment over it, the
    // field table's DNS_SERVER row), DNS_TRUST_ANCHOR_FILE from the environment (a test's).
    static ResolverConfig fromConfiguration(const settings::Configuration &configuration);
};

// "127.0.0.1:5353" -> "127.0.0.1@5353" (libunbound's form); nothing when malformed.
std::optional<QString> unboundServerAddress(const QString &server);

// One question. finished() is emitted exactly once, never from inside lookup(); delete it to
// stop waiting (the answer is then dropped).
class Lookup : public QObject
{
    Q_OBJECT
public:
    const Answer &answer() const { return m_answer; }

Q_SIGNALS:
    void finished();

private:
    friend class Resolver;
    explicit Lookup(QObject *parent)
        : QObject(parent)
    {
    }
    void finish(Answer answer);
    Answer m_answer;
    bool m_done = false;
};

// An asynchronous DNSSEC-validating stub on libunbound. The library resolves on its own
// thread; its results are collected in this object's thread when ub_fd() becomes readable
// (a QSocketNotifier), so nothing ever blocks the event loop.
class Resolver : public QObject
{
    Q_OBJECT
public:
    explicit Resolver(ResolverConfig config, QObject *parent = nullptr);
    ~Resolver() override;
    Resolver(const Resolver &) = delete;
    Resolver &operator=(const Resolver &) = delete;

    // Empty when the resolver is usable; else what went wrong (a bad DNS_SERVER, ...).
    // Lookups on an unusable resolver finish with Status::Error.
    QString setupError() const { return m_setupError; }
    const ResolverConfig &config() const { return m_config; }

    // The lookup is a child of `owner` (this resolver when null).
    Lookup *lookup(const QString &name, RecordType type, QObject *owner = nullptr);

private:
    struct Ticket {
        Resolver *resolver;
        quint64 serial;
    };
    struct Pending {
        std::unique_ptr<Ticket> ticket;
        int asyncId = 0;
        QPointer<Lookup> lookup;
        QString name;
        RecordType type;
    };
    static void onResult(void *arg, int error, ub_result *result);
    void complete(quint64 serial, int error, ub_result *result);
    void expire(quint64 serial);
    void processResults();

    ResolverConfig m_config;
    ub_ctx *m_ctx = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QString m_setupError;
    quint64 m_nextSerial = 1;
    std::map<quint64, Pending> m_pending;
};

} // namespace selfmx::dns
