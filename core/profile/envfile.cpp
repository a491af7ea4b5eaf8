// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "envfile.h"

#include "secretstore.h"

#include <QRegularExpression>

namespace selfmx::profile {

QHash<QString, QString> EnvFile::values() const
{
    QHash<QString, QString> map;
    for (const auto &[key, value] : entries)
        map.insert(key, value); // a later line wins, as in a shell
    return map;
}

EnvFile parseEnvFile(const QString &text)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    EnvFile file;
    const QStringList lines = text.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = lines[n];
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        QString rest = trimmed;
        if (rest.startsWith(QStringLiteral("export ")))
            rest = rest.mid(7).trimmed();
        const qsizetype eq = rest.indexOf(u'=');
        const QString key = eq > 0 ? rest.left(eq).trimmed() : QString();
        if (eq <= 0 || !keyPattern.match(key).hasMatch()) {
            file.errors.append(QStringLiteral("line %1: expected KEY=value, got \"%2\"").arg(n + 1).arg(trimmed));
            continue;
        }
        QString raw = rest.mid(eq + 1).trimmed();
        QString value;
        if (raw.startsWith(u'\'')) {
            const qsizetype end = raw.indexOf(u'\'', 1);
            if (end < 0) {
                file.errors.append(QStringLiteral("line %1: %2 has an unterminated ' quote").arg(n + 1).arg(key));
                continue;
            }
            value = raw.mid(1, end - 1);
        } else if (raw.startsWith(u'"')) {
            bool closed = false;
            for (qsizetype i = 1; i < raw.size(); ++i) {
                const QChar c = raw[i];
                if (c == u'\\' && i + 1 < raw.size()) {
                    const QChar e = raw[++i];
                    value.append(e == u'n' ? QChar(u'\n') : e == u't' ? QChar(u'\t') : e);
                } else if (c == u'"') {
                    closed = true;
                    break;
                } else {
                    value.append(c);
                }
            }
            if (!closed) {
                file.errors.append(QStringLiteral("line %1: %2 has an unterminated \" quote").arg(n + 1).arg(key));
                continue;
            }
        } else {
            // Unquoted: a " #" starts a comment.
            const qsizetype comment = raw.indexOf(QStringLiteral(" #"));
            value = (comment >= 0 ? raw.left(comment) : raw).trimmed();
        }
        file.entries.append({key, value});
    }
    return file;
}

Provider guessProvider(const QString &host, QString *region)
{
    const QString h = host.toLower();
    if (h == u"smtp.sendgrid.net")
        return Provider::SendGrid;
    if (h == u"smtp.mailgun.org" || h == u"smtp.eu.mailgun.org") {
        if (region)
            *region = h.contains(QStringLiteral(".eu.")) ? QStringLiteral("eu") : QStringLiteral("us");
        return Provider::Mailgun;
    }
    static const QRegularExpression ses(QStringLiteral("^email-smtp\\.([a-z0-9-]+)\\.amazonaws\\.com$"));
    if (const QRegularExpressionMatch m = ses.match(h); m.hasMatch()) {
        if (region)
            *region = m.captured(1);
        return Provider::AmazonSes;
    }
    if (h == u"smtp.postmarkapp.com" || h == u"smtp-broadcasts.postmarkapp.com")
        return Provider::Postmark;
    return Provider::Custom;
}

EnvImport importEnv(const QString &text, const QString &name)
{
    EnvImport result;
    const EnvFile file = parseEnvFile(text);
    for (const QString &error : file.errors)
        result.errors.append({QStringLiteral("file"), error});
    const QHash<QString, QString> values = file.values();
    const smtp::ParsedSettings parsed = smtp::parseSettings(values);
    for (const smtp::SettingsIssue &issue : parsed.errors)
        result.errors.append({issue.variable, issue.message});
    for (const smtp::SettingsIssue &issue : parsed.warnings)
        result.warnings.append({issue.variable, issue.message});
    result.unknownKeys = parsed.unknownKeys;
    result.profile.name = name;
    result.profile.smtp = parsed.settings;
    result.password = parsed.settings.password;
    result.profile.smtp.password.clear(); // never part of the stored profile
    result.profile.provider = guessProvider(parsed.settings.host, &result.profile.region);
    result.profile.defaultSender = values.value(QStringLiteral("SMTP_FROM"));
    return result;
}

namespace {

// Quoting that bash (`source .env`), docker compose and our own parser all read the same:
// single quotes are literal everywhere; a value that holds one goes in double quotes with
// \, ", $ and ` escaped.
QString shellQuote(const QString &value)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9@%+=:,./_-]+$"));
    if (safe.match(value).hasMatch())
        return value;
    if (!value.contains(u'\''))
        return u'\'' + value + u'\'';
    QString escaped;
    for (QChar c : value) {
        if (c == u'\\' || c == u'"' || c == u'$' || c == u'`')
            escaped.append(u'\\');
        escaped.append(c);
    }
    return u'"' + escaped + u'"';
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

QString exportEnv(const Profile &p, const QString &password)
{
    const smtp::Settings &s = p.smtp;
    QString out = QStringLiteral("# SelfMX SMTP settings: profile \"%1\" (%2), exported by selfmx-console\n")
                      .arg(p.name, preset(p.provider).displayName);
    auto line = [&out](const char *key, const QString &value) {
        out += QString::fromLatin1(key) + u'=' + shellQuote(value) + u'\n';
    };
    line("SMTP_HOST", s.host);
    line("SMTP_PORT", QString::number(s.port));
    if (!s.username.isEmpty())
        line("SMTP_USER", s.username);
    if (!password.isEmpty())
        line("SMTP_PASS", password);
    else if (p.hasPassword)
        out += QStringLiteral("# SMTP_PASS is in the keychain; export with --include-password to write it here\n");
    line("SMTP_TLS", boolText(s.tls));
    line("SMTP_TLS_VERIFY", boolText(s.verifyPeer));
    line("SMTP_TIMEOUT", QString::number(double(s.timeout.count()) / 1000.0));
    line("SMTP_POOL_SIZE", QString::number(s.poolSize));
    if (s.tlsModeOverride)
        line("SMTP_TLS_MODE", smtp::tlsModeName(*s.tlsModeOverride));
    if (!s.caFile.isEmpty())
        line("SMTP_TLS_CA_FILE", s.caFile);
    if (s.authMechanism != smtp::AuthMechanism::Auto)
        line("SMTP_AUTH_MECHANISM", smtp::mechanismName(s.authMechanism));
    if (!s.ehloName.isEmpty())
        line("SMTP_EHLO_NAME", s.ehloName);
    if (s.allowPlaintextAuth)
        line("SMTP_ALLOW_PLAINTEXT_AUTH", QStringLiteral("true"));
    return out;
}

QString exportSwaks(const Profile &p)
{
    const smtp::Settings &s = p.smtp;
    QStringList args = {QStringLiteral("swaks"), QStringLiteral("--server"), shellQuote(s.host + u':' + QString::number(s.port))};
    switch (s.tlsMode()) {
    case smtp::TlsMode::Implicit: args << QStringLiteral("--tls-on-connect"); break;
    case smtp::TlsMode::StartTls: args << QStringLiteral("--tls"); break;
    case smtp::TlsMode::None: break;
    }
    if (s.tlsMode() != smtp::TlsMode::None) {
        if (!s.verifyPeer)
            args << QStringLiteral("--tls-verify-off"); // not the default: shown so nobody misses it
        else
            args << QStringLiteral("--tls-verify");
        if (!s.caFile.isEmpty())
            args << QStringLiteral("--tls-ca-path") << shellQuote(s.caFile);
    }
    if (!s.username.isEmpty()) {
        // No --auth-password: swaks then asks for it without echo.
        args << QStringLiteral("--auth") << (s.authMechanism == smtp::AuthMechanism::Auto ? QStringLiteral("") : smtp::mechanismName(s.authMechanism));
        if (args.last().isEmpty())
            args.removeLast();
        args << QStringLiteral("--auth-user") << shellQuote(s.username);
    }
    args << QStringLiteral("--timeout") << QString::number(std::max<qint64>(1, s.timeout.count() / 1000));
    if (!s.ehloName.isEmpty())
        args << QStringLiteral("--ehlo") << shellQuote(s.ehloName);
    args << QStringLiteral("--from") << shellQuote(p.defaultSender.isEmpty() ? QStringLiteral("you@example.com") : p.defaultSender);
    args << QStringLiteral("--to") << QStringLiteral("recipient@example.com");
    return args.join(u' ') + u'\n';
}

QString exportMsmtp(const Profile &p)
{
    const smtp::Settings &s = p.smtp;
    QString account = p.name;
    account.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("-"));
    QString out = QStringLiteral("# msmtp account for selfmx-console profile \"%1\"\n").arg(p.name);
    out += QStringLiteral("account %1\n").arg(account);
    out += QStringLiteral("host %1\nport %2\n").arg(s.host).arg(s.port);
    out += QStringLiteral("timeout %1\n").arg(std::max<qint64>(1, s.timeout.count() / 1000));
    const bool tls = s.tlsMode() != smtp::TlsMode::None;
    out += QStringLiteral("tls %1\n").arg(tls ? u"on" : u"off");
    if (tls) {
        out += QStringLiteral("tls_starttls %1\n").arg(s.tlsMode() == smtp::TlsMode::StartTls ? u"on" : u"off");
        out += QStringLiteral("tls_certcheck %1\n").arg(s.verifyPeer ? u"on" : u"off");
        out += QStringLiteral("tls_trust_file %1\n").arg(s.caFile.isEmpty() ? QStringLiteral("system") : s.caFile);
    }
    if (!s.username.isEmpty()) {
        out += QStringLiteral("auth %1\n").arg(s.authMechanism == smtp::AuthMechanism::Auto ? QStringLiteral("on")
                                                                                            : smtp::mechanismName(s.authMechanism).toLower());
        out += QStringLiteral("user %1\n").arg(s.username);
        // The password stays in the keychain; msmtp asks it when it needs it.
        out += QStringLiteral("passwordeval \"secret-tool lookup server %1 user %2\"\n")
                   .arg(SecretStore::service(), SecretStore::smtpPasswordKey(p.id));
    }
    if (!p.defaultSender.isEmpty())
        out += QStringLiteral("from %1\n").arg(p.defaultSender);
    if (!s.ehloName.isEmpty())
        out += QStringLiteral("domain %1\n").arg(s.ehloName);
    return out;
}

} // namespace selfmx::profile
