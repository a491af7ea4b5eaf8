// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "settingstext.h"

#include "mimetext.h"

#include <algorithm>

namespace selfmx::text {

namespace {

QString quoted(const QVariant &value)
{
    return u'"' + value.toString() + u'"';
}

// "a, b or c"
QString alternatives(const QStringList &items)
{
    if (items.size() < 2)
        return items.join(QString());
    //: A list of alternatives: "a, b" and "c"
    return SettingsText::tr("%1 or %2").arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

} // namespace

QString SettingsText::label(const settings::Field &field)
{
    return QCoreApplication::translate("selfmx::settings::Field", field.label);
}

QString SettingsText::help(const settings::Field &field)
{
    return QCoreApplication::translate("selfmx::settings::Field", field.help);
}

QString SettingsText::name(const QString &key, Audience audience)
{
    const settings::Field *f = settings::field(key);
    if (audience == Audience::CommandLine || !f)
        return key;
    //: A form field's label and the variable it stands for, e.g. "Port (SMTP_PORT)"
    return tr("%1 (%2)").arg(label(*f), key);
}

QString SettingsText::describe(const settings::Issue &issue, Audience audience)
{
    const QVariantMap &p = issue.parameters;
    const QString value = quoted(p.value(QStringLiteral("value")));
    const QString &key = issue.key;
    const QString &code = issue.code;
    QString text;
    if (code == u"required") {
        text = key == u"SMTP_HOST" ? tr("is required; set it to your SMTP server's name, e.g. smtp.example.com")
                                   : tr("is required; give the profile a name such as \"production\"");
    } else if (code == u"not_a_host") {
        text = key == u"SMTP_EHLO_NAME" ? tr("%1 is not a host name; use this machine's fully qualified name").arg(value)
                                        : tr("%1 is not a host name or IP address; use a name such as smtp.example.com").arg(value);
    } else if (code == u"not_a_port") {
        text = tr("%1 is not a port; use a number from %2 to %3 (587 STARTTLS, 465 implicit TLS, 25, 2525)")
                   .arg(value)
                   .arg(p.value(QStringLiteral("minimum")).toLongLong())
                   .arg(p.value(QStringLiteral("maximum")).toLongLong());
    } else if (code == u"out_of_range") {
        const settings::Field *f = settings::field(key);
        const qint64 minimum = p.value(QStringLiteral("minimum")).toLongLong();
        const qint64 maximum = p.value(QStringLiteral("maximum")).toLongLong();
        text = f && !f->defaultText.isEmpty()
                   ? tr("%1 is outside %2 to %3; use a whole number from %2 to %3 (default %4)")
                         .arg(value)
                         .arg(minimum)
                         .arg(maximum)
                         .arg(f->defaultText)
                   : tr("%1 is outside %2 to %3; use a whole number from %2 to %3").arg(value).arg(minimum).arg(maximum);
    } else if (code == u"not_a_boolean") {
        text = tr("%1 is not a boolean; use true or false").arg(value);
    } else if (code == u"not_seconds") {
        text = tr("%1 is not a timeout; use a number of seconds greater than 0 (at least 0.001) and at most %2 (default %3)")
                   .arg(value)
                   .arg(p.value(QStringLiteral("maximum")).toLongLong())
                   .arg(p.value(QStringLiteral("default")).toString());
    } else if (code == u"not_a_choice") {
        text = key == u"SMTP_AUTH_MECHANISM" ? tr("%1 is not supported; use auto, PLAIN, LOGIN or CRAM-MD5").arg(value)
                                             : tr("%1 is not one of the accepted values; use %2")
                                                   .arg(value, alternatives(p.value(QStringLiteral("choices")).toStringList()));
        if (key == u"SMTP_TLS_MODE")
            text = tr("%1 is not a TLS mode; use implicit, starttls or none").arg(value);
    } else if (code == u"not_a_fingerprint") {
        text = audience == Audience::CommandLine ? tr("%1 is not a SHA-256 fingerprint; use 64 hex digits (colons allowed), as "
                                                      "`openssl x509 -noout -fingerprint -sha256` prints it")
                                                       .arg(value)
                                                 : tr("%1 is not a SHA-256 fingerprint; use 64 hex digits (colons allowed)").arg(value);
    } else if (code == u"not_a_nameserver") {
        //: DNS_SERVER's value. Keep the example addresses as they are.
        text = tr("%1 is not a nameserver; use an IP address with an optional port, e.g. 192.0.2.53, 192.0.2.53:5353 or "
                  "[2001:db8::53]:53")
                   .arg(value);
    } else if (code == u"not_an_address") {
        const mime::AddressError why{mime::addressProblemFromCode(p.value(QStringLiteral("reason")).toString()),
                                     p.value(QStringLiteral("address")).toString(), p.value(QStringLiteral("detail")).toString()};
        text = MimeText::describe(why);
        if (text.isEmpty())
            text = tr("%1 is not an e-mail address; write name@domain").arg(value);
    } else if (code == u"verification_off") {
        text = audience == Audience::CommandLine ? tr("certificate verification is off: anyone on the path can read the password. "
                                                      "Prefer SMTP_TLS_CA_FILE to trust a self-signed server")
                                                 : tr("certificate verification is off: anyone on the path can read the password. "
                                                      "Prefer a trusted CA file or a pinned certificate");
    } else if (code == u"plaintext_credentials") {
        text = audience == Audience::CommandLine
                   ? tr("TLS is off: the password would travel in plaintext; the console sends it only to a loopback "
                        "server or with SMTP_ALLOW_PLAINTEXT_AUTH=true")
                   : tr("TLS is off: the password would travel in plaintext; the console sends it only to a server on this "
                        "machine unless you allow login without TLS");
    } else if (code == u"not_loopback") {
        text = tr("the relay listens on %1, not only on this machine: other machines can send mail through your account")
                   .arg(p.value(QStringLiteral("value")).toString());
    } else if (code == u"overrides_tls") {
        text = tr("overrides SMTP_TLS=%1").arg(p.value(QStringLiteral("value")).toString());
    } else if (code == u"bad_name") {
        text = tr("may not contain line breaks or '/'");
    } else if (code == u"not_a_region") {
        text = tr("%1 is not an SES region; use one of %2")
                   .arg(value, p.value(QStringLiteral("choices")).toStringList().join(QStringLiteral(", ")));
    } else if (code == u"name_taken") {
        text = tr("a profile named %1 exists; pick another name").arg(value);
    } else if (code == u"not_found") {
        text = tr("no profile %1").arg(value);
    } else if (code == u"cannot_write") {
        text = tr("cannot write %1").arg(p.value(QStringLiteral("file")).toString());
    } else if (code == u"env.syntax") {
        text = tr("line %1: expected KEY=value, got \"%2\"")
                   .arg(p.value(QStringLiteral("line")).toInt())
                   .arg(p.value(QStringLiteral("text")).toString());
    } else if (code == u"env.unterminated_quote") {
        text = tr("line %1: %2 has an unterminated %3 quote")
                   .arg(p.value(QStringLiteral("line")).toInt())
                   .arg(p.value(QStringLiteral("key")).toString(), p.value(QStringLiteral("quote")).toString());
    } else if (code == u"env.encoding") {
        text = tr("line %1 is not UTF-8 text; save the file as UTF-8").arg(p.value(QStringLiteral("line")).toInt());
    } else if (code == u"env.trailing_text") {
        text = tr("line %1: %2 has text after its closing quote; only a comment (after a space) may follow")
                   .arg(p.value(QStringLiteral("line")).toInt())
                   .arg(p.value(QStringLiteral("key")).toString());
    } else if (code == u"env.interpolation") {
        text = tr("line %1: %2 uses $: Docker Compose would expand it as a variable and the console does not; "
                  "write $$ for a literal $, or put the value in single quotes")
                   .arg(p.value(QStringLiteral("line")).toInt())
                   .arg(p.value(QStringLiteral("key")).toString());
    } else if (code == u"env.more_errors") {
        text = tr("… and %n more problem(s) not shown", nullptr, p.value(QStringLiteral("count")).toInt());
    } else if (code == u"provider.port") {
        text = tr("%1 serves SMTP on ports %2, not %3")
                   .arg(p.value(QStringLiteral("provider")).toString(),
                        p.value(QStringLiteral("ports")).toStringList().join(QStringLiteral(", ")))
                   .arg(p.value(QStringLiteral("value")).toInt());
    } else if (code == u"provider.implicit_port") {
        text = audience == Audience::CommandLine ? tr("port %1 of %2 expects implicit TLS; set SMTP_TLS_MODE=implicit")
                                                       .arg(p.value(QStringLiteral("port")).toInt())
                                                       .arg(p.value(QStringLiteral("provider")).toString())
                                                 : tr("port %1 of %2 expects implicit TLS; choose \"implicit\" as the TLS mode")
                                                       .arg(p.value(QStringLiteral("port")).toInt())
                                                       .arg(p.value(QStringLiteral("provider")).toString());
    } else if (code == u"sendgrid.user") {
        // An empty user gets the rule alone, not "…, not \"\"".
        text = p.value(QStringLiteral("value")).toString().isEmpty()
                   ? tr("SendGrid's user name is the literal word apikey")
                   : tr("SendGrid's user name is the literal word apikey, not %1").arg(value);
    } else if (code == u"sendgrid.key") {
        text = tr("SendGrid API keys start with SG.; this looks like an account password");
    } else if (code == u"postmark.token") {
        text = tr("with a Postmark Server API token, user name and password are the same token; "
                  "they differ only for an SMTP Token (access key + secret key)");
    } else if (code == u"ses.iam_key") {
        text = tr("a 40-character secret with an AKIA… user looks like an IAM access key; "
                  "SES needs SMTP credentials generated for region %1 (their password is 44 characters)")
                   .arg(p.value(QStringLiteral("region")).toString());
    } else if (code == u"ses.region_host") {
        text = tr("SES SMTP credentials work only in their own region: expected %1").arg(p.value(QStringLiteral("expected")).toString());
    } else if (code == u"ses.tls") {
        text = tr("Amazon SES refuses unencrypted connections");
    } else if (code == u"mailgun.user") {
        text = tr("Mailgun SMTP logins look like postmaster@your-domain; %1 has no domain").arg(value);
    } else if (code == u"mailgun.eu_host") {
        text = tr("EU Mailgun domains send through %1").arg(p.value(QStringLiteral("expected")).toString());
    } else if (code == u"provider.user_address") {
        text = tr("%1 logs in with the mailbox's full address (name@domain), not %2")
                   .arg(p.value(QStringLiteral("provider")).toString(), value);
    } else if (code == u"port25") {
        text = tr("port 25 is often blocked by ISPs and clouds; prefer 587");
    } else {
        //: An unknown problem code, shown as is
        text = tr("invalid value (%1)").arg(code);
    }
    if (key == u"file")
        return text;
    QString prefix;
    if (p.contains(QStringLiteral("file"))) {
        const QString profile = p.value(QStringLiteral("profile")).toString();
        prefix = profile.isEmpty() ? p.value(QStringLiteral("file")).toString() + QStringLiteral(": ")
                                   : tr("%1, profile \"%2\": ").arg(p.value(QStringLiteral("file")).toString(), profile);
    }
    return prefix + name(key, audience) + QStringLiteral(": ") + text;
}

namespace {

// Levenshtein distance, for "did you mean": typos of a variable name are a letter or two off.
int distance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

namespace {

// The known variable a typo most likely meant; empty when none is close.
QString closestKey(const QString &key)
{
    QString best;
    int bestDistance = 4; // further than this is no typo
    for (const settings::Field &f : settings::fields()) {
        const int d = (key.startsWith(f.key) || f.key.startsWith(key)) ? 1 : distance(key, f.key);
        if (d < bestDistance) {
            bestDistance = d;
            best = f.key;
        }
    }
    return best;
}

} // namespace

QString SettingsText::unknownKey(const QString &key)
{
    const QString best = closestKey(key);
    return best.isEmpty() ? tr("%1 is not a setting the console knows (see the README's list of SMTP_* variables)").arg(key)
                          : tr("%1 is not a setting the console knows; did you mean %2?").arg(key, best);
}

QString SettingsText::unknownKeyNotImported(const QString &key)
{
    const QString best = closestKey(key);
    return best.isEmpty() ? tr("%1 was not imported: it is not a setting the console knows (see the README's list of SMTP_* "
                               "variables)")
                                .arg(key)
                          : tr("%1 was not imported: it is not a setting the console knows (did you mean %2?)").arg(key, best);
}

QStringList SettingsText::describe(const QList<settings::Issue> &issues, Audience audience)
{
    QStringList lines;
    for (const settings::Issue &issue : issues)
        lines.append(describe(issue, audience));
    return lines;
}

} // namespace selfmx::text
