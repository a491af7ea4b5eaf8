// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "envfile.h"

#include "secretstore.h"

#include "mime/address.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace selfmx::profile {

QHash<QString, QString> EnvFile::values() const
{
    QHash<QString, QString> map;
    for (const auto &[key, value] : entries)
        map.insert(key, value); // a later line wins, as in a shell
    return map;
}

namespace {

constexpr int MaxReportedErrors = 20; // a garbage file gets a short answer, not one per line

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isOctalDigit(QChar c)
{
    return c >= u'0' && c <= u'7';
}

// A quoted value's text up to its closing quote, as Docker Compose reads it: a backslash
// escapes the quote character; in double quotes the escapes of a Go string literal that
// Compose knows (\a \b \f \n \r \t \v \" \\ \$ and \0 with three octal digits) become
// their characters and any other backslash stays as written ("p\ss" is p\ss); in single
// quotes only \' is an escape. Returns the index of the closing quote, or -1. Sets
// *unescapedDollar when a double-quoted value has a $ Compose would expand.
qsizetype readQuoted(const QString &raw, QString *value, bool *unescapedDollar)
{
    const QChar quote = raw[0];
    const bool doubleQuoted = quote == u'"';
    for (qsizetype i = 1; i < raw.size(); ++i) {
        const QChar ch = raw[i];
        if (ch == quote)
            return i;
        if (ch == u'\\' && i + 1 < raw.size()) {
            const QChar escaped = raw[++i];
            if (escaped == quote) {
                value->append(escaped);
                continue;
            }
            if (!doubleQuoted) {
                value->append(ch).append(escaped);
                continue;
            }
            static const QHash<char16_t, QChar> controls = {{u'a', u'\a'}, {u'b', u'\b'}, {u'f', u'\f'}, {u'n', u'\n'},
                                                            {u'r', u'\r'}, {u't', u'\t'}, {u'v', u'\v'}};
            if (const auto control = controls.constFind(escaped.unicode()); control != controls.cend()) {
                value->append(*control);
            } else if (escaped == u'\\' || escaped == u'$') {
                value->append(escaped);
            } else if (escaped == u'0' && i + 3 < raw.size() && isOctalDigit(raw[i + 1]) && isOctalDigit(raw[i + 2])
                       && isOctalDigit(raw[i + 3])) {
                value->append(QChar(char16_t(raw.mid(i + 1, 3).toUShort(nullptr, 8))));
                i += 3;
            } else {
                value->append(ch).append(escaped);
            }
            continue;
        }
        if (doubleQuoted && ch == u'$') {
            if (i + 1 < raw.size() && raw[i + 1] == u'$') {
                value->append(u'$');
                ++i;
                continue;
            }
            *unescapedDollar = true;
        }
        value->append(ch);
    }
    return -1;
}

// Docker Compose's .env rules, which is where people copy these files from: "#" lines and
// blank lines are skipped; "export " is allowed; an unquoted value ends at " #" or "\t#"
// (a "#" right after text is part of it) and is trimmed; 'single quotes' are literal;
// "double quotes" know Compose's escapes (readQuoted); after a closing quote only a comment
// may follow.
// Compose expands $VAR and ${VAR} in unquoted and double-quoted values; the console does
// not, so it refuses them (write $$ for a literal $, or use single quotes) instead of
// storing something Compose would read differently.
EnvFile parseLines(const QStringList &lines, const QList<int> &undecodable)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    EnvFile file;
    int problems = 0;
    auto problem = [&file, &problems](const char *code, const QVariantMap &parameters) {
        if (++problems <= MaxReportedErrors)
            file.errors.append({QStringLiteral("file"), QString::fromLatin1(code), parameters});
    };
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const int lineNumber = int(n + 1);
        if (undecodable.contains(lineNumber)) {
            problem("env.encoding", {{QStringLiteral("line"), lineNumber}});
            continue;
        }
        QString line = lines[n];
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        QString rest = trimmed;
        if (rest.startsWith(QStringLiteral("export ")) || rest.startsWith(QStringLiteral("export\t")))
            rest = rest.mid(7).trimmed();
        const qsizetype eq = rest.indexOf(u'=');
        const QString key = eq > 0 ? rest.left(eq).trimmed() : QString();
        if (eq <= 0 || !keyPattern.match(key).hasMatch()) {
            problem("env.syntax", {{QStringLiteral("line"), lineNumber}, {QStringLiteral("text"), trimmed.left(80)}});
            continue;
        }
        const QString raw = rest.mid(eq + 1).trimmed();
        const QVariantMap where = {{QStringLiteral("line"), lineNumber}, {QStringLiteral("key"), key}};
        QString value;
        qsizetype after = -1; // where text after a closing quote starts
        bool failed = false;
        if (raw.startsWith(u'\'') || raw.startsWith(u'"')) {
            bool unescapedDollar = false;
            const qsizetype end = readQuoted(raw, &value, &unescapedDollar);
            if (end < 0) {
                // Compose reads a quoted value across lines; the console reads a line at a
                // time and says so instead of guessing.
                QVariantMap p = where;
                p.insert(QStringLiteral("quote"), QString(raw[0]));
                problem("env.unterminated_quote", p);
                continue;
            }
            if (unescapedDollar) {
                problem("env.interpolation", where);
                continue;
            }
            after = end + 1;
        } else {
            qsizetype end = raw.size();
            for (qsizetype i = 1; i < raw.size(); ++i) {
                if (raw[i] == u'#' && isBlank(raw[i - 1])) {
                    end = i;
                    break;
                }
            }
            const QString unquoted = raw.left(end).trimmed();
            for (qsizetype i = 0; i < unquoted.size(); ++i) {
                if (unquoted[i] != u'$') {
                    value.append(unquoted[i]);
                } else if (i + 1 < unquoted.size() && unquoted[i + 1] == u'$') {
                    value.append(u'$');
                    ++i;
                } else {
                    failed = true;
                    break;
                }
            }
            if (failed) {
                problem("env.interpolation", where);
                continue;
            }
        }
        if (after >= 0) {
            const QString tail = raw.mid(after).trimmed();
            if (!tail.isEmpty() && !(tail.startsWith(u'#') && (after == raw.size() || isBlank(raw[after])))) {
                problem("env.trailing_text", where);
                continue;
            }
        }
        file.entries.append({key, value});
    }
    if (problems > MaxReportedErrors)
        file.errors.append(
            {QStringLiteral("file"), QStringLiteral("env.more_errors"), {{QStringLiteral("count"), problems - MaxReportedErrors}}});
    return file;
}

} // namespace

EnvFile parseEnvFile(const QString &text)
{
    return parseLines(text.split(u'\n'), {});
}

EnvFile parseEnvFile(const QByteArray &bytes)
{
    QStringList lines;
    QList<int> undecodable;
    const QList<QByteArray> rawLines = bytes.split('\n');
    for (qsizetype n = 0; n < rawLines.size(); ++n) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString line = decoder.decode(rawLines[n]);
        if (decoder.hasError()) {
            undecodable.append(int(n + 1));
            line.clear();
        }
        lines.append(line);
    }
    return parseLines(lines, undecodable);
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
    if (h == u"smtp.gmail.com")
        return Provider::Gmail;
    if (h == u"smtp.office365.com")
        return Provider::Microsoft365;
    if (h == u"smtp-mail.outlook.com")
        return Provider::Outlook;
    return Provider::Custom;
}

namespace {

EnvImport importParsed(const EnvFile &file, const QString &name)
{
    EnvImport result;
    result.errors = file.errors;
    const QHash<QString, QString> values = file.values();
    // A .env for SelfMX carries the relay's settings too: every group is read.
    const settings::Parsed parsed =
        settings::parse(values, settings::Configuration(), settings::Groups(settings::Group::Smtp) | settings::Group::Relay);
    result.errors += parsed.errors;
    result.warnings = parsed.warnings;
    result.unknownKeys = parsed.unknownKeys;
    static_cast<settings::Configuration &>(result.profile) = parsed.configuration;
    result.profile.name = name;
    for (const settings::Field &f : settings::fields()) {
        if (!f.isSecret())
            continue;
        const QString secret = f.read(result.profile);
        if (!secret.isEmpty())
            result.secrets.insert(f.key, secret);
        f.write(result.profile, QString()); // never part of the stored profile
    }
    result.password = result.secrets.value(QStringLiteral("SMTP_PASS"));
    result.profile.provider = guessProvider(result.profile.smtp.host, &result.profile.region);
    return result;
}

} // namespace

namespace {

// exportEnv() names the profile's provider (and region) in comments that Compose and the
// shells skip; an import of such a file gets them back instead of a guess from the host
// (which cannot tell a self-hosted Postfix from any other server).
void applyProviderComments(EnvImport &result, const QByteArray &text)
{
    static const QByteArray providerMark = "# selfmx-provider:";
    static const QByteArray regionMark = "# selfmx-region:";
    for (const QByteArray &line : text.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.startsWith(providerMark)) {
            if (const auto provider = providerFromKey(QString::fromUtf8(trimmed.mid(providerMark.size()).trimmed())))
                result.profile.provider = *provider;
        } else if (trimmed.startsWith(regionMark)) {
            result.profile.region = QString::fromUtf8(trimmed.mid(regionMark.size()).trimmed());
        }
    }
}

} // namespace

EnvImport importEnv(const QString &text, const QString &name)
{
    EnvImport result = importParsed(parseEnvFile(text), name);
    applyProviderComments(result, text.toUtf8());
    return result;
}

EnvImport importEnv(const QByteArray &bytes, const QString &name)
{
    EnvImport result = importParsed(parseEnvFile(bytes), name);
    applyProviderComments(result, bytes);
    return result;
}

namespace {

// Quoting that docker compose and our own parser read the same, and bash (`source .env`)
// too unless a value holds both ' and `: single quotes are literal everywhere; a value
// that holds one goes in double quotes with \, " and $ escaped (Compose keeps a backslash
// before ` as written, so ` is not escaped; bash would run it as a command there).
QString shellQuote(const QString &value)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9@%+=:,./_-]+$"));
    if (safe.match(value).hasMatch())
        return value;
    if (!value.contains(u'\''))
        return u'\'' + value + u'\'';
    QString escaped;
    for (QChar c : value) {
        if (c == u'\\' || c == u'"' || c == u'$')
            escaped.append(u'\\');
        escaped.append(c);
    }
    return u'"' + escaped + u'"';
}

} // namespace

QString exportEnv(const Profile &p, const QString &password)
{
    QHash<QString, QString> secrets;
    if (!password.isEmpty())
        secrets.insert(QStringLiteral("SMTP_PASS"), password);
    return exportEnv(p, secrets);
}

QString exportEnv(const Profile &p, const QHash<QString, QString> &secrets)
{
    // The variables of the SelfMX settings page are written even at their defaults, so the
    // file reads like the page's examples.
    static const QStringList page = {QStringLiteral("SMTP_HOST"),     QStringLiteral("SMTP_PORT"),       QStringLiteral("SMTP_USER"),
                                     QStringLiteral("SMTP_TLS"),      QStringLiteral("SMTP_TLS_VERIFY"), QStringLiteral("SMTP_TIMEOUT"),
                                     QStringLiteral("SMTP_POOL_SIZE")};
    QString out =
        QStringLiteral("# SelfMX settings: profile \"%1\" (%2), exported by selfmx-console\n").arg(p.name, preset(p.provider).displayName);
    // Read back by importEnv (applyProviderComments): not variables, so nothing else minds them.
    out += QStringLiteral("# selfmx-provider: %1\n").arg(providerKey(p.provider));
    if (!p.region.isEmpty())
        out += QStringLiteral("# selfmx-region: %1\n").arg(p.region);
    settings::Group group = settings::Group::Smtp;
    for (const settings::Field &f : settings::fields()) {
        if (f.group != group) {
            group = f.group;
            out += QStringLiteral("# The local relay (SelfMX API)\n");
        }
        if (f.isSecret()) {
            if (!secrets.value(f.key).isEmpty())
                out += f.key + u'=' + shellQuote(secrets.value(f.key)) + u'\n';
            else if (hasSecret(p, f.key))
                out += QStringLiteral("# %1 is kept in the OS keychain and was not exported\n").arg(f.key);
            continue;
        }
        const QString value = f.read(p);
        if (value.isEmpty() || (value == f.defaultText && !page.contains(f.key)))
            continue;
        out += f.key + u'=' + shellQuote(value) + u'\n';
    }
    return out;
}

namespace {

// The envelope sender: swaks' --from and msmtp's from take a bare address, not "Name <a@b>".
QString envelopeSender(const Profile &p)
{
    const std::optional<mime::Mailbox> mailbox = mime::parseMailbox(p.defaultSender);
    return mailbox ? mailbox->address : QString();
}

// "AB:CD:…", as msmtp's tls_fingerprint and openssl print it.
QString colonFingerprint(const QByteArray &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs.append(QString::fromLatin1(hex.mid(i, 2)).toUpper());
    return pairs.join(u':');
}

} // namespace

QString exportSwaks(const Profile &p, bool passwordFromKeychain)
{
    const smtp::Settings &s = p.smtp;
    QString out;
    if (!s.pinnedSha256.isEmpty() && s.tlsMode() != smtp::TlsMode::None)
        out += QStringLiteral("# This profile pins the certificate SHA256 %1; swaks cannot pin, it verifies against the CAs:\n"
                              "# add --tls-ca-path FILE with the server's certificate (or its CA).\n")
                   .arg(colonFingerprint(s.pinnedSha256));
    QStringList args;
    if (passwordFromKeychain && !s.username.isEmpty())
        args << QStringLiteral("SWAKS_OPT_auth_password=\"$(secret-tool lookup server %1 user %2)\"")
                    .arg(shellQuote(SecretStore::service()), shellQuote(SecretStore::smtpPasswordKey(p.id)));
    args << QStringLiteral("swaks") << QStringLiteral("--server") << shellQuote(s.host + u':' + QString::number(s.port));
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
        // No --auth-password: an argument is in the process list for every user to read. Without
        // SWAKS_OPT_auth_password (above) swaks asks for it without echo.
        args << QStringLiteral("--auth")
             << (s.authMechanism == smtp::AuthMechanism::Auto ? QStringLiteral("") : smtp::mechanismName(s.authMechanism));
        if (args.last().isEmpty())
            args.removeLast();
        // swaks prints the AUTH exchange, and AUTH PLAIN's and LOGIN's base64 decodes to the
        // password: a transcript pasted into a ticket would carry it. Hidden there, always.
        args << QStringLiteral("--auth-hide-password");
        args << QStringLiteral("--auth-user") << shellQuote(s.username);
    }
    args << QStringLiteral("--timeout") << QString::number(std::max<qint64>(1, s.timeout.count() / 1000));
    if (!s.ehloName.isEmpty())
        args << QStringLiteral("--ehlo") << shellQuote(s.ehloName);
    const QString sender = envelopeSender(p);
    args << QStringLiteral("--from") << shellQuote(sender.isEmpty() ? QStringLiteral("you@example.com") : sender);
    args << QStringLiteral("--to") << QStringLiteral("recipient@example.com");
    return out + args.join(u' ') + u'\n';
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
        if (!s.pinnedSha256.isEmpty())
            out += QStringLiteral("tls_fingerprint %1\n").arg(colonFingerprint(s.pinnedSha256)); // this certificate, and only it
        else
            out += QStringLiteral("tls_trust_file %1\n").arg(s.caFile.isEmpty() ? QStringLiteral("system") : s.caFile);
    }
    if (!s.username.isEmpty()) {
        out +=
            QStringLiteral("auth %1\n")
                .arg(s.authMechanism == smtp::AuthMechanism::Auto ? QStringLiteral("on") : smtp::mechanismName(s.authMechanism).toLower());
        out += QStringLiteral("user %1\n").arg(s.username);
        // The password stays in the keychain; msmtp asks it when it needs it.
        out += QStringLiteral("passwordeval \"secret-tool lookup server %1 user %2\"\n")
                   .arg(SecretStore::service(), SecretStore::smtpPasswordKey(p.id));
    }
    if (!p.defaultSender.isEmpty())
        out += QStringLiteral("from %1\n").arg(envelopeSender(p));
    if (!s.ehloName.isEmpty())
        out += QStringLiteral("domain %1\n").arg(s.ehloName);
    return out;
}

} // namespace selfmx::profile
