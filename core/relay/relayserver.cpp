// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "relayserver.h"

#include "logging.h"

#include "diagnostics/outcome.h"
#include "runtime/randombytes.h"
#include "smtp/session.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QPointer>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <array>
#include <cstring>

namespace selfmx::relay {

namespace {

constexpr int kMaxBatch = 100;

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HttpResponse json(int status, const QJsonObject &object)
{
    HttpResponse response;
    response.status = status;
    response.body = jsonBytes(object);
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return response;
}

// Resend's error shape: {"statusCode","name","message"}.
HttpResponse error(int status, const QString &name, const QString &message)
{
    return json(status,
                QJsonObject{{QStringLiteral("statusCode"), status}, {QStringLiteral("name"), name}, {QStringLiteral("message"), message}});
}

HttpResponse error(const ApiError &e)
{
    return error(e.statusCode, e.name, e.message);
}

// What broke, in the API's English: QJsonParseError::errorString() is translated by Qt
// (qtbase_de and the others, which the console loads), so it is not used here.
QString parseProblem(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::NoError: break;
    case QJsonParseError::UnterminatedObject: return QStringLiteral("an object is not closed with }");
    case QJsonParseError::MissingNameSeparator: return QStringLiteral("a colon is missing after a member's name");
    case QJsonParseError::UnterminatedArray: return QStringLiteral("an array is not closed with ]");
    case QJsonParseError::MissingValueSeparator: return QStringLiteral("a comma is missing between two values");
    case QJsonParseError::IllegalValue: return QStringLiteral("a value is not valid");
    case QJsonParseError::TerminationByNumber: return QStringLiteral("the body ends in a number");
    case QJsonParseError::IllegalNumber: return QStringLiteral("a number is not valid");
    case QJsonParseError::IllegalEscapeSequence: return QStringLiteral("an escape sequence is not valid");
    case QJsonParseError::IllegalUTF8String: return QStringLiteral("a string is not valid UTF-8");
    case QJsonParseError::UnterminatedString: return QStringLiteral("a string is not closed with \"");
    case QJsonParseError::MissingObject: return QStringLiteral("a member's name is missing after a comma");
    case QJsonParseError::DeepNesting: return QStringLiteral("it is nested too deeply");
    case QJsonParseError::DocumentTooLarge: return QStringLiteral("it is too large");
    case QJsonParseError::GarbageAtEnd: return QStringLiteral("more follows the value");
    }
    return QStringLiteral("it cannot be read");
}

// A body that is not JSON at all is told so, with where it broke (a byte offset, as
// QJsonParseError counts), instead of being called the wrong kind of JSON.
HttpResponse notJson(const QJsonParseError &e)
{
    return error(422, QStringLiteral("validation_error"),
                 QStringLiteral("The body is not valid JSON: %1 at byte %2.").arg(parseProblem(e.error)).arg(e.offset));
}

QString rfc3339(const QDateTime &t)
{
    return formatRfc3339(t);
}

QJsonValue optionalTime(const std::optional<QDateTime> &t)
{
    return t ? QJsonValue(rfc3339(*t)) : QJsonValue(QJsonValue::Null);
}

// Resend's last_event for a SelfMX status.
QString lastEvent(const QueuedMessage &m)
{
    switch (m.status) {
    case MessageStatus::Queued: return m.attempts > 0 ? QStringLiteral("delivery_delayed") : QStringLiteral("queued");
    case MessageStatus::Scheduled: return QStringLiteral("scheduled");
    case MessageStatus::Sending: return QStringLiteral("queued");
    case MessageStatus::Delivered: return QStringLiteral("delivered");
    case MessageStatus::Failed: return QStringLiteral("failed");
    case MessageStatus::Canceled: return QStringLiteral("canceled");
    }
    return QStringLiteral("queued");
}

QJsonValue addressArray(const QJsonValue &value)
{
    if (value.isString())
        return QJsonArray{value};
    if (value.isArray())
        return value;
    return QJsonValue(QJsonValue::Null);
}

QJsonObject emailObject(const QueuedMessage &m)
{
    const QJsonObject r = m.requestObject();
    // A request pruned before the addresses were kept (older queues) has none: the envelope's
    // sender and `to` recipients stand in.
    QJsonValue from = r.value(QStringLiteral("from"));
    if (from.isUndefined())
        from = m.sender.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m.sender);
    QJsonValue to = addressArray(r.value(QStringLiteral("to")));
    if (to.isNull() && !m.recipients.isEmpty())
        to = QJsonArray::fromStringList(m.recipients.split(u','));
    QJsonObject o{
        {QStringLiteral("object"), QStringLiteral("email")},
        {QStringLiteral("id"), m.id},
        {QStringLiteral("from"), from},
        {QStringLiteral("to"), to},
        {QStringLiteral("cc"), addressArray(r.value(QStringLiteral("cc")))},
        {QStringLiteral("bcc"), addressArray(r.value(QStringLiteral("bcc")))},
        {QStringLiteral("reply_to"), addressArray(r.value(QStringLiteral("reply_to")))},
        {QStringLiteral("subject"), m.subject},
        {QStringLiteral("html"), r.contains(QStringLiteral("html")) ? r.value(QStringLiteral("html")) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("text"), r.contains(QStringLiteral("text")) ? r.value(QStringLiteral("text")) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("created_at"), rfc3339(m.createdAt)},
        {QStringLiteral("scheduled_at"), optionalTime(m.scheduledAt)},
        {QStringLiteral("last_event"), lastEvent(m)},
        {QStringLiteral("status"), statusName(m.status)},
        {QStringLiteral("delivered_at"), optionalTime(m.deliveredAt)},
        {QStringLiteral("attempts"), m.attempts},
        {QStringLiteral("last_error"), m.lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m.lastError)},
        {QStringLiteral("message_id"), QString::fromLatin1(m.messageId)},
    };
    if (!m.failedRecipients.isEmpty())
        o.insert(QStringLiteral("failed_recipients"), QJsonDocument::fromJson(m.failedRecipients.toUtf8()).array());
    if (r.contains(QStringLiteral("tags")))
        o.insert(QStringLiteral("tags"), r.value(QStringLiteral("tags")));
    if (r.contains(QStringLiteral("metadata")))
        o.insert(QStringLiteral("metadata"), r.value(QStringLiteral("metadata")));
    return o;
}

// A message's id: a UUID of version 7 (RFC 9562: 48 bits of Unix milliseconds, 12 bits of
// a counter within the millisecond, 62 random bits), so ids grow in the order messages are
// accepted. The queue's primary key then takes each insert at its right edge: a group commit
// writes a page or two of that index instead of one random page per message (as with a
// version 4 id), and the delivery's lookups by id find recent ids in SQLite's cache.
QString timeOrderedId(quint64 millis, quint16 sequence)
{
    std::array<quint32, 2> random{};
    runtime::fillRandom(random.data(), sizeof random);
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((millis >> (8 * (5 - i))) & 0xff);
    bytes[6] = char(0x70 | ((sequence >> 8) & 0x0f)); // version 7, the counter's high bits
    bytes[7] = char(sequence & 0xff);
    std::memcpy(bytes.data() + 8, random.data(), 8);
    bytes[8] = char(0x80 | (bytes.at(8) & 0x3f)); // variant 10 (RFC 9562)
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

// GET /health's "smtp": what the last delivery attempt learnt of the server.
QString smtpStateName(Deliverer::SmtpState state)
{
    switch (state) {
    case Deliverer::SmtpState::Connected: return QStringLiteral("connected");
    case Deliverer::SmtpState::Unreachable: return QStringLiteral("unreachable");
    case Deliverer::SmtpState::Unknown: break;
    }
    return QStringLiteral("unknown");
}

// Whether a body can be stored as it came, its bytes for Qt's serialisation of what Qt read:
// when SQLite's JSON functions (the list's and retention's json_remove and json_type) read it
// as Qt did. Qt's parser is the looser of the two: it takes raw control characters in strings,
// any character after a backslash and numbers like "1." or ".5", all of which SQLite 3.40
// calls malformed, and SQLite matches names by their bytes, so an escaped "attachments" is
// not $.attachments to it. So only the plainest JSON qualifies: one object with nothing
// before it (no byte-order mark); strings without control characters and with only the
// escapes JSON defines, and no escape in a top-level name; no number anywhere (a send body
// has none: every field is a string, an array or an object); top-level names all different
// (of two alike, json_remove removes the first and Qt keeps the last; `members` is how many
// Qt kept). Anything else is stored as Qt's serialisation. `received` is JSON Qt parsed
// already (it refused anything after the object). Serialising took 4 % of the relay's
// samples; this is one pass over the bytes.
bool storableAsReceived(QByteArrayView received, qsizetype members)
{
    const auto whitespace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    const auto hex = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); };
    qsizetype i = 0;
    while (i < received.size() && whitespace(received[i]))
        ++i;
    if (i == received.size() || received[i] != '{')
        return false;
    int depth = 0;
    bool inString = false;
    bool inName = false;      // the string is a top-level name
    bool nameExpected = true; // after the top-level '{' or ','
    qsizetype names = 0;
    for (; i < received.size(); ++i) {
        const char c = received[i];
        if (inString) {
            if (static_cast<unsigned char>(c) < 0x20)
                return false;
            if (c == '"') {
                inString = false;
            } else if (c == '\\') {
                if (inName || ++i >= received.size())
                    return false;
                const char e = received[i];
                if (e == 'u') {
                    if (i + 4 >= received.size() || !hex(received[i + 1]) || !hex(received[i + 2]) || !hex(received[i + 3])
                        || !hex(received[i + 4]))
                        return false;
                    i += 4;
                } else if (!QByteArrayView("\"\\/bfnrt").contains(e)) {
                    return false;
                }
            }
            continue;
        }
        if (whitespace(c))
            continue;
        switch (c) {
        case '"':
            inString = true;
            inName = depth == 1 && nameExpected;
            break;
        case '{':
        case '[': ++depth; break;
        case '}':
        case ']': --depth; break;
        case ':':
            if (depth == 1) {
                ++names;
                nameExpected = false;
            }
            break;
        case ',': nameExpected = nameExpected || depth == 1; break;
        case 't':
        case 'r':
        case 'u':
        case 'e':
        case 'f':
        case 'a':
        case 'l':
        case 's':
        case 'n': break;       // true, false, null
        default: return false; // a number (or anything else): Qt's serialisation
        }
    }
    return names == members;
}

QByteArray bearerToken(const HttpRequest &request)
{
    const QByteArray header = request.header("authorization").trimmed();
    if (header.size() > 7 && header.left(7).toLower() == "bearer ")
        return header.mid(7).trimmed();
    return {};
}

} // namespace

RelayServer::RelayServer(RelayOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_http([this](const QList<HttpRequest> &requests) { return handle(requests); }, this)
{
}

RelayServer::~RelayServer()
{
    m_http.close();
}

QString RelayServer::defaultQueuePath(const QString &profileId)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return dir + QStringLiteral("/relay-") + (profileId.isEmpty() ? QStringLiteral("default") : profileId) + QStringLiteral(".sqlite");
}

QString RelayServer::makeApiKey()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(bytes.toHex());
}

bool RelayServer::setApiKey(const QString &key)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (key.isEmpty())
        return false;
    m_options.relay.apiKey = key;
    return true;
}

bool RelayServer::isLoopback(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool RelayServer::start(QString *error)
{
    if (m_options.relay.apiKey.isEmpty()) {
        *error = QStringLiteral("no_api_key");
        return false;
    }
    const QString path = m_options.queuePath.isEmpty() ? defaultQueuePath(QString()) : m_options.queuePath;
    if (!m_queue.open(path, error, Queue::Mode::Owner, &m_lockHolder))
        return false;
    DeliveryOptions delivery;
    delivery.workers = m_options.relay.queueWorkers;
    delivery.poolSize = m_options.relay.poolSize;
    delivery.retryAttempts = m_options.relay.queueRetryAttempts;
    delivery.retryDelay = std::chrono::duration_cast<std::chrono::milliseconds>(m_options.relay.queueRetryDelay);
    delivery.messagesPerConnection = m_options.messagesPerConnection;
    m_deliverer = std::make_unique<Deliverer>(&m_queue, m_options.smtp, delivery);
    connect(m_deliverer.get(), &Deliverer::idle, this, &RelayServer::stopped);
    connect(m_deliverer.get(), &Deliverer::messageFinished, this, &RelayServer::messageFinished);
    connect(m_deliverer.get(), &Deliverer::messageFinished, this, &RelayServer::queueChanged);
    QHostAddress address(m_options.relay.host);
    if (m_options.relay.host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        address = QHostAddress(QHostAddress::LocalHost);
    if (address.isNull()) {
        *error = QStringLiteral("host_not_ip");
        return false;
    }
    if (!m_http.listen(address, m_options.relay.port, m_options.limits, error))
        return false;
    // A HOST other machines reach is said by the front end, once, in its words
    // (RelayText::nonLoopbackWarning: the command's log, the window's panel).
    m_deliverer->start();
    // Retention: delivered messages' bodies go after QUEUE_RETENTION days; now and hourly.
    prune();
    m_pruneTimer = new QTimer(this);
    connect(m_pruneTimer, &QTimer::timeout, this, &RelayServer::prune);
    m_pruneTimer->start(std::chrono::hours(1));
    return true;
}

void RelayServer::prune()
{
    // Idempotency-Key answers are replayed for 24 h; older records only take room.
    const qint64 forgotten = m_queue.pruneIdempotency(QDateTime::currentDateTimeUtc().addSecs(-24 * 3600));
    if (forgotten > 0)
        qCDebug(lcRelay) << "idempotency: forgot" << forgotten << "keys older than 24 h";
    if (m_options.relay.queueRetentionDays <= 0)
        return; // 0: keep bodies
    const qint64 pruned = m_queue.pruneDelivered(QDateTime::currentDateTimeUtc().addDays(-m_options.relay.queueRetentionDays));
    if (pruned > 0)
        qCDebug(lcRelay) << "retention: pruned the bodies of" << pruned << "delivered messages";
}

bool RelayServer::retry(const QString &id, QString *error, std::optional<MessageStatus> *current)
{
    std::optional<MessageStatus> state;
    if (!m_queue.retry(id, QDateTime::currentDateTimeUtc(), &state)) {
        *error = state ? QStringLiteral("wrong_state") : QStringLiteral("not_found");
        if (current)
            *current = state;
        return false;
    }
    if (m_deliverer)
        m_deliverer->wake();
    Q_EMIT queueChanged();
    return true;
}

bool RelayServer::cancel(const QString &id, QString *error, std::optional<MessageStatus> *current)
{
    std::optional<MessageStatus> state;
    if (!m_queue.cancel(id, &state)) {
        *error = state ? QStringLiteral("wrong_state") : QStringLiteral("not_found");
        if (current)
            *current = state;
        return false;
    }
    Q_EMIT queueChanged();
    return true;
}

void RelayServer::stop(int timeoutMs)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_http.close();
    if (!m_deliverer) {
        QMetaObject::invokeMethod(this, &RelayServer::stopped, Qt::QueuedConnection);
        return;
    }
    QTimer::singleShot(timeoutMs, this, [this]() {
        if (m_deliverer && m_deliverer->inFlight() > 0) {
            qCWarning(lcRelay) << "stopping: aborting" << m_deliverer->inFlight() << "transactions still running";
            m_deliverer.reset(); // aborts; the messages stay `sending` and return to `queued` at the next start
            Q_EMIT stopped();
        }
    });
    m_deliverer->stop();
}

QList<HttpResponse> RelayServer::handle(const QList<HttpRequest> &requests)
{
    QList<HttpResponse> responses;
    responses.reserve(requests.size());
    QList<bool> wrote;
    const bool inTransaction = m_queue.begin();
    m_batchKeys.clear();
    m_direct.clear();
    m_directSlots = m_deliverer && inTransaction ? m_deliverer->freeSlots() : 0;
    for (const HttpRequest &request : requests) {
        bool w = false;
        responses.append(route(request, &w));
        wrote.append(w);
    }
    bool committed = inTransaction && m_queue.commit();
    if (!committed) {
        if (inTransaction)
            m_queue.rollback();
        for (qsizetype i = 0; i < responses.size(); ++i) {
            if (wrote.at(i))
                responses[i] =
                    error(500, QStringLiteral("internal_server_error"), QStringLiteral("The queue could not store the message."));
        }
    }
    m_directSlots = 0;
    const QList<QueuedMessage> direct = std::exchange(m_direct, {});
    if (committed && wrote.contains(true)) {
        if (m_deliverer) {
            m_deliverer->deliverNow(direct);
            m_deliverer->wake(); // for those not handed over (scheduled, or no slot free)
        }
        Q_EMIT queueChanged();
    }
    for (qsizetype i = 0; i < responses.size(); ++i) {
        addCorsHeaders(requests.at(i), responses[i]);
        logRequest(requests.at(i), responses.at(i));
    }
    return responses;
}

HttpResponse RelayServer::route(const HttpRequest &request, bool *wrote)
{
    QString path = request.path;
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    if (path.startsWith(QStringLiteral("/v1/")) || path == u"/v1")
        path = path.mid(3);
    const QByteArray &method = request.method;

    if (method == "OPTIONS" && !m_options.relay.corsOrigins.isEmpty()) {
        HttpResponse preflight;
        preflight.status = 204;
        return preflight;
    }
    if (path == u"/health") {
        if (method != "GET" && method != "HEAD")
            return error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Use GET on /health."));
        return health();
    }

    const QByteArray key = bearerToken(request);
    if (key.isEmpty())
        return error(401, QStringLiteral("missing_api_key"), QStringLiteral("Missing API key in the authorization header."));
    if (!constantTimeEquals(key, m_options.relay.apiKey.toUtf8()))
        return error(401, QStringLiteral("invalid_api_key"), QStringLiteral("API key is invalid."));

    bool limited = false;
    HttpResponse probe;
    addRateLimitHeaders(probe, key, &limited);
    HttpResponse response;
    if (limited) {
        response = error(429, QStringLiteral("rate_limit_exceeded"), QStringLiteral("Too many requests. Wait before sending more."));
    } else {
        const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
        auto notAllowed = [](const char *allowed) {
            return error(405, QStringLiteral("method_not_allowed"),
                         QStringLiteral("Method not allowed here; use %1.").arg(QLatin1String(allowed)));
        };
        if (path == u"/send") {
            response = method == "POST" ? send(request, wrote) : notAllowed("POST");
        } else if (path == u"/emails") {
            response = method == "POST" ? send(request, wrote) : method == "GET" ? listEmails(request) : notAllowed("GET or POST");
        } else if (path == u"/emails/batch") {
            response = method == "POST" ? sendBatch(request, wrote) : notAllowed("POST");
        } else if (parts.size() == 2 && parts.at(0) == u"emails") {
            response = method == "GET"     ? getEmail(parts.at(1))
                       : method == "PATCH" ? rescheduleEmail(request, parts.at(1), wrote)
                                           : notAllowed("GET or PATCH");
        } else if (parts.size() == 3 && parts.at(0) == u"emails" && parts.at(2) == u"cancel") {
            response = method == "POST" ? cancelEmail(parts.at(1), wrote) : notAllowed("POST");
        } else if (path == u"/test-smtp") {
            response = method == "POST" ? testSmtp(request) : notAllowed("POST");
        } else if (path == u"/metrics") {
            response = method == "GET" ? metrics() : notAllowed("GET");
        } else {
            response = error(404, QStringLiteral("not_found"), QStringLiteral("The requested endpoint does not exist."));
        }
    }
    response.headers += probe.headers;
    return response;
}

void RelayServer::addRateLimitHeaders(HttpResponse &response, const QByteArray &key, bool *limited)
{
    const qint64 windowMs = qMax<qint64>(1, qint64(m_options.relay.rateLimitWindow.count()) * 1000);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (key != m_lastKey) {
        m_lastKey = key;
        m_lastKeyHash = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    }
    Window &w = m_windows[m_lastKeyHash];
    if (now - w.start >= windowMs) {
        w.start = now;
        w.count = 0;
    }
    const int limit = m_options.relay.rateLimitRequests;
    *limited = w.count >= limit;
    if (!*limited)
        ++w.count;
    const QByteArray remaining = QByteArray::number(qMax(0, limit - w.count));
    const qint64 resetSeconds = (w.start + windowMs - now + 999) / 1000;
    const QByteArray reset = QByteArray::number(resetSeconds);
    const QByteArray limitText = QByteArray::number(limit);
    response.headers += {{QByteArrayLiteral("ratelimit-limit"), limitText},
                         {QByteArrayLiteral("ratelimit-remaining"), remaining},
                         {QByteArrayLiteral("ratelimit-reset"), reset},
                         {QByteArrayLiteral("X-RateLimit-Limit"), limitText},
                         {QByteArrayLiteral("X-RateLimit-Remaining"), remaining},
                         {QByteArrayLiteral("X-RateLimit-Reset"), QByteArray::number((w.start + windowMs) / 1000)}};
    if (*limited)
        response.headers.append({QByteArrayLiteral("retry-after"), reset});
}

void RelayServer::addCorsHeaders(const HttpRequest &request, HttpResponse &response) const
{
    const QString origin = QString::fromUtf8(request.header("origin"));
    const QStringList &allowed = m_options.relay.corsOrigins;
    if (origin.isEmpty() || allowed.isEmpty() || !(allowed.contains(origin) || allowed.contains(QStringLiteral("*"))))
        return;
    response.headers += {{QByteArrayLiteral("Access-Control-Allow-Origin"), origin.toUtf8()},
                         {QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin")},
                         {QByteArrayLiteral("Access-Control-Allow-Methods"), QByteArrayLiteral("GET, POST, PATCH, OPTIONS")},
                         {QByteArrayLiteral("Access-Control-Allow-Headers"),
                          QByteArrayLiteral("Authorization, Content-Type, Idempotency-Key, x-batch-validation")}};
}

void RelayServer::logRequest(const HttpRequest &request, const HttpResponse &response) const
{
    // Method, path and status only: never the key, never a body.
    if (m_options.relay.logFormat == u"text") {
        qCInfo(lcRelay).noquote() << QString::fromLatin1(request.method) << request.path << response.status;
        return;
    }
    qCInfo(lcRelay).noquote() << QString::fromUtf8(jsonBytes(QJsonObject{{QStringLiteral("level"), QStringLiteral("info")},
                                                                         {QStringLiteral("method"), QString::fromLatin1(request.method)},
                                                                         {QStringLiteral("path"), request.path},
                                                                         {QStringLiteral("status"), response.status}}));
}

std::variant<QJsonObject, ApiError> RelayServer::accept(const EmailRequest &email, const QJsonObject &body, const QByteArray &received)
{
    QueuedMessage m;
    // Strictly increasing: within one millisecond (or a clock set back) the counter counts on.
    const auto millis = quint64(qMax(qint64(0), QDateTime::currentMSecsSinceEpoch()));
    if (millis > m_idMillis) {
        m_idMillis = millis;
        m_idSequence = 0;
    } else if (++m_idSequence > 0xfff) {
        ++m_idMillis;
        m_idSequence = 0;
    }
    m.id = timeOrderedId(m_idMillis, m_idSequence);
    m.createdAt = QDateTime::currentDateTimeUtc();
    m.scheduledAt = email.scheduledAt;
    m.status = email.scheduledAt ? MessageStatus::Scheduled : MessageStatus::Queued;
    m.nextAttemptAt = email.scheduledAt.value_or(m.createdAt);
    m.sender = body.value(QStringLiteral("from")).toString();
    QStringList to;
    for (const mime::Mailbox &mailbox : email.message.to)
        to.append(mailbox.address);
    m.recipients = to.join(u',');
    m.subject = email.message.subject;
    m.messageId = mime::makeMessageId(email.message.from.address);
    // What SQLite's JSON functions then see must be what Qt read: the bytes as received when
    // they read the same, else Qt's own serialisation (the last of duplicate names, no
    // byte-order mark).
    m.request = storableAsReceived(received, body.size()) ? received : QJsonDocument(body).toJson(QJsonDocument::Compact);
    const MessageStatus answered = m.status;
    // Due now with a delivery slot free: stored as `sending` and handed over after the
    // commit, not read back by the deliverer's next take (a SELECT and an UPDATE less).
    const bool direct = m.status == MessageStatus::Queued && m_directSlots > 0;
    if (direct)
        m.status = MessageStatus::Sending;
    if (!m_queue.insert(m))
        return ApiError{500, QStringLiteral("internal_server_error"), QString(), QStringLiteral("The queue could not store the message.")};
    ++m_accepted;
    QJsonObject answer{{QStringLiteral("id"), m.id},
                       {QStringLiteral("status"), statusName(answered)},
                       {QStringLiteral("created_at"), rfc3339(m.createdAt)}};
    if (direct) {
        --m_directSlots;
        m.validated = std::make_shared<const mime::Message>(email.message);
        m.request.clear(); // stored; the delivery builds from `validated`, so not held twice
        m_direct.append(std::move(m));
    }
    return answer;
}

HttpResponse RelayServer::send(const HttpRequest &request, bool *wrote)
{
    if (m_stopping)
        return error(503, QStringLiteral("service_unavailable"), QStringLiteral("The relay is stopping."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto earlier = idempotentReplay(request, now))
        return *earlier;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return notJson(parseError);
    if (!document.isObject())
        return error(422, QStringLiteral("validation_error"), QStringLiteral("The body must be a JSON object."));
    const QJsonObject body = document.object();
    auto parsed = parseEmailRequest(body, now);
    if (auto *problem = std::get_if<ApiError>(&parsed))
        return error(*problem);
    auto accepted = accept(std::get<EmailRequest>(parsed), body, request.body);
    if (auto *problem = std::get_if<ApiError>(&accepted))
        return error(*problem);
    *wrote = true;
    const QJsonObject answer = std::get<QJsonObject>(accepted);
    rememberAnswer(request, answer, now);
    return json(200, answer);
}

std::optional<HttpResponse> RelayServer::idempotentReplay(const HttpRequest &request, const QDateTime &now)
{
    if (!request.hasHeader("idempotency-key"))
        return std::nullopt;
    const QByteArray key = request.header("idempotency-key");
    if (!isValidIdempotencyKey(key))
        return error(400, QStringLiteral("invalid_idempotency_key"), QStringLiteral("The Idempotency-Key must be 1 to 256 characters."));
    // Accepted earlier in this batch: its answer is not committed yet (and may never be, if
    // the commit fails), so it is not replayed.
    if (m_batchKeys.contains(key))
        return error(409, QStringLiteral("concurrent_idempotent_requests"),
                     QStringLiteral("A request with this Idempotency-Key is still being processed; try again."));
    const auto seen = m_queue.remembered(QString::fromLatin1(key), now);
    if (!seen)
        return std::nullopt;
    if (seen->bodyHash != QCryptographicHash::hash(request.body, QCryptographicHash::Sha256))
        return error(409, QStringLiteral("invalid_idempotent_request"),
                     QStringLiteral("This Idempotency-Key was already used with a different request body."));
    return json(seen->status, QJsonDocument::fromJson(seen->response).object());
}

void RelayServer::rememberAnswer(const HttpRequest &request, const QJsonObject &answer, const QDateTime &now)
{
    const QByteArray key = request.header("idempotency-key");
    if (key.isEmpty())
        return;
    m_batchKeys.insert(key);
    m_queue.remember(QString::fromLatin1(key), QCryptographicHash::hash(request.body, QCryptographicHash::Sha256), 200, jsonBytes(answer),
                     now);
}

HttpResponse RelayServer::sendBatch(const HttpRequest &request, bool *wrote)
{
    if (m_stopping)
        return error(503, QStringLiteral("service_unavailable"), QStringLiteral("The relay is stopping."));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return notJson(parseError);
    if (!document.isArray())
        return error(422, QStringLiteral("validation_error"), QStringLiteral("The body must be a JSON array of emails."));
    const QJsonArray items = document.array();
    if (items.isEmpty() || items.size() > kMaxBatch)
        return error(422, QStringLiteral("validation_error"), QStringLiteral("A batch holds 1 to %1 emails.").arg(kMaxBatch));
    const bool permissive = request.header("x-batch-validation").trimmed().toLower() == "permissive";
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto earlier = idempotentReplay(request, now))
        return *earlier;
    QList<std::optional<EmailRequest>> valid;
    QJsonArray errors;
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto parsed = parseEmailRequest(items.at(i).toObject(), now);
        if (auto *problem = std::get_if<ApiError>(&parsed)) {
            if (!permissive)
                return error(problem->statusCode, problem->name, QStringLiteral("[%1] ").arg(i) + problem->message);
            errors.append(QJsonObject{{QStringLiteral("index"), int(i)}, {QStringLiteral("message"), problem->message}});
            valid.append(std::nullopt);
        } else {
            valid.append(std::get<EmailRequest>(parsed));
        }
    }
    QJsonArray data;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!valid.at(i))
            continue;
        auto accepted = accept(*valid.at(i), items.at(i).toObject());
        if (auto *problem = std::get_if<ApiError>(&accepted))
            return error(*problem);
        *wrote = true;
        data.append(QJsonObject{{QStringLiteral("id"), std::get<QJsonObject>(accepted).value(QStringLiteral("id"))}});
    }
    QJsonObject answer{{QStringLiteral("data"), data}};
    if (permissive)
        answer.insert(QStringLiteral("errors"), errors);
    if (*wrote)
        rememberAnswer(request, answer, now);
    return json(200, answer);
}

HttpResponse RelayServer::getEmail(const QString &id)
{
    const std::optional<QueuedMessage> m = m_queue.find(id);
    if (!m)
        return error(404, QStringLiteral("not_found"), QStringLiteral("Email not found."));
    return json(200, emailObject(*m));
}

HttpResponse RelayServer::listEmails(const HttpRequest &request)
{
    ListFilter filter;
    const QUrlQuery &q = request.query;
    bool ok = true;
    bool matchesNothing = false;
    if (q.hasQueryItem(QStringLiteral("limit"))) {
        filter.limit = q.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 1 || filter.limit > 100)
            return error(422, QStringLiteral("invalid_parameter"), QStringLiteral("Invalid `limit` parameter. Give 1 to 100."));
    }
    if (q.hasQueryItem(QStringLiteral("page"))) {
        filter.page = q.queryItemValue(QStringLiteral("page")).toInt(&ok);
        if (!ok || filter.page < 1)
            return error(422, QStringLiteral("invalid_parameter"), QStringLiteral("Invalid `page` parameter. Give 1 or more."));
    }
    if (q.hasQueryItem(QStringLiteral("status"))) {
        const QString status = q.queryItemValue(QStringLiteral("status"));
        filter.status = statusFromName(status);
        // A status the API names that the relay never records: it hands messages to an SMTP
        // server and learns of no bounce (one comes back as mail to the sender). None match:
        // the same list answer, empty, without asking the queue.
        matchesNothing = !filter.status && status == u"bounced";
        if (!filter.status && !matchesNothing)
            return error(
                422, QStringLiteral("invalid_parameter"),
                QStringLiteral("Invalid `status` parameter. Give queued, scheduled, sending, delivered, failed, canceled or bounced."));
    }
    filter.from = q.queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded);
    filter.to = q.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded);
    qint64 total = 0;
    const QList<QueuedMessage> rows = matchesNothing ? QList<QueuedMessage>() : m_queue.list(filter, &total);
    QJsonArray data;
    for (const QueuedMessage &m : rows)
        data.append(emailObject(m));
    return json(200, QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                 {QStringLiteral("has_more"), qint64(filter.page) * filter.limit < total},
                                 {QStringLiteral("data"), data},
                                 {QStringLiteral("pagination"), QJsonObject{{QStringLiteral("page"), filter.page},
                                                                            {QStringLiteral("limit"), filter.limit},
                                                                            {QStringLiteral("total"), total}}}});
}

HttpResponse RelayServer::cancelEmail(const QString &id, bool *wrote)
{
    std::optional<MessageStatus> current;
    if (!m_queue.cancel(id, &current)) {
        if (!current)
            return error(404, QStringLiteral("not_found"), QStringLiteral("Email not found."));
        return error(422, QStringLiteral("validation_error"),
                     QStringLiteral("Only a queued or scheduled email can be canceled; this one is %1.").arg(statusName(*current)));
    }
    *wrote = true;
    return json(200, QJsonObject{{QStringLiteral("object"), QStringLiteral("email")}, {QStringLiteral("id"), id}});
}

HttpResponse RelayServer::rescheduleEmail(const HttpRequest &request, const QString &id, bool *wrote)
{
    QJsonParseError parseError{};
    const QJsonObject body = QJsonDocument::fromJson(request.body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return notJson(parseError);
    const QJsonValue value = body.value(QStringLiteral("scheduled_at"));
    if (value.isUndefined() || value.isNull())
        return error(ApiError::missing(QStringLiteral("scheduled_at")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::optional<QDateTime> when = parseScheduledAt(value.toString(), now);
    if (!when || *when < now.addSecs(-60))
        return error(ApiError::invalid(QStringLiteral("scheduled_at"), QStringLiteral("Give a future RFC 3339 date-time."),
                                       QStringLiteral("invalid_parameter")));
    const std::optional<QueuedMessage> m = m_queue.find(id, false);
    if (!m)
        return error(404, QStringLiteral("not_found"), QStringLiteral("Email not found."));
    if (m->status != MessageStatus::Queued && m->status != MessageStatus::Scheduled)
        return error(422, QStringLiteral("validation_error"),
                     QStringLiteral("Only a queued or scheduled email can be rescheduled; this one is %1.").arg(statusName(m->status)));
    m_queue.reschedule(id, *when);
    *wrote = true;
    return json(200, QJsonObject{{QStringLiteral("object"), QStringLiteral("email")}, {QStringLiteral("id"), id}});
}

HttpResponse RelayServer::testSmtp(const HttpRequest &request)
{
    auto *session = new smtp::SmtpSession(m_options.smtp, this);
    const quint64 ticket = request.ticket;
    QPointer<HttpServer> http(&m_http);
    connect(session, &smtp::SmtpSession::ready, session, [session]() { session->quit(); });
    connect(session, &smtp::SmtpSession::finished, this, [session, ticket, http]() {
        session->deleteLater();
        if (!http)
            return;
        if (diagnostics::connectionTestPassed(*session)) {
            http->reply(ticket, json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                                      {QStringLiteral("message"), QStringLiteral("SMTP connection successful")}}));
            return;
        }
        const smtp::Error &e = session->error();
        const QString stage = QString::fromLatin1(QMetaEnum::fromType<smtp::Stage>().valueToKey(int(e.stage))).toLower();
        http->reply(ticket, json(502, QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                                  {QStringLiteral("stage"), stage},
                                                  {QStringLiteral("code"), e.code},
                                                  {QStringLiteral("message"), QStringLiteral("SMTP connection failed at stage %1: %2")
                                                                                  .arg(stage, e.reply.code ? e.reply.text() : e.code)}}));
    });
    session->open();
    return HttpResponse::later();
}

HttpResponse RelayServer::health() const
{
    return json(
        200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                         {QStringLiteral("version"), m_options.version},
                         {QStringLiteral("smtp"), smtpStateName(m_deliverer ? m_deliverer->smtpState() : Deliverer::SmtpState::Unknown)}});
}

HttpResponse RelayServer::metrics()
{
    QByteArray text;
    auto counter = [&text](const char *name, const char *help, quint64 value) {
        text += QByteArrayLiteral("# HELP ") + name + ' ' + help + QByteArrayLiteral("\n# TYPE ") + name + QByteArrayLiteral(" counter\n")
                + name + ' ' + QByteArray::number(value) + '\n';
    };
    counter("selfmx_relay_accepted_total", "Messages accepted into the queue.", m_accepted);
    counter("selfmx_relay_delivered_total", "Messages the SMTP server accepted.", m_deliverer ? m_deliverer->delivered() : 0);
    counter("selfmx_relay_failed_total", "Messages that failed for good.", m_deliverer ? m_deliverer->failed() : 0);
    counter("selfmx_relay_retried_total", "Delivery attempts that will be retried.", m_deliverer ? m_deliverer->retried() : 0);
    text +=
        QByteArrayLiteral("# HELP selfmx_relay_queue_depth Messages queued, scheduled or sending.\n# TYPE selfmx_relay_queue_depth gauge\n"
                          "selfmx_relay_queue_depth ")
        + QByteArray::number(m_queue.depth()) + '\n';
    if (m_deliverer) {
        const Deliverer::LatencyHistogram &h = m_deliverer->latency();
        const QByteArray name = QByteArrayLiteral("selfmx_relay_delivery_latency_seconds");
        text += QByteArrayLiteral("# HELP ") + name
                + QByteArrayLiteral(" From accepted (or scheduled) to the server's acknowledgement of the message.\n# TYPE ") + name
                + QByteArrayLiteral(" histogram\n");
        quint64 cumulative = 0;
        for (size_t i = 0; i < h.bounds.size(); ++i) {
            cumulative += h.counts.at(i);
            text += name + QByteArrayLiteral("_bucket{le=\"") + QByteArray::number(h.bounds.at(i)) + QByteArrayLiteral("\"} ")
                    + QByteArray::number(cumulative) + '\n';
        }
        text += name + QByteArrayLiteral("_bucket{le=\"+Inf\"} ") + QByteArray::number(h.count) + '\n';
        text += name + QByteArrayLiteral("_sum ") + QByteArray::number(h.sum, 'f', 3) + '\n';
        text += name + QByteArrayLiteral("_count ") + QByteArray::number(h.count) + '\n';
    }
    HttpResponse response;
    response.body = text;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; version=0.0.4")});
    return response;
}

} // namespace selfmx::relay
