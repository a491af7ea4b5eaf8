// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "settings.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace selfmx::smtp {

TlsMode Settings::tlsMode() const
{
    if (tlsModeOverride)
        return *tlsModeOverride;
    if (!tls)
        return TlsMode::None;
    return port == 465 ? TlsMode::Implicit : TlsMode::StartTls;
}

const QStringList &knownVariables()
{
    static const QStringList names = {
        QStringLiteral("SMTP_HOST"),         QStringLiteral("SMTP_PORT"),
        QStringLiteral("SMTP_USER"),         QStringLiteral("SMTP_PASS"),
        QStringLiteral("SMTP_TLS"),          QStringLiteral("SMTP_TLS_VERIFY"),
        QStringLiteral("SMTP_TIMEOUT"),      QStringLiteral("SMTP_POOL_SIZE"),
        QStringLiteral("SMTP_TLS_MODE"),     QStringLiteral("SMTP_TLS_CA_FILE"),
        QStringLiteral("SMTP_AUTH_MECHANISM"), QStringLiteral("SMTP_EHLO_NAME"),
        QStringLiteral("SMTP_ALLOW_PLAINTEXT_AUTH"), QStringLiteral("SMTP_TLS_PIN_SHA256"),
    };
    return names;
}

QHash<QString, QString> smtpVariables(const QProcessEnvironment &environment)
{
    QHash<QString, QString> variables;
    const QStringList keys = environment.keys();
    for (const QString &key : keys) {
        if (key.startsWith(u"SMTP_"))
            variables.insert(key, environment.value(key));
    }
    return variables;
}

bool isValidHost(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    QString bare = host;
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    if (QHostAddress address; address.setAddress(bare))
        return true;
    // An internationalised name is checked in its ASCII (punycode) form.
    const QByteArray ace = QUrl::toAce(host);
    if (ace.isEmpty())
        return false;
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    const QStringList labels = QString::fromLatin1(ace).split(u'.');
    for (qsizetype i = 0; i < labels.size(); ++i) {
        // A trailing dot (an absolute name) leaves one empty last label.
        if (labels[i].isEmpty() && i == labels.size() - 1 && i > 0)
            continue;
        if (!label.match(labels[i]).hasMatch())
            return false;
    }
    return true;
}

QList<SettingsIssue> checkSettings(const Settings &s)
{
    QList<SettingsIssue> issues;
    if (s.host.isEmpty())
        issues.append({QStringLiteral("SMTP_HOST"), QStringLiteral("is required; set it to your SMTP server's name, e.g. smtp.example.com")});
    else if (!isValidHost(s.host))
        issues.append({QStringLiteral("SMTP_HOST"), QStringLiteral("\"%1\" is not a host name or IP address").arg(s.host)});
    if (s.port == 0)
        issues.append({QStringLiteral("SMTP_PORT"), QStringLiteral("use a number from 1 to 65535")});
    if (s.timeout.count() <= 0)
        issues.append({QStringLiteral("SMTP_TIMEOUT"), QStringLiteral("use a number of seconds greater than 0")});
    if (s.poolSize < MinPoolSize || s.poolSize > MaxPoolSize)
        issues.append({QStringLiteral("SMTP_POOL_SIZE"),
                       QStringLiteral("%1 is outside %2 to %3").arg(s.poolSize).arg(MinPoolSize).arg(MaxPoolSize)});
    return issues;
}

namespace {

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

} // namespace

ParsedSettings parseSettings(const QHash<QString, QString> &variables, const Settings &base)
{
    ParsedSettings result;
    Settings &s = result.settings;
    s = base;
    auto value = [&variables](const char *name) -> std::optional<QString> {
        const QString v = variables.value(QString::fromLatin1(name));
        if (v.isEmpty())
            return std::nullopt;
        return v;
    };
    auto error = [&result](const char *name, const QString &message) {
        result.errors.append({QString::fromLatin1(name), message});
    };
    auto quoted = [](const QString &v) -> QString { return u'"' + v + u'"'; };

    if (auto v = value("SMTP_HOST")) {
        const QString host = v->trimmed();
        if (isValidHost(host))
            s.host = host;
        else
            error("SMTP_HOST", QStringLiteral("%1 is not a host name or IP address; use a name such as smtp.example.com")
                                   .arg(quoted(*v)));
    }
    if (auto v = value("SMTP_PORT")) {
        if (auto n = parseInteger(*v, 1, 65535))
            s.port = quint16(*n);
        else
            error("SMTP_PORT", QStringLiteral("%1 is not a port; use a number from 1 to 65535 (587 STARTTLS, 465 implicit TLS, 25, 2525)")
                                   .arg(quoted(*v)));
    }
    if (auto v = value("SMTP_USER"))
        s.username = *v;
    if (auto v = value("SMTP_PASS"))
        s.password = *v;
    if (auto v = value("SMTP_TLS")) {
        if (auto b = parseBool(*v))
            s.tls = *b;
        else
            error("SMTP_TLS", QStringLiteral("%1 is not a boolean; use true or false").arg(quoted(*v)));
    }
    if (auto v = value("SMTP_TLS_MODE")) {
        const QString mode = v->trimmed().toLower();
        if (mode == u"implicit" || mode == u"ssl" || mode == u"tls")
            s.tlsModeOverride = TlsMode::Implicit;
        else if (mode == u"starttls")
            s.tlsModeOverride = TlsMode::StartTls;
        else if (mode == u"none" || mode == u"plain")
            s.tlsModeOverride = TlsMode::None;
        else
            error("SMTP_TLS_MODE", QStringLiteral("%1 is not a TLS mode; use implicit, starttls or none").arg(quoted(*v)));
    }
    if (auto v = value("SMTP_TLS_VERIFY")) {
        if (auto b = parseBool(*v))
            s.verifyPeer = *b;
        else
            error("SMTP_TLS_VERIFY", QStringLiteral("%1 is not a boolean; use true or false").arg(quoted(*v)));
    }
    if (auto v = value("SMTP_TLS_CA_FILE"))
        s.caFile = *v;
    if (auto v = value("SMTP_TLS_PIN_SHA256")) {
        // "AB:CD:…" as openssl prints it, or plain hex; 32 bytes.
        QByteArray hex = v->trimmed().toLatin1().toLower();
        hex.replace(':', "");
        static const QRegularExpression hexPattern(QStringLiteral("^[0-9a-f]{64}$"));
        if (hexPattern.match(QString::fromLatin1(hex)).hasMatch())
            s.pinnedSha256 = hex;
        else
            error("SMTP_TLS_PIN_SHA256", QStringLiteral("%1 is not a SHA-256 fingerprint; use 64 hex digits (colons allowed), "
                                                        "as `openssl x509 -noout -fingerprint -sha256` prints it")
                                             .arg(quoted(*v)));
    }
    if (auto v = value("SMTP_TIMEOUT")) {
        bool ok = false;
        const double seconds = v->trimmed().toDouble(&ok);
        if (ok && seconds > 0 && seconds <= 3600)
            s.timeout = std::chrono::milliseconds(qint64(seconds * 1000));
        else
            error("SMTP_TIMEOUT", QStringLiteral("%1 is not a timeout; use a number of seconds greater than 0 and at most 3600 (default 30)")
                                      .arg(quoted(*v)));
    }
    if (auto v = value("SMTP_POOL_SIZE")) {
        if (auto n = parseInteger(*v, MinPoolSize, MaxPoolSize))
            s.poolSize = int(*n);
        else
            error("SMTP_POOL_SIZE", QStringLiteral("%1 is not a pool size; use a number from 1 to 100 (default 10)").arg(quoted(*v)));
    }
    if (auto v = value("SMTP_EHLO_NAME")) {
        if (isValidHost(v->trimmed()))
            s.ehloName = v->trimmed();
        else
            error("SMTP_EHLO_NAME", QStringLiteral("%1 is not a host name; use this machine's fully qualified name").arg(quoted(*v)));
    }
    if (auto v = value("SMTP_AUTH_MECHANISM")) {
        const QString m = v->trimmed().toUpper();
        if (m == u"AUTO")
            s.authMechanism = AuthMechanism::Auto;
        else if (m == u"PLAIN")
            s.authMechanism = AuthMechanism::Plain;
        else if (m == u"LOGIN")
            s.authMechanism = AuthMechanism::Login;
        else if (m == u"CRAM-MD5")
            s.authMechanism = AuthMechanism::CramMd5;
        else
            error("SMTP_AUTH_MECHANISM", QStringLiteral("%1 is not supported; use auto, PLAIN, LOGIN or CRAM-MD5").arg(quoted(*v)));
    }
    if (auto v = value("SMTP_ALLOW_PLAINTEXT_AUTH")) {
        if (auto b = parseBool(*v))
            s.allowPlaintextAuth = *b;
        else
            error("SMTP_ALLOW_PLAINTEXT_AUTH", QStringLiteral("%1 is not a boolean; use true or false").arg(quoted(*v)));
    }

    const bool hostRejected = std::any_of(result.errors.cbegin(), result.errors.cend(),
                                          [](const SettingsIssue &issue) { return issue.variable == u"SMTP_HOST"; });
    if (s.host.isEmpty() && !hostRejected)
        error("SMTP_HOST", QStringLiteral("is required; set it to your SMTP server's name, e.g. smtp.example.com"));
    if (!s.verifyPeer)
        result.warnings.append({QStringLiteral("SMTP_TLS_VERIFY"),
                                QStringLiteral("certificate verification is off: anyone on the path can read the password. "
                                               "Prefer SMTP_TLS_CA_FILE to trust a self-signed server")});
    if (s.tlsMode() == TlsMode::None && s.hasCredentials())
        result.warnings.append({QStringLiteral("SMTP_TLS"),
                                QStringLiteral("TLS is off: the password would travel in plaintext; "
                                               "the console sends it only to a loopback server or with SMTP_ALLOW_PLAINTEXT_AUTH=true")});
    if (s.tlsModeOverride && variables.contains(QStringLiteral("SMTP_TLS")) && (*s.tlsModeOverride == TlsMode::None) == s.tls)
        result.warnings.append({QStringLiteral("SMTP_TLS_MODE"),
                                QStringLiteral("overrides SMTP_TLS=%1").arg(variables.value(QStringLiteral("SMTP_TLS")))});

    for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
        if (it.key().startsWith(u"SMTP_") && !knownVariables().contains(it.key()))
            result.unknownKeys.append(it.key());
    }
    result.unknownKeys.sort();
    return result;
}

} // namespace selfmx::smtp
