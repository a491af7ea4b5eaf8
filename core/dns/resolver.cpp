// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "resolver.h"

#include "logging.h"
#include "settings/fields.h"
#include "unboundlibrary.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QTimer>

namespace selfmx::dns {

namespace {

// libunbound, loaded by the first Resolver (unboundlibrary.h).
const unbound::Functions &ub()
{
    return unbound::functions();
}

} // namespace

ResolverConfig ResolverConfig::fromEnvironment()
{
    ResolverConfig config;
    config.server = qEnvironmentVariable("DNS_SERVER").trimmed();
    config.trustAnchorFile = qEnvironmentVariable("DNS_TRUST_ANCHOR_FILE").trimmed();
    return config;
}

ResolverConfig ResolverConfig::fromConfiguration(const settings::Configuration &configuration)
{
    ResolverConfig config = fromEnvironment();
    config.server = configuration.dnsServer.trimmed();
    return config;
}

std::optional<QString> unboundServerAddress(const QString &server)
{
    const auto parsed = settings::parseNameServer(server); // the field table's rule for DNS_SERVER
    if (!parsed)
        return std::nullopt;
    return parsed->portGiven ? parsed->address + u'@' + QString::number(parsed->port) : parsed->address;
}

void Lookup::finish(Answer answer)
{
    if (m_done)
        return;
    m_done = true;
    m_answer = std::move(answer);
    Q_EMIT finished();
}

Resolver::Resolver(ResolverConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    QString loadError;
    if (!unbound::load(&loadError)) {
        m_setupError = loadError;
        return;
    }
    m_ctx = ub().ctxCreate();
    if (!m_ctx) {
        m_setupError = QStringLiteral("ub_ctx_create failed");
        return;
    }
    // Resolve on libunbound's thread, not a forked process, and hand results over via ub_fd.
    ub().ctxAsync(m_ctx, 1);
    auto check = [this](int rc, const char *what) {
        if (rc != 0 && m_setupError.isEmpty())
            m_setupError = QString::fromLatin1(what) + QStringLiteral(": ") + QString::fromUtf8(ub().strerror(rc));
    };
    if (m_config.server.isEmpty()) {
        check(ub().ctxResolvconf(m_ctx, nullptr), "resolv.conf");
    } else if (const auto address = unboundServerAddress(m_config.server)) {
        // A nameserver on loopback (a local cache, the tests' server) is refused by default.
        check(ub().ctxSetOption(m_ctx, "do-not-query-localhost:", "no"), "do-not-query-localhost");
        // libunbound answers RFC 6761's test. itself (NXDOMAIN, a "static" local zone, which
        // "nodefault" does not lift through ub_ctx_set_option); with a chosen server, names
        // under test. are asked there (the test suite's zones live under test.).
        check(ub().ctxSetOption(m_ctx, "local-zone:", "test. transparent"), "local-zone");
        check(ub().ctxSetFwd(m_ctx, address->toUtf8().constData()), "DNS_SERVER");
    } else {
        m_setupError = QStringLiteral("DNS_SERVER: not addr[:port]: ") + m_config.server;
    }
    QString anchors = m_config.trustAnchorFile;
    if (anchors.isEmpty() && m_config.rootTrustAnchor) {
        for (const char *candidate : {"/usr/share/dns/root.key", "/var/lib/unbound/root.key"}) {
            if (QFileInfo(QString::fromLatin1(candidate)).isReadable()) {
                anchors = QString::fromLatin1(candidate);
                break;
            }
        }
    }
    if (!anchors.isEmpty())
        check(ub().ctxAddTaFile(m_ctx, QFile::encodeName(anchors).constData()), "trust anchor file");
    // Finalise the configuration now so that the fd exists before the first lookup.
    const int fd = ub().fd(m_ctx);
    if (fd < 0) {
        if (m_setupError.isEmpty())
            m_setupError = QStringLiteral("ub_fd failed");
        return;
    }
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &Resolver::processResults);
}

Resolver::~Resolver()
{
    if (m_ctx)
        ub().ctxDelete(m_ctx); // cancels what is still running; no callback follows
}

Lookup *Resolver::lookup(const QString &name, RecordType type, QObject *owner)
{
    auto *lookup = new Lookup(owner ? owner : this);
    QString qname = name.trimmed().toLower();
    Answer failed;
    failed.name = qname;
    failed.type = type;
    failed.status = Status::Error;
    if (!m_setupError.isEmpty() || qname.isEmpty()) {
        failed.detail = m_setupError.isEmpty() ? QStringLiteral("empty name") : m_setupError;
        QTimer::singleShot(0, lookup, [lookup, failed]() { lookup->finish(failed); });
        return lookup;
    }
    const quint64 serial = m_nextSerial++;
    Pending pending;
    pending.ticket = std::make_unique<Ticket>(Ticket{this, serial});
    pending.lookup = lookup;
    pending.name = qname;
    pending.type = type;
    const int rc = ub().resolveAsync(m_ctx, qname.toUtf8().constData(), int(type), 1 /* IN */, pending.ticket.get(), &Resolver::onResult,
                                     &pending.asyncId);
    if (rc != 0) {
        failed.detail = QString::fromUtf8(ub().strerror(rc));
        QTimer::singleShot(0, lookup, [lookup, failed]() { lookup->finish(failed); });
        return lookup;
    }
    qCDebug(lcDns) << "lookup" << qname << typeName(type);
    m_pending.emplace(serial, std::move(pending));
    auto *timer = new QTimer(lookup);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, serial]() { expire(serial); });
    timer->start(m_config.timeoutMs);
    return lookup;
}

void Resolver::onResult(void *arg, int error, ub_result *result)
{
    const auto *ticket = static_cast<Ticket *>(arg);
    ticket->resolver->complete(ticket->serial, error, result);
}

void Resolver::processResults()
{
    ub().process(m_ctx);
}

void Resolver::expire(quint64 serial)
{
    const auto it = m_pending.find(serial);
    if (it == m_pending.end())
        return;
    ub().cancel(m_ctx, it->second.asyncId);
    const QPointer<Lookup> lookup = it->second.lookup;
    Answer answer;
    answer.name = it->second.name;
    answer.type = it->second.type;
    answer.status = Status::Timeout;
    m_pending.erase(it);
    qCDebug(lcDns) << "timeout" << answer.name << typeName(answer.type);
    if (lookup)
        lookup->finish(std::move(answer));
}

void Resolver::complete(quint64 serial, int error, ub_result *result)
{
    const auto it = m_pending.find(serial);
    if (it == m_pending.end()) {
        if (result)
            ub().resolveFree(result);
        return;
    }
    const QPointer<Lookup> lookup = it->second.lookup;
    Answer answer;
    answer.name = it->second.name;
    answer.type = it->second.type;
    m_pending.erase(it);
    if (error != 0 || !result) {
        answer.status = Status::Error;
        answer.detail = QString::fromUtf8(ub().strerror(error));
    } else {
        answer.rcode = result->rcode;
        answer.security = result->bogus ? Security::Bogus : result->secure ? Security::Secure : Security::Insecure;
        if (result->why_bogus)
            answer.whyBogus = QString::fromUtf8(result->why_bogus);
        if (result->canonname) {
            QString canonical = QString::fromUtf8(result->canonname).toLower();
            while (canonical.endsWith(u'.'))
                canonical.chop(1);
            if (canonical != answer.name)
                answer.canonicalName = canonical;
        }
        switch (result->rcode) {
        case 0: answer.status = result->havedata ? Status::Ok : Status::NoData; break;
        case 2: answer.status = Status::ServerFailure; break;
        case 3: answer.status = Status::NxDomain; break;
        case 5: answer.status = Status::Refused; break;
        default: answer.status = Status::Error; break;
        }
        for (int i = 0; result->havedata && result->data[i]; ++i) {
            const auto record = parseRdata(answer.type, QByteArray(result->data[i], result->len[i]));
            if (record) {
                Record r = *record;
                r.ttl = quint32(qMax(0, result->ttl));
                answer.records.append(r);
            }
        }
        ub().resolveFree(result);
    }
    qCDebug(lcDns) << "answer" << answer.name << typeName(answer.type) << statusKey(answer.status) << securityKey(answer.security)
                   << answer.records.size() << answer.whyBogus;
    if (lookup)
        lookup->finish(std::move(answer));
}

} // namespace selfmx::dns
