// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "errortext.h"

#include "mimetext.h"
#include "settingstext.h"

namespace selfmx::text {

namespace {

using smtp::Error;

QString stageLabel(smtp::Stage stage)
{
    // The stage names are those of the exit status table (README), in both audiences.
    return smtp::stageName(stage);
}

// "SMTP_TLS_MODE=implicit" for the command line, "TLS mode “implicit”" for the window.
QString assignment(const QString &key, const QString &value, Audience audience)
{
    if (audience == Audience::CommandLine)
        return key + u'=' + value;
    if (key == u"SMTP_PORT")
        return ErrorText::tr("%1 %2").arg(ErrorText::settingName(key, audience), value);
    return ErrorText::tr("%1 \u201c%2\u201d").arg(ErrorText::settingName(key, audience), value);
}

QString peerOf(const Error &error)
{
    return error.parameters.value(QStringLiteral("host")).toString() + u':' + error.parameters.value(QStringLiteral("port")).toString();
}

QString text(const Error &error, const char *name)
{
    return error.parameters.value(QString::fromLatin1(name)).toString();
}

} // namespace

QString ErrorText::settingName(const QString &key, Audience audience)
{
    if (audience == Audience::CommandLine)
        return key;
    // The window names a setting by its form label, from the field table.
    if (const settings::Field *f = settings::field(key))
        return SettingsText::label(*f);
    return key;
}

QString ErrorText::sentence(const Error &error, Audience audience)
{
    const QString &code = error.code;
    const QString peer = peerOf(error);
    const QString seconds = text(error, "seconds");
    auto name = [audience](const char *key) { return settingName(QString::fromLatin1(key), audience); };
    auto set = [audience](const char *key, const char *value) {
        return assignment(QString::fromLatin1(key), QString::fromLatin1(value), audience);
    };

    // Resolve and connect
    if (code == u"resolve.host_missing")
        return tr("%1 is required; set it to your SMTP server's name").arg(name("SMTP_HOST"));
    if (code == u"resolve.not_found")
        return tr("the host name %1 does not resolve; check %2 for typos").arg(text(error, "host"), name("SMTP_HOST"));
    if (code == u"connect.refused")
        return tr("%1 refused the connection: nothing listens on that port, or a firewall rejects it; "
                  "check %2 and %3, or try 587, 465 or 2525")
            .arg(peer, name("SMTP_HOST"), name("SMTP_PORT"));
    if (code == u"connect.timeout")
        return tr("no TCP connection to %1 within %2 s: the port is filtered (typical of blocked port 25) "
                  "or the host is down; try another port or network")
            .arg(peer, seconds);
    if (code == u"connect.failed" || code == u"session.network_error")
        return tr("network error talking to %1").arg(peer);

    // Greeting and EHLO
    if (code == u"greeting.timeout")
        return tr("connected, but %1 sent no greeting within %2 s; if this port expects implicit TLS "
                  "(usually 465), set %3")
            .arg(peer, seconds, set("SMTP_TLS_MODE", "implicit"));
    if (code == u"greeting.rejected")
        return tr("the server does not accept a session from us");
    if (code == u"greeting.not_220")
        return tr("the server's greeting is not 220");
    if (code == u"ehlo.rejected")
        return tr("the server refused %1").arg(text(error, "command"));

    // TLS
    if (code == u"tls.ca_file_unreadable")
        return tr("%1: no PEM certificate could be read from \"%2\"; give the path of the CA certificate in PEM format")
            .arg(name("SMTP_TLS_CA_FILE"), text(error, "path"));
    if (code == u"tls.starttls_not_offered")
        return tr("%1 does not offer STARTTLS, and TLS is required, so nothing was sent in plaintext; "
                  "use the server's TLS port (%2 or %3), or %4 only for a trusted local server")
            .arg(peer, set("SMTP_PORT", "465"), set("SMTP_TLS_MODE", "implicit"), set("SMTP_TLS", "false"));
    if (code == u"tls.starttls_refused")
        return tr("the server refused STARTTLS");
    if (code == u"tls.starttls_injection")
        return tr("the server sent data after its STARTTLS reply, before TLS began");
    if (code == u"tls.handshake_failed")
        return tr("the TLS handshake with %1 failed").arg(peer);
    if (code == u"tls.certificate_unverified")
        return tr("the certificate of %1 could not be verified (%2); trust its CA with %3, "
                  "or connect by the name in the certificate")
            .arg(peer, error.parameters.value(QStringLiteral("reasons")).toStringList().join(QStringLiteral("; ")),
                 name("SMTP_TLS_CA_FILE"));

    if (code == u"tls.pin_mismatch")
        //: %1 the server, %2 the pin setting, %3 the SHA-256 fingerprint the server presented
        return tr("the certificate of %1 is not the one pinned in %2 (it presented SHA-256 %3); if the server's certificate was "
                  "renewed, check the new one and pin it, otherwise someone may be intercepting the connection")
            .arg(peer, name("SMTP_TLS_PIN_SHA256"), text(error, "fingerprint"));

    // AUTH
    if (code == u"auth.plaintext_refused")
        return tr("refusing to send the password to %1 without TLS; enable TLS (%2), or set %3 if you accept the risk")
            .arg(peer, set("SMTP_TLS", "true"), set("SMTP_ALLOW_PLAINTEXT_AUTH", "true"));
    if (code == u"auth.not_offered")
        return tr("%1 does not offer AUTH; leave %2 empty if it needs no login").arg(peer, name("SMTP_USER"));
    if (code == u"auth.not_offered_without_tls")
        return tr("%1 does not offer AUTH without TLS; enable TLS (%2)").arg(peer, set("SMTP_TLS", "true"));
    if (code == u"auth.no_common_mechanism")
        return tr("the server offers only AUTH %1, none of which the console supports (PLAIN, LOGIN, CRAM-MD5)")
            .arg(text(error, "offered"));
    if (code == u"auth.forced_mechanism_not_offered")
        return tr("%1 is not offered; the server offers %2")
            .arg(assignment(QStringLiteral("SMTP_AUTH_MECHANISM"), text(error, "mechanism"), audience), text(error, "offered"));
    if (code == u"auth.rejected")
        return tr("the server rejected the user name or password (%1 / %2)").arg(name("SMTP_USER"), name("SMTP_PASS"));
    if (code == u"auth.web_login_required")
        return tr("the server wants a different sign-in: an app-specific password, or a login through its web page first");
    if (code == u"auth.tls_required")
        return tr("the server requires another step (usually TLS) before AUTH");
    if (code == u"auth.encryption_required")
        return tr("the server requires encryption for this AUTH mechanism");
    if (code == u"auth.mechanism_unsupported")
        return tr("the server does not support AUTH %1 after all; force another with %2")
            .arg(text(error, "mechanism"), name("SMTP_AUTH_MECHANISM"));
    if (code == u"auth.temporary")
        return tr("temporary authentication failure on the server; try again later");
    if (code == u"auth.failed")
        return tr("authentication failed");
    if (code == u"auth.too_many_steps")
        return tr("the server asked for more AUTH %1 steps than the mechanism has").arg(text(error, "mechanism"));

    // The message
    if (code == u"sender.rejected")
        return tr("the server refused the sender address");
    if (code == u"sender.unsafe_address" || code == u"recipient.unsafe_address")
        return tr("the address \"%1\" contains a space, a line break or angle brackets").arg(text(error, "address"));
    if (code == u"sender.smtputf8_not_offered")
        return tr("an address has non-ASCII characters, which needs SMTPUTF8 (RFC 6531), and %1 does not offer it; "
                  "use an ASCII address")
            .arg(peer);
    if (code == u"sender.8bitmime_not_offered")
        return tr("the message has 8-bit content and %1 does not offer 8BITMIME; encode it as quoted-printable or base64").arg(peer);
    if (code == u"sender.too_large")
        return tr("the message is %1 bytes and %2 accepts at most %3 bytes (SIZE)").arg(text(error, "size"), peer, text(error, "maxSize"));
    if (code == u"sender.content_unavailable")
        return tr("the message cannot be built: %1").arg(text(error, "reason"));
    if (code == u"recipient.none")
        return tr("the message has no recipients");
    if (code == u"recipient.all_rejected")
        return tr("the server refused every recipient");
    if (code == u"data.rejected")
        return tr("the server refused DATA");
    if (code == u"data.message_rejected")
        return tr("the server refused the message");
    if (code == u"data.content_unreadable")
        return tr("the message content cannot be read");
    if (code == u"data.read_failed")
        return tr("reading the message failed after %1 bytes: %2")
            .arg(text(error, "bytes"), MimeText::describeReadFailure(text(error, "reason")));
    if (code == u"data.cancelled")
        return tr("the message was cancelled during DATA");
    if (code == u"quit.unexpected_reply")
        return tr("unexpected reply to QUIT");

    // Any stage
    if (code == u"session.timeout")
        return tr("no reply from %1 within %2 s (%3) while in state %4")
            .arg(peer, seconds, name("SMTP_TIMEOUT"), text(error, "waitingFor"));
    if (code == u"session.closed_by_server")
        return tr("the server closed the connection (while in state %1)").arg(text(error, "waitingFor"));
    if (code == u"session.protocol_error")
        return tr("the server broke the SMTP protocol");
    if (code == u"session.unexpected_reply")
        return tr("the server sent a reply nobody asked for");
    if (code == u"session.service_closing")
        return tr("the server is closing the connection (service not available)");
    if (code == u"session.rset_refused")
        return tr("the server refused RSET");
    if (code == u"session.cancelled")
        return tr("cancelled");
    if (code == u"session.not_accepting")
        return tr("the session is closing; the message was not sent");

    // A code this version does not know: the developer's words are better than nothing.
    return error.message.isEmpty() ? tr("failed (%1)").arg(code) : error.message;
}

QString ErrorText::describe(const Error &error, Audience audience)
{
    QString result = tr("%1: %2").arg(stageLabel(error.stage), sentence(error, audience));
    if (error.reply.code != 0) {
        // The server's words are a sentence of their own: end ours first.
        if (!result.isEmpty() && !QStringView(u".!?").contains(result.back()))
            result += u'.';
        result += tr(" The server said: %1").arg(error.reply.text());
    }
    if (!error.detail.isEmpty())
        result += tr(" (%1)").arg(error.detail);
    return result;
}

} // namespace selfmx::text
