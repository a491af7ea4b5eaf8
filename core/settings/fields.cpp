// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "fields.h"

#include "mime/address.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace selfmx::settings {

namespace {

using smtp::AuthMechanism;
using smtp::TlsMode;

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// Seconds as the environment writes them: "30", "2.5".
QString secondsText(std::chrono::milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0, 'g', 12);
}

std::optional<bool> parseBool(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == u"true" || v == u"1" || v == u"yes" || v == u"on")
        return true;
    if (v == u"false" || v == u"0" || v == u"no" || v == u"off")
        return false;
    return std::nullopt;
}

std::optional<qint64> parseInteger(const QString &value, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    if (!ok || n < min || n > max)
        return std::nullopt;
    return n;
}

QStringList choiceValues(const QList<ChoiceValue> &choices)
{
    QStringList values;
    for (const ChoiceValue &c : choices)
        values.append(c.value);
    return values;
}

// Labels and help are source text in context "selfmx::settings::Field" (written out in
// each row: lupdate does not expand macros); the front ends translate them
// (text/settingstext.h).

QList<Field> makeFields()
{
    QList<Field> f;
    // --- The SelfMX settings page, in its order.
    f.append({QStringLiteral("SMTP_HOST"),
              Group::Smtp,
              Kind::Host,
              QString(),
              0,
              0,
              {},
              QStringLiteral("host"),
              "HOST",
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "Server"),
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "The SMTP server's host name, e.g. smtp.example.com."),
              false,
              [](const Configuration &c) { return c.smtp.host; },
              [](Configuration &c, const QString &v) { c.smtp.host = v; }});
    f.append({QStringLiteral("SMTP_PORT"),
              Group::Smtp,
              Kind::Port,
              QStringLiteral("587"),
              1,
              65535,
              {},
              QStringLiteral("port"),
              "PORT",
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "Port"),
              QT_TRANSLATE_NOOP("selfmx::settings::Field",
                                "587 for STARTTLS (recommended), 465 for implicit TLS, 2525 as an alternative; 25 is often blocked."),
              false,
              [](const Configuration &c) { return QString::number(c.smtp.port); },
              [](Configuration &c, const QString &v) { c.smtp.port = v.isEmpty() ? quint16(587) : quint16(v.toUInt()); }});
    f.append({QStringLiteral("SMTP_USER"),
              Group::Smtp,
              Kind::Text,
              QString(),
              0,
              0,
              {},
              QStringLiteral("user"),
              "USER",
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "User name"),
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "The login for SMTP AUTH; leave empty for a server that needs none."),
              false,
              [](const Configuration &c) { return c.smtp.username; },
              [](Configuration &c, const QString &v) { c.smtp.username = v; }});
    f.append({QStringLiteral("SMTP_PASS"),
              Group::Smtp,
              Kind::Secret,
              QString(),
              0,
              0,
              {},
              QString(),
              "",
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "Password"),
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "The password, API key or token for SMTP AUTH. Kept in the OS keychain only."),
              false,
              [](const Configuration &c) { return c.smtp.password; },
              [](Configuration &c, const QString &v) { c.smtp.password = v; }});
    f.append({QStringLiteral("SMTP_TLS"),
              Group::Smtp,
              Kind::Boolean,
              QStringLiteral("true"),
              0,
              0,
              {},
              QStringLiteral("tls"),
              "BOOL",
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "Use TLS"),
              QT_TRANSLATE_NOOP("selfmx::settings::Field",
                                "On: port 465 uses implicit TLS, every other port STARTTLS, which is then required. Off: plaintext."),
              false,
              [](const Configuration &c) { return boolText(c.smtp.tls); },
              [](Configuration &c, const QString &v) { c.smtp.tls = v != u"false"; }});
    f.append({QStringLiteral("SMTP_TLS_VERIFY"),
              Group::Smtp,
              Kind::Boolean,
              QStringLiteral("true"),
              0,
              0,
              {},
              QStringLiteral("tls-verify"),
              "BOOL",
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "Verify the certificate"),
              QT_TRANSLATE_NOOP("selfmx::settings::Field",
                                "Check that the server's certificate is valid for its name. Turning this off lets anyone on the path "
                                "read the password; trust a CA file or pin the certificate instead."),
              false,
              [](const Configuration &c) { return boolText(c.smtp.verifyPeer); },
              [](Configuration &c, const QString &v) { c.smtp.verifyPeer = v != u"false"; }});
    f.append({QStringLiteral("SMTP_TIMEOUT"),
              Group::Smtp,
              Kind::Seconds,
              QStringLiteral("30"),
              0,
              3600,
              {},
              QStringLiteral("timeout"),
              "SECONDS",
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "Timeout"),
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "Seconds to wait at each stage: connect, greeting, each reply."),
              true,
              [](const Configuration &c) { return secondsText(c.smtp.timeout); },
              [](Configuration &c, const QString &v) {
                  c.smtp.timeout = std::chrono::milliseconds(v.isEmpty() ? 30000 : qint64(std::llround(v.toDouble() * 1000.0)));
              }});
    // --- The console's additions.
    f.append({QStringLiteral("SMTP_TLS_MODE"),
              Group::Smtp,
              Kind::Choice,
              QString(),
              0,
              0,
              {{QStringLiteral("implicit"), {QStringLiteral("ssl"), QStringLiteral("tls")}},
               {QStringLiteral("starttls"), {}},
               {QStringLiteral("none"), {QStringLiteral("plain")}}},
              QStringLiteral("tls-mode"),
              "MODE",
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "TLS mode"),
              QT_TRANSLATE_NOOP("selfmx::settings::Field",
                                "Overrides the automatic choice: implicit TLS from the first byte, STARTTLS (required), or none."),
              false,
              [](const Configuration &c) { return c.smtp.tlsModeOverride ? smtp::tlsModeName(*c.smtp.tlsModeOverride) : QString(); },
              [](Configuration &c, const QString &v) {
                  if (v == u"implicit")
                      c.smtp.tlsModeOverride = TlsMode::Implicit;
                  else if (v == u"starttls")
                      c.smtp.tlsModeOverride = TlsMode::StartTls;
                  else if (v == u"none")
                      c.smtp.tlsModeOverride = TlsMode::None;
                  else
                      c.smtp.tlsModeOverride.reset();
              }});
    f.append({QStringLiteral("SMTP_TLS_CA_FILE"),
              Group::Smtp,
              Kind::File,
              QString(),
              0,
              0,
              {},
              QStringLiteral("ca-file"),
              "FILE",
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "Trusted CA file"),
              QT_TRANSLATE_NOOP("selfmx::settings::Field",
                                "A PEM certificate of a CA to trust besides the system's: verify a private or self-signed server "
                                "instead of turning verification off."),
              true,
              [](const Configuration &c) { return c.smtp.caFile; },
              [](Configuration &c, const QString &v) { c.smtp.caFile = v; }});
    f.append(
        {QStringLiteral("SMTP_TLS_PIN_SHA256"),
         Group::Smtp,
         Kind::Fingerprint,
         QString(),
         0,
         0,
         {},
         QStringLiteral("tls-pin"),
         "SHA256",
         QT_TRANSLATE_NOOP("selfmx::settings::Field", "Pinned certificate"),
         QT_TRANSLATE_NOOP("selfmx::settings::Field",
                           "Accept exactly this certificate: its SHA-256 fingerprint, as openssl x509 -fingerprint -sha256 prints it."),
         true,
         [](const Configuration &c) { return QString::fromLatin1(c.smtp.pinnedSha256); },
         [](Configuration &c, const QString &v) { c.smtp.pinnedSha256 = v.toLatin1(); }});
    f.append(
        {QStringLiteral("SMTP_AUTH_MECHANISM"),
         Group::Smtp,
         Kind::Choice,
         QStringLiteral("auto"),
         0,
         0,
         {{QStringLiteral("auto"), {}}, {QStringLiteral("PLAIN"), {}}, {QStringLiteral("LOGIN"), {}}, {QStringLiteral("CRAM-MD5"), {}}},
         QStringLiteral("auth-mechanism"),
         "MECH",
         QT_TRANSLATE_NOOP("selfmx::settings::Field", "AUTH mechanism"),
         QT_TRANSLATE_NOOP("selfmx::settings::Field", "auto picks the strongest the server offers; or force PLAIN, LOGIN or CRAM-MD5."),
         true,
         [](const Configuration &c) {
             return c.smtp.authMechanism == AuthMechanism::Auto ? QStringLiteral("auto") : smtp::mechanismName(c.smtp.authMechanism);
         },
         [](Configuration &c, const QString &v) {
             c.smtp.authMechanism = v == u"PLAIN"      ? AuthMechanism::Plain
                                    : v == u"LOGIN"    ? AuthMechanism::Login
                                    : v == u"CRAM-MD5" ? AuthMechanism::CramMd5
                                                       : AuthMechanism::Auto;
         }});
    f.append({QStringLiteral("SMTP_EHLO_NAME"),
              Group::Smtp,
              Kind::Host,
              QString(),
              0,
              0,
              {},
              QStringLiteral("ehlo-name"),
              "NAME",
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "EHLO name"),
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "The name this machine gives in EHLO; empty: its fully qualified name."),
              true,
              [](const Configuration &c) { return c.smtp.ehloName; },
              [](Configuration &c, const QString &v) { c.smtp.ehloName = v; }});
    f.append({QStringLiteral("SMTP_ALLOW_PLAINTEXT_AUTH"),
              Group::Smtp,
              Kind::Boolean,
              QStringLiteral("false"),
              0,
              0,
              {},
              QStringLiteral("allow-plaintext-auth"),
              "BOOL",
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "Allow login without TLS"),
              QT_TRANSLATE_NOOP("selfmx::settings::Field",
                                "Send the password to a server that is not on this machine without TLS. Anyone on the path can read it."),
              true,
              [](const Configuration &c) { return boolText(c.smtp.allowPlaintextAuth); },
              [](Configuration &c, const QString &v) { c.smtp.allowPlaintextAuth = v == u"true"; }});
    f.append({QStringLiteral("SMTP_FROM"),
              Group::Smtp,
              Kind::Address,
              QString(),
              0,
              0,
              {},
              QStringLiteral("sender"),
              "ADDRESS",
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "Default sender"),
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "The From address for test messages, e.g. Acme <hi@acme.example>."),
              false,
              [](const Configuration &c) { return c.defaultSender; },
              [](Configuration &c, const QString &v) { c.defaultSender = v; }});
    // The DNS checks' nameserver (check-domain, discover, the wizard): the console's addition.
    f.append({QStringLiteral("DNS_SERVER"),
              Group::Smtp,
              Kind::Text,
              QString(),
              0,
              0,
              {},
              QStringLiteral("dns-server"),
              "ADDR[:PORT]",
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "DNS server"),
              QT_TRANSLATE_NOOP("selfmx::settings::Field",
                                "The nameserver the DNS checks ask, an IP address with an optional port (192.0.2.53:5353, "
                                "[2001:db8::53]:53); empty: the system's."),
              true,
              [](const Configuration &c) { return c.dnsServer; },
              [](Configuration &c, const QString &v) { c.dnsServer = v; },
              [](const QString &v) { return parseNameServer(v) ? QString() : QStringLiteral("not_a_nameserver"); }});
    // --- The relay's group: SelfMX's names, the console's defaults.
    f.append({QStringLiteral("HOST"),
              Group::Relay,
              Kind::Host,
              QStringLiteral("127.0.0.1"),
              0,
              0,
              {},
              QStringLiteral("relay-host"),
              "ADDRESS",
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "Listen address"),
              QT_TRANSLATE_NOOP("selfmx::settings::Field",
                                "The address the relay listens on. Anything but loopback lets other machines send through your account."),
              true,
              [](const Configuration &c) { return c.relay.host; },
              [](Configuration &c, const QString &v) { c.relay.host = v.isEmpty() ? QStringLiteral("127.0.0.1") : v; }});
    f.append({QStringLiteral("PORT"),
              Group::Relay,
              Kind::Port,
              QStringLiteral("8080"),
              1,
              65535,
              {},
              QStringLiteral("relay-port"),
              "PORT",
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "Relay port"),
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "The HTTP port applications send to."),
              true,
              [](const Configuration &c) { return QString::number(c.relay.port); },
              [](Configuration &c, const QString &v) { c.relay.port = v.isEmpty() ? quint16(8080) : quint16(v.toUInt()); }});
    f.append({QStringLiteral("API_KEY"),
              Group::Relay,
              Kind::Secret,
              QString(),
              0,
              0,
              {},
              QString(),
              "",
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "API key"),
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "The bearer key applications send. Kept in the OS keychain only."),
              true,
              [](const Configuration &c) { return c.relay.apiKey; },
              [](Configuration &c, const QString &v) { c.relay.apiKey = v; }});
    f.append({QStringLiteral("RATE_LIMIT_REQUESTS"),
              Group::Relay,
              Kind::Integer,
              QStringLiteral("100"),
              1,
              1000000,
              {},
              QStringLiteral("rate-limit-requests"),
              "N",
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "Requests per window"),
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "How many requests one key may make in each rate-limit window."),
              true,
              [](const Configuration &c) { return QString::number(c.relay.rateLimitRequests); },
              [](Configuration &c, const QString &v) { c.relay.rateLimitRequests = v.isEmpty() ? 100 : v.toInt(); }});
    f.append({QStringLiteral("RATE_LIMIT_WINDOW"),
              Group::Relay,
              Kind::Integer,
              QStringLiteral("60"),
              1,
              86400,
              {},
              QStringLiteral("rate-limit-window"),
              "SECONDS",
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "Rate-limit window"),
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "The rate-limit window in seconds."),
              true,
              [](const Configuration &c) { return QString::number(c.relay.rateLimitWindow.count()); },
              [](Configuration &c, const QString &v) { c.relay.rateLimitWindow = std::chrono::seconds(v.isEmpty() ? 60 : v.toInt()); }});
    f.append({QStringLiteral("QUEUE_WORKERS"),
              Group::Relay,
              Kind::Integer,
              QStringLiteral("4"),
              1,
              64,
              {},
              QStringLiteral("queue-workers"),
              "N",
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "Delivery workers"),
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "How many messages are delivered at the same time."),
              true,
              [](const Configuration &c) { return QString::number(c.relay.queueWorkers); },
              [](Configuration &c, const QString &v) { c.relay.queueWorkers = v.isEmpty() ? 4 : v.toInt(); }});
    f.append({QStringLiteral("QUEUE_RETRY_ATTEMPTS"),
              Group::Relay,
              Kind::Integer,
              QStringLiteral("3"),
              0,
              100,
              {},
              QStringLiteral("queue-retry-attempts"),
              "N",
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "Retries"),
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "How often a temporary failure (4xx, a lost connection) is retried."),
              true,
              [](const Configuration &c) { return QString::number(c.relay.queueRetryAttempts); },
              [](Configuration &c, const QString &v) { c.relay.queueRetryAttempts = v.isEmpty() ? 3 : v.toInt(); }});
    f.append({QStringLiteral("QUEUE_RETRY_DELAY"),
              Group::Relay,
              Kind::Integer,
              QStringLiteral("60"),
              1,
              86400,
              {},
              QStringLiteral("queue-retry-delay"),
              "SECONDS",
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "Retry delay"),
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "Seconds between retries."),
              true,
              [](const Configuration &c) { return QString::number(c.relay.queueRetryDelay.count()); },
              [](Configuration &c, const QString &v) { c.relay.queueRetryDelay = std::chrono::seconds(v.isEmpty() ? 60 : v.toInt()); }});
    f.append({QStringLiteral("QUEUE_RETENTION"),
              Group::Relay,
              Kind::Integer,
              QStringLiteral("7"),
              0,
              3650,
              {},
              QStringLiteral("queue-retention"),
              "DAYS",
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "Keep bodies"),
              QT_TRANSLATE_NOOP("selfmx::settings::Field",
                                "Days a delivered message's body is kept; its record stays in the list. 0 keeps bodies for ever."),
              true,
              [](const Configuration &c) { return QString::number(c.relay.queueRetentionDays); },
              [](Configuration &c, const QString &v) { c.relay.queueRetentionDays = v.isEmpty() ? 7 : v.toInt(); }});
    f.append({QStringLiteral("LOG_LEVEL"),
              Group::Relay,
              Kind::Choice,
              QStringLiteral("info"),
              0,
              0,
              {{QStringLiteral("debug"), {}},
               {QStringLiteral("info"), {}},
               {QStringLiteral("warn"), {QStringLiteral("warning")}},
               {QStringLiteral("error"), {}}},
              QStringLiteral("log-level"),
              "LEVEL",
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "Log level"),
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "debug, info, warn or error."),
              true,
              [](const Configuration &c) { return c.relay.logLevel; },
              [](Configuration &c, const QString &v) { c.relay.logLevel = v.isEmpty() ? QStringLiteral("info") : v; }});
    f.append({QStringLiteral("LOG_FORMAT"),
              Group::Relay,
              Kind::Choice,
              QStringLiteral("json"),
              0,
              0,
              {{QStringLiteral("json"), {}}, {QStringLiteral("text"), {}}},
              QStringLiteral("log-format"),
              "FORMAT",
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "Log format"),
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "json (one object a line) or text."),
              true,
              [](const Configuration &c) { return c.relay.logFormat; },
              [](Configuration &c, const QString &v) { c.relay.logFormat = v.isEmpty() ? QStringLiteral("json") : v; }});
    f.append({QStringLiteral("CORS_ORIGINS"),
              Group::Relay,
              Kind::List,
              QString(),
              0,
              0,
              {},
              QStringLiteral("cors-origins"),
              "ORIGINS",
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "CORS origins"),
              QT_TRANSLATE_NOOP("selfmx::settings::Field",
                                "Web origins allowed to call the relay from a browser, comma-separated; empty: none."),
              true,
              [](const Configuration &c) { return c.relay.corsOrigins.join(u','); },
              [](Configuration &c, const QString &v) { c.relay.corsOrigins = v.isEmpty() ? QStringList() : v.split(u','); }});
    f.append({QStringLiteral("MAX_BODY_SIZE"),
              Group::Relay,
              Kind::Integer,
              QStringLiteral("40"),
              1,
              1024,
              {},
              QStringLiteral("max-body-size"),
              "MIB",
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "Largest request"),
              QT_TRANSLATE_NOOP("selfmx::settings::Field",
                                "The largest request body the relay reads, in MiB (1 to 1024); a larger one is refused with 413."),
              true,
              [](const Configuration &c) { return QString::number(c.relay.maxBodyMiB); },
              [](Configuration &c, const QString &v) { c.relay.maxBodyMiB = v.isEmpty() ? 40 : v.toInt(); }});
    f.append({QStringLiteral("SMTP_POOL_SIZE"),
              Group::Relay,
              Kind::Integer,
              QStringLiteral("10"),
              1,
              100,
              {},
              QStringLiteral("pool-size"),
              "N",
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "SMTP connections"),
              QT_TRANSLATE_NOOP("selfmx::settings::Field", "How many SMTP connections the relay keeps open to the server (1 to 100)."),
              true,
              [](const Configuration &c) { return QString::number(c.relay.poolSize); },
              [](Configuration &c, const QString &v) { c.relay.poolSize = v.isEmpty() ? 10 : v.toInt(); }});
    return f;
}

} // namespace

std::optional<QString> Field::normalize(const QString &text, Issue *problem) const
{
    auto refuse = [this, problem, &text](const char *code, QVariantMap parameters = {}) -> std::optional<QString> {
        parameters.insert(QStringLiteral("value"), text);
        *problem = Issue{key, QString::fromLatin1(code), parameters};
        return std::nullopt;
    };
    if (text.isEmpty())
        return text;
    switch (kind) {
    case Kind::Text:
        if (rule) {
            const QString trimmed = text.trimmed();
            if (const QString code = rule(trimmed); !code.isEmpty()) {
                *problem = Issue{key, code, {{QStringLiteral("value"), text}}};
                return std::nullopt;
            }
            return trimmed;
        }
        return text;
    case Kind::Secret: return text;
    case Kind::File: return text.trimmed();
    case Kind::Host: {
        const QString host = text.trimmed();
        if (!smtp::isValidHost(host))
            return refuse("not_a_host");
        return host;
    }
    case Kind::Port:
    case Kind::Integer:
        if (const auto n = parseInteger(text, minimum, maximum))
            return QString::number(*n);
        return refuse(kind == Kind::Port ? "not_a_port" : "out_of_range",
                      {{QStringLiteral("minimum"), minimum}, {QStringLiteral("maximum"), maximum}});
    case Kind::Boolean:
        if (const auto b = parseBool(text))
            return boolText(*b);
        return refuse("not_a_boolean");
    case Kind::Seconds: {
        bool ok = false;
        const double seconds = text.trimmed().toDouble(&ok);
        // Whole milliseconds: 0.0001 s would become 0 ms, a timeout that fires at once.
        if (!ok || !std::isfinite(seconds) || seconds < 0.001 || seconds > double(maximum))
            return refuse("not_seconds", {{QStringLiteral("maximum"), maximum}, {QStringLiteral("default"), defaultText}});
        return QString::number(double(std::llround(seconds * 1000.0)) / 1000.0, 'g', 12);
    }
    case Kind::Choice: {
        const QString word = text.trimmed();
        for (const ChoiceValue &choice : choices) {
            if (choice.value.compare(word, Qt::CaseInsensitive) == 0)
                return choice.value;
            for (const QString &alias : choice.aliases) {
                if (alias.compare(word, Qt::CaseInsensitive) == 0)
                    return choice.value;
            }
        }
        return refuse("not_a_choice", {{QStringLiteral("choices"), choiceValues(choices)}});
    }
    case Kind::Fingerprint: {
        // "AB:CD:…" as openssl prints it, or plain hex; 32 bytes.
        QString hex = text.trimmed().toLower();
        hex.remove(u':');
        static const QRegularExpression hexPattern(QStringLiteral("^[0-9a-f]{64}$"));
        if (!hexPattern.match(hex).hasMatch())
            return refuse("not_a_fingerprint");
        return hex;
    }
    case Kind::Address: {
        mime::AddressError why;
        if (!mime::parseMailbox(text.trimmed(), &why))
            return refuse(
                "not_an_address",
                {{QStringLiteral("reason"), why.code()}, {QStringLiteral("address"), why.address}, {QStringLiteral("detail"), why.detail}});
        return text.trimmed();
    }
    case Kind::List: {
        QStringList items;
        for (const QString &item : text.split(u',')) {
            if (!item.trimmed().isEmpty())
                items.append(item.trimmed());
        }
        return items.join(u',');
    }
    }
    return text;
}

std::optional<NameServer> parseNameServer(const QString &text)
{
    QString host = text.trimmed();
    QString port;
    if (host.startsWith(u'[')) { // [v6]:port
        const qsizetype close = host.indexOf(u']');
        if (close < 0)
            return std::nullopt;
        const QString tail = host.mid(close + 1);
        host = host.mid(1, close - 1);
        if (tail.startsWith(u':'))
            port = tail.mid(1);
        else if (!tail.isEmpty())
            return std::nullopt;
    } else if (host.count(u':') == 1) { // v4 with a port; a bare v6 has several colons
        const qsizetype colon = host.indexOf(u':');
        port = host.mid(colon + 1);
        host = host.left(colon);
    }
    const QHostAddress address(host);
    if (host.isEmpty() || address.isNull())
        return std::nullopt;
    NameServer server;
    server.address = address.toString();
    if (!port.isEmpty()) {
        const auto number = parseInteger(port, 1, 65535);
        if (!number || port.trimmed() != port)
            return std::nullopt;
        server.port = quint16(*number);
        server.portGiven = true;
    }
    return server;
}

const QList<Field> &fields()
{
    static const QList<Field> table = makeFields();
    return table;
}

const Field *field(const QString &key)
{
    for (const Field &f : fields()) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

QList<const Field *> fields(Groups groups)
{
    QList<const Field *> list;
    for (const Field &f : fields()) {
        if (groups.testFlag(f.group))
            list.append(&f);
    }
    return list;
}

bool isSettingsNamespace(const QString &key)
{
    return key.startsWith(u"SMTP_");
}

namespace {

// The Smtp group's fields and every SMTP_* name are read whatever the groups asked for
// (SelfMX reads them all from one environment; DNS_SERVER is the Smtp group's one name
// outside SMTP_*, so a stored profile, read with the Relay group, keeps it).
bool reads(const Field &f, Groups groups)
{
    return groups.testFlag(f.group) || f.group == Group::Smtp || isSettingsNamespace(f.key);
}

} // namespace

QList<Issue> warnings(const Configuration &c)
{
    QList<Issue> list;
    const smtp::Settings &s = c.smtp;
    if (!s.verifyPeer && s.tlsMode() != TlsMode::None)
        list.append({QStringLiteral("SMTP_TLS_VERIFY"), QStringLiteral("verification_off"), {}});
    if (s.tlsMode() == TlsMode::None && s.hasCredentials())
        list.append({QStringLiteral("SMTP_TLS"), QStringLiteral("plaintext_credentials"), {}});
    if (!QHostAddress(c.relay.host).isLoopback() && c.relay.host != u"localhost")
        list.append({QStringLiteral("HOST"), QStringLiteral("not_loopback"), {{QStringLiteral("value"), c.relay.host}}});
    return list;
}

Parsed parse(const QHash<QString, QString> &values, const Configuration &base, Groups groups)
{
    Parsed result;
    result.configuration = base;
    for (const Field &f : fields()) {
        if (!reads(f, groups))
            continue;
        const QString text = values.value(f.key);
        if (text.isEmpty())
            continue;
        Issue problem;
        if (const auto normal = f.normalize(text, &problem))
            f.write(result.configuration, *normal);
        else
            result.errors.append(problem);
    }
    const smtp::Settings &s = result.configuration.smtp;
    const bool hostRejected =
        std::any_of(result.errors.cbegin(), result.errors.cend(), [](const Issue &issue) { return issue.key == u"SMTP_HOST"; });
    if (groups.testFlag(Group::Smtp) && s.host.isEmpty() && !hostRejected)
        result.errors.append({QStringLiteral("SMTP_HOST"), QStringLiteral("required"), {}});
    result.warnings = warnings(result.configuration);
    if (!groups.testFlag(Group::Relay))
        result.warnings.erase(std::remove_if(result.warnings.begin(), result.warnings.end(),
                                             [](const Issue &w) { return field(w.key) && field(w.key)->group == Group::Relay; }),
                              result.warnings.end());
    const QString tls = values.value(QStringLiteral("SMTP_TLS"));
    if (s.tlsModeOverride && !tls.isEmpty() && (*s.tlsModeOverride == TlsMode::None) == s.tls)
        result.warnings.append({QStringLiteral("SMTP_TLS_MODE"), QStringLiteral("overrides_tls"), {{QStringLiteral("value"), tls}}});
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (isSettingsNamespace(it.key()) && !field(it.key()))
            result.unknownKeys.append(it.key());
    }
    result.unknownKeys.sort();
    return result;
}

QHash<QString, QString> values(const Configuration &configuration, Groups groups)
{
    QHash<QString, QString> map;
    for (const Field *f : fields(groups))
        map.insert(f->key, f->read(configuration));
    return map;
}

QList<Issue> check(const Configuration &configuration, Groups groups)
{
    QList<Issue> issues;
    for (const Field *f : fields(groups)) {
        const QString text = f->read(configuration);
        if (text.isEmpty()) {
            if (f->key == u"SMTP_HOST")
                issues.append({f->key, QStringLiteral("required"), {}});
            continue;
        }
        Issue problem;
        if (!f->normalize(text, &problem))
            issues.append(problem);
    }
    return issues;
}

QHash<QString, QString> environmentValues(const QProcessEnvironment &environment, Groups groups)
{
    QHash<QString, QString> map;
    const QStringList keys = environment.keys();
    for (const QString &key : keys) {
        const Field *f = field(key);
        if ((f && reads(*f, groups)) || isSettingsNamespace(key))
            map.insert(key, environment.value(key));
    }
    return map;
}

} // namespace selfmx::settings
