// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "findingtext.h"

#include "errortext.h"
#include "settingstext.h"

#include <QStringList>
#include <QVariantList>

#include <algorithm>

namespace selfmx::text {

using diagnostics::Finding;
using diagnostics::SettingChange;

namespace {

const QString Host = QStringLiteral("SMTP_HOST");
const QString Port = QStringLiteral("SMTP_PORT");
const QString User = QStringLiteral("SMTP_USER");
const QString Pass = QStringLiteral("SMTP_PASS");
const QString Tls = QStringLiteral("SMTP_TLS");
const QString TlsMode = QStringLiteral("SMTP_TLS_MODE");
const QString Verify = QStringLiteral("SMTP_TLS_VERIFY");
const QString CaFile = QStringLiteral("SMTP_TLS_CA_FILE");
const QString Pin = QStringLiteral("SMTP_TLS_PIN_SHA256");
const QString Timeout = QStringLiteral("SMTP_TIMEOUT");
const QString Mechanism = QStringLiteral("SMTP_AUTH_MECHANISM");
const QString EhloName = QStringLiteral("SMTP_EHLO_NAME");
const QString AllowPlaintext = QStringLiteral("SMTP_ALLOW_PLAINTEXT_AUTH");

QString list(const Finding &f, const char *key, const QString &separator)
{
    return f.parameters.value(QString::fromLatin1(key)).toStringList().join(separator);
}

} // namespace

FindingText::FindingText(Audience audience)
    : m_audience(audience)
{
}

QString FindingText::title(const Finding &finding) const
{
    return words(finding).title;
}

QString FindingText::evidence(const Finding &finding) const
{
    return words(finding).evidence;
}

QString FindingText::fix(const Finding &finding) const
{
    QString text = words(finding).fix;
    if (!commandLine() && !finding.proposedChange.isEmpty())
        text += u' ' + tr("“Apply fix” sets %1.").arg(change(finding.proposedChange));
    return text;
}

QString FindingText::setting(const QString &key) const
{
    if (commandLine())
        return key;
    // The form's own label, from the field table.
    if (const settings::Field *f = settings::field(key))
        return SettingsText::label(*f);
    return key;
}

QString FindingText::displayValue(const QString &key, const QString &value) const
{
    if (key == TlsMode) {
        if (value == u"implicit")
            return tr("Implicit TLS");
        if (value == u"starttls")
            return tr("STARTTLS");
        if (value == u"none")
            return tr("None (plaintext)");
    }
    if (value == u"true")
        return tr("on");
    if (value == u"false")
        return tr("off");
    if (value.isEmpty())
        return tr("(empty)");
    return value;
}

QString FindingText::assignment(const QString &key, const QString &value) const
{
    if (commandLine())
        return key + u'=' + value;
    return tr("%1 to %2").arg(setting(key), displayValue(key, value));
}

QString FindingText::current(const QString &key, const QString &value) const
{
    if (commandLine())
        return key + u'=' + value;
    return tr("%1: %2").arg(setting(key), displayValue(key, value));
}

QString FindingText::change(const QList<SettingChange> &changes) const
{
    // When the TLS mode is set, "Use TLS" follows from it: the window names the mode only.
    const bool modeGiven = std::any_of(changes.cbegin(), changes.cend(), [](const SettingChange &c) { return c.key == TlsMode; });
    QStringList parts;
    for (const SettingChange &c : changes) {
        if (!commandLine() && modeGiven && c.key == Tls)
            continue;
        parts.append(assignment(c.key, c.value));
    }
    return parts.join(QStringLiteral(", "));
}

QString FindingText::applyFixLabel(const Finding &finding) const
{
    if (finding.proposedChange.isEmpty())
        return {};
    return tr("Apply fix: %1").arg(change(finding.proposedChange));
}

QString FindingText::defaultEvidence(const Finding &f) const
{
    if (const QString reply = f.parameter(QStringLiteral("reply")); !reply.isEmpty())
        return tr("the server said: %1").arg(reply);
    if (QString detail = f.parameter(QStringLiteral("detail")); !detail.isEmpty())
        return detail;
    return sessionError(f);
}

QString FindingText::sessionError(const Finding &f) const
{
    smtp::Error e;
    e.code = f.parameter(QStringLiteral("error_code"));
    if (e.code.isEmpty())
        return {};
    e.stage = smtp::Stage(f.parameters.value(QStringLiteral("error_stage")).toInt());
    for (auto it = f.parameters.cbegin(); it != f.parameters.cend(); ++it) {
        if (it.key().startsWith(QStringLiteral("error.")))
            e.parameters.insert(it.key().mid(6), it.value());
    }
    return ErrorText::sentence(e, m_audience);
}

QString FindingText::certificateEvidence(const Finding &f) const
{
    QString text = f.parameter(QStringLiteral("ssl_error"));
    if (!f.parameter(QStringLiteral("subject")).isEmpty() || !f.parameter(QStringLiteral("fingerprint")).isEmpty()) {
        const QString described = tr("certificate \"%1\" issued by \"%2\", valid %3 to %4, names [%5], SHA-256 %6")
                                      .arg(f.parameter(QStringLiteral("subject")), f.parameter(QStringLiteral("issuer")),
                                           f.parameter(QStringLiteral("not_before")), f.parameter(QStringLiteral("not_after")),
                                           list(f, "names", QStringLiteral(", ")), f.parameter(QStringLiteral("fingerprint")));
        text = text.isEmpty() ? described : text + QStringLiteral("; ") + described;
    }
    return text;
}

QString FindingText::trustFix(const Finding &f) const
{
    return tr("Trust it explicitly: save the server's CA (or, for a self-signed server, its certificate) as PEM and set %1 to "
              "that file, or pin exactly this certificate: set %2. Turning verification off (%3) is a last resort for "
              "development only.")
        .arg(setting(CaFile), assignment(Pin, f.parameter(QStringLiteral("fingerprint"))), current(Verify, QStringLiteral("false")));
}

QString FindingText::providerHint(const Finding &f) const
{
    const QString provider = f.parameter(QStringLiteral("provider"));
    QString hint;
    if (provider == u"sendgrid")
        hint = tr("SendGrid: %1 is the literal word apikey, and %2 an API key (it starts with SG.).").arg(setting(User), setting(Pass));
    else if (provider == u"mailgun")
        hint = tr("Mailgun: %1 is the domain's SMTP login (postmaster@your-domain); EU domains send through smtp.eu.mailgun.org.")
                   .arg(setting(User));
    else if (provider == u"ses")
        hint = tr("Amazon SES: use the SMTP credentials created for region %1 (the password has 44 characters), not IAM access "
                  "keys; they work only in their own region.")
                   .arg(f.parameter(QStringLiteral("region")).isEmpty() ? tr("of the endpoint") : f.parameter(QStringLiteral("region")));
    else if (provider == u"postmark")
        hint = tr("Postmark: with a Server API token, %1 and %2 are both the token.").arg(setting(User), setting(Pass));
    else if (provider == u"gmail")
        hint = tr("Gmail: %1 is the full address and %2 an app password (needs 2-Step Verification), not the account password.")
                   .arg(setting(User), setting(Pass));
    else if (provider == u"microsoft365")
        hint = tr("Microsoft 365: %1 is the mailbox's full address, and Authenticated SMTP must be enabled for that mailbox "
                  "in the admin center (security defaults turn it off).")
                   .arg(setting(User));
    else if (provider == u"outlook")
        hint = tr("Outlook.com: %1 is the full address; Microsoft is moving Outlook.com to OAuth sign-in, so a password "
                  "may be refused even when it is right.")
                   .arg(setting(User));
    else if (provider == u"postfix")
        hint = tr("Postfix: check its SASL configuration and the user's entry in the SASL database.");
    return hint.isEmpty() ? QString() : u' ' + tr("Provider hint: %1").arg(hint);
}

FindingText::Words FindingText::words(const Finding &f) const
{
    const QString code = f.code;
    const QString host = f.parameter(QStringLiteral("host"));
    const QString port = f.parameter(QStringLiteral("port"));
    const QString hostPort = host + u':' + port;
    const QString seconds = f.parameter(QStringLiteral("timeout_s"));
    const QString stage = f.parameter(QStringLiteral("stage"));
    Words w;
    w.evidence = defaultEvidence(f);

    if (code == u"dns.not_found") {
        w.title = tr("The host name %1 does not resolve").arg(host);
        if (f.parameters.value(QStringLiteral("dns_timeout")).toBool())
            w.evidence = tr("no answer from DNS within %1 s").arg(seconds);
        w.fix = commandLine() ? tr("Check %1 for typos (the provider's documented name, e.g. smtp.sendgrid.net); check this "
                                   "machine's DNS with `getent hosts %2`.")
                                    .arg(setting(Host), host)
                              : tr("Check %1 for typos (the provider's documented name, e.g. smtp.sendgrid.net) and this "
                                   "machine's DNS settings.")
                                    .arg(setting(Host));
    } else if (code == u"connect.refused" || code == u"connect.timeout" || code == u"connect.unreachable") {
        QStringList attempts;
        for (const QVariant &v : f.parameters.value(QStringLiteral("attempts")).toList()) {
            const QVariantMap a = v.toMap();
            QString error = a.value(QStringLiteral("error")).toString();
            if (error.isEmpty() && a.value(QStringLiteral("timed_out")).toBool())
                error = tr("no answer within %1 s").arg(seconds);
            attempts.append(tr("%1: %2").arg(a.value(QStringLiteral("address")).toString(), error));
        }
        w.evidence = attempts.join(QStringLiteral("; "));
        if (code == u"connect.refused") {
            w.title = tr("%1 refused the connection").arg(hostPort);
            w.fix = tr("Nothing listens on port %1 there, or a firewall rejects it. Verify %2 and %3; try the provider's other "
                       "ports (587 STARTTLS, 465 implicit TLS, 2525).")
                        .arg(port, setting(Host), setting(Port));
            if (commandLine())
                w.fix += u' ' + tr("`selfmx-console discover %1` tries them all.").arg(host);
        } else if (code == u"connect.timeout") {
            w.title = tr("No answer from %1: the connection attempt timed out").arg(hostPort);
            w.fix = port == u"25" ? tr("Outbound port 25 is blocked by most ISPs and cloud providers (packets are dropped). Use the "
                                       "submission port 587 with STARTTLS, or 465 with implicit TLS.")
                                  : tr("A firewall drops the packets, or the host is down. Check firewall rules for outbound "
                                       "connections to port %1; try 587, 465 or 2525.")
                                        .arg(port);
        } else {
            w.title = tr("%1 is unreachable from this machine").arg(hostPort);
            w.fix = tr("This machine has no route to that network (no IPv6, a VPN, or no network at all). Check the network "
                       "connection and routes.");
        }
    } else if (code == u"connect.failed") {
        w.title = tr("Could not connect to %1").arg(hostPort);
        w.fix = tr("Verify %1 and %2, and that outbound connections to port %3 are allowed.").arg(setting(Host), setting(Port), port);
    } else if (code == u"connect.ipv6_failed" || code == u"connect.ipv4_failed") {
        const bool v6Broken = code == u"connect.ipv6_failed";
        const QString works = v6Broken ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
        const QString broken = v6Broken ? QStringLiteral("IPv6") : QStringLiteral("IPv4");
        w.title = tr("%1 works, %2 does not").arg(works, broken);
        w.evidence = tr("%1: %2").arg(f.parameter(QStringLiteral("address")), f.parameter(QStringLiteral("detail")).isEmpty()
                                                                                  ? tr("no answer within %1 s").arg(seconds)
                                                                                  : f.parameter(QStringLiteral("detail")));
        w.fix = tr("Clients that try %1 first wait for it to fail before falling back. Fix %1 routing or firewalling, or remove "
                   "the server's %2 record.")
                    .arg(broken, v6Broken ? QStringLiteral("AAAA") : QStringLiteral("A"));
    } else if (code == u"connect.port25") {
        w.title = tr("Port 25 is in use");
        w.evidence = current(Port, QStringLiteral("25"));
        w.fix = tr("Port 25 is for server-to-server relay and is often blocked or throttled for clients; use the submission "
                   "port 587 (STARTTLS) or 465 (implicit TLS).");
    } else if (code == u"greeting.timeout") {
        w.title = tr("Connected, but %1 sent no greeting within %2 s").arg(hostPort, seconds);
        w.fix = tr("Check that %1 is the server's SMTP port. A server that expects implicit TLS (usually 465) waits silently: "
                   "set %2 there. A heavily loaded or tarpitting server may greet late: raise %3.")
                    .arg(setting(Port), assignment(TlsMode, QStringLiteral("implicit")), setting(Timeout));
    } else if (code == u"tls.port_expects_implicit") {
        w.title = tr("Port %1 speaks implicit TLS, but the settings wait for a plaintext greeting").arg(port);
        w.evidence = tr("no greeting within %1 s, while a TLS handshake on the same port got a certificate").arg(seconds);
        w.fix = commandLine() ? tr("Set %1 for this port (%2 with port 465 does it by itself), or use the server's STARTTLS "
                                   "port, usually 587.")
                                    .arg(assignment(TlsMode, QStringLiteral("implicit")), assignment(Tls, QStringLiteral("true")))
                              : tr("Set %1 for this port, or use the server's STARTTLS port, usually 587.")
                                    .arg(assignment(TlsMode, QStringLiteral("implicit")));
    } else if (code == u"greeting.rejected") {
        w.title = tr("The server refuses to talk to this client (%1 greeting)").arg(f.parameter(QStringLiteral("reply_code")));
        w.fix = tr("The server's access rules, a blocklist entry for this machine's IP address, or a connection limit turned "
                   "the session away. Ask the server's operator or provider; try from another network.");
    } else if (code == u"greeting.not_smtp") {
        w.title = tr("Port %1 does not speak SMTP").arg(port);
        w.fix = tr("%1 points at another service; use the server's SMTP port (587, 465, 25 or 2525).").arg(setting(Port));
    } else if (code == u"greeting.closed") {
        w.title = tr("The server closed the connection before greeting");
        w.fix = tr("The server drops this client (access rules, rate limits, or a TLS-only port); check the server's logs or "
                   "try another port.");
    } else if (code == u"tls.starttls_not_offered") {
        w.title = tr("The server does not offer STARTTLS, and TLS is required");
        w.evidence = tr("EHLO reply: %1").arg(list(f, "capabilities", QStringLiteral(", ")));
        w.fix = tr("Nothing was sent in plaintext. Use the server's implicit-TLS port (465, or set %1) or its STARTTLS port "
                   "(587). Only for a trusted local server: set %2.")
                    .arg(assignment(TlsMode, QStringLiteral("implicit")), assignment(Tls, QStringLiteral("false")));
    } else if (code == u"tls.port_expects_plaintext") {
        w.title = tr("Port %1 greets in plaintext, but the settings start TLS at once (implicit TLS)").arg(port);
        const QString library = f.parameter(QStringLiteral("detail")).isEmpty() ? sessionError(f) : f.parameter(QStringLiteral("detail"));
        w.evidence = tr("the server said first: %1; the TLS library: %2").arg(f.parameter(QStringLiteral("plaintext_greeting")), library);
        w.fix = commandLine() ? tr("Use STARTTLS on this port: %1 (with %2, any port but 465 does this), or connect to the "
                                   "server's implicit-TLS port, usually 465.")
                                    .arg(assignment(TlsMode, QStringLiteral("starttls")), assignment(Tls, QStringLiteral("true")))
                              : tr("Use STARTTLS on this port: set %1, or connect to the server's implicit-TLS port, usually 465.")
                                    .arg(assignment(TlsMode, QStringLiteral("starttls")));
    } else if (code == u"tls.handshake_timeout") {
        w.title = tr("No TLS handshake with %1 within %2 s").arg(hostPort, seconds);
        w.fix = tr("The port accepts connections but does not answer TLS. Check %1 and the TLS mode (465: implicit; 587: "
                   "STARTTLS).")
                    .arg(setting(Port));
    } else if (code == u"tls.handshake_failed") {
        w.title = tr("The TLS handshake with %1 failed").arg(hostPort);
        w.fix = tr("The server and this machine share no TLS version or cipher, or the server closed the connection. Check the "
                   "server's TLS configuration (TLS 1.2 or newer).");
    } else if (code == u"tls.ca_file_unreadable") {
        w.title = tr("%1 cannot be used").arg(setting(CaFile));
        w.fix = tr("Point %1 at a readable PEM file with the CA certificate.").arg(setting(CaFile));
    } else if (code == u"tls.starttls_injection") {
        w.title = tr("Data arrived after the STARTTLS reply, before TLS began");
        w.fix = tr("Something between you and the server injects data (a broken proxy or an attack). Use implicit TLS (465) "
                   "or another network.");
    } else if (code == u"tls.starttls_refused") {
        w.title = tr("STARTTLS failed");
        w.fix = tr("The server offered STARTTLS but did not start it; check the server's TLS certificate and key "
                   "configuration.");
    } else if (code.startsWith(u"tls.cert.") && code != u"tls.cert.expiring_soon") {
        w.evidence = certificateEvidence(f);
        if (code == u"tls.cert.self_signed") {
            w.title = tr("The server's certificate is self-signed");
            w.fix = trustFix(f);
        } else if (code == u"tls.cert.unknown_issuer") {
            w.title = tr("The certificate's issuer is not trusted here");
            w.fix = tr("If the server uses a private CA, set %1 to that CA's certificate (PEM). If it uses a public CA, the "
                       "server probably does not send its intermediate certificates: fix the chain on the server. Or pin the "
                       "certificate: set %2.")
                        .arg(setting(CaFile), assignment(Pin, f.parameter(QStringLiteral("fingerprint"))));
        } else if (code == u"tls.cert.expired") {
            w.title = tr("The server's certificate expired on %1").arg(f.parameter(QStringLiteral("not_after")));
            w.fix = tr("Renew the certificate on the server (e.g. `certbot renew`) and reload the mail server; also check this "
                       "machine's clock.");
        } else if (code == u"tls.cert.not_yet_valid") {
            w.title = tr("The server's certificate is not valid before %1").arg(f.parameter(QStringLiteral("not_before")));
            w.fix = tr("Check the clocks of this machine and of the server (NTP); a freshly issued certificate may also have "
                       "been installed too early.");
        } else if (code == u"tls.cert.host_mismatch") {
            w.title = tr("The certificate is not for %1").arg(host);
            const QString names = list(f, "names", QStringLiteral(", "));
            w.fix = names.isEmpty()
                        ? tr("Connect by the name the certificate was issued for, or get a certificate that includes %1.").arg(host)
                        : tr("Set %1 to a name in the certificate (%2), or get a certificate that includes %3.")
                              .arg(setting(Host), names, host);
        } else {
            w.title = tr("The certificate could not be verified: %1").arg(f.parameter(QStringLiteral("ssl_error")));
            w.fix = trustFix(f);
        }
    } else if (code == u"tls.verify_disabled") {
        if (f.parameters.value(QStringLiteral("verifies")).toBool()) {
            w.title = tr("Certificate verification is off");
            w.evidence = current(Verify, QStringLiteral("false"));
            w.fix = tr("The certificate verifies: set %1.").arg(assignment(Verify, QStringLiteral("true")));
        } else {
            w.title = tr("Certificate verification is off, and the certificate does not verify");
            w.evidence = list(f, "ssl_errors", QStringLiteral("; "));
            w.fix = tr("Anyone on the path can impersonate the server and read the password. Trust the CA with %1 or pin the "
                       "certificate with %2, then set %3.")
                        .arg(setting(CaFile), setting(Pin), assignment(Verify, QStringLiteral("true")));
        }
    } else if (code == u"tls.cert.expiring_soon") {
        w.title = tr("The server's certificate expires in %n day(s)", nullptr, f.parameters.value(QStringLiteral("days")).toInt());
        w.evidence = tr("not after %1").arg(f.parameter(QStringLiteral("not_after")));
        w.fix = tr("Renew it now (e.g. `certbot renew`) and reload the mail server.");
    } else if (code == u"tls.disabled") {
        w.title = tr("TLS is off: mail and credentials travel unencrypted");
        w.evidence = current(Tls, QStringLiteral("false"));
        w.fix = f.parameters.value(QStringLiteral("starttls_offered")).toBool()
                    ? tr("The server offers STARTTLS: set %1.").arg(assignment(Tls, QStringLiteral("true")))
                    : tr("Use a port with TLS (587 STARTTLS or 465).");
    } else if (code == u"tls.pin_mismatch") {
        w.title = tr("The server's certificate is not the pinned one");
        //: %1 the fingerprint the server presented, %2 the pinned one
        w.evidence =
            tr("presented SHA-256 %1, pinned %2").arg(f.parameter(QStringLiteral("fingerprint")), f.parameter(QStringLiteral("pinned")));
        w.fix = tr("Nothing was sent. If the server's certificate was renewed, check the new one (its issuer and dates) and pin it in "
                   "%1; if not, someone may be intercepting the connection.")
                    .arg(setting(Pin));
    } else if (code == u"tls.pinned") {
        w.title = tr("The pinned certificate was accepted");
        w.evidence = list(f, "ssl_errors", QStringLiteral("; "));
        w.fix = tr("Nothing to change now; when the server's certificate is renewed, pin the new one in %1.").arg(setting(Pin));
    } else if (code == u"ehlo.rejected") {
        w.title = tr("The server refused EHLO and HELO");
        w.fix = tr("Some servers require a fully qualified EHLO name: set %1 to this machine's public host name.").arg(setting(EhloName));
    } else if (code == u"auth.offered_before_tls") {
        w.title = tr("The server offers AUTH before TLS");
        w.evidence = tr("EHLO before STARTTLS: %1").arg(list(f, "capabilities", QStringLiteral(", ")));
        w.fix = tr("The console never sends the password before TLS, but clients that do not insist on STARTTLS will. On the "
                   "server, offer AUTH only after TLS (Postfix: smtpd_tls_auth_only = yes).");
    } else if (code == u"auth.rejected") {
        w.title = tr("The server rejected the user name or password");
        w.fix = tr("Double-check %1 and %2 (no stray spaces or line breaks). Some providers need an app-specific password or "
                   "SMTP access enabled for the account.")
                    .arg(setting(User), setting(Pass))
                + providerHint(f);
    } else if (code == u"auth.web_login_required") {
        w.title = f.parameter(QStringLiteral("enhanced_code")) == u"5.7.14"
                      ? tr("The provider wants you to sign in through its web page first")
                      : tr("The provider requires an app-specific password (or a stronger sign-in)");
        w.fix = tr("Create an app password in the account's security settings and use it as %1; if the server said 5.7.14, sign "
                   "in once in a browser from this network, then retry.")
                    .arg(setting(Pass));
    } else if (code == u"auth.tls_required") {
        w.title = tr("The server requires TLS before AUTH");
        w.fix = tr("Enable TLS: set %1 (STARTTLS on 587, implicit on 465).").arg(assignment(Tls, QStringLiteral("true")));
    } else if (code == u"auth.temporary") {
        w.title = tr("Temporary authentication failure on the server");
        w.fix = tr("Retry in a few minutes. If it persists, the server's authentication backend is down or misconfigured (for "
                   "Postfix: its SASL configuration); tell its operator.");
    } else if (code == u"auth.plaintext_refused") {
        w.title = tr("The console refused to send the password without TLS");
        w.fix = tr("Enable TLS (set %1). Only if you accept the risk: set %2.")
                    .arg(assignment(Tls, QStringLiteral("true")), assignment(AllowPlaintext, QStringLiteral("true")));
    } else if (code == u"auth.requires_tls") {
        w.title = tr("The server offers AUTH only after TLS");
        w.evidence = tr("EHLO without TLS: %1").arg(list(f, "capabilities", QStringLiteral(", ")));
        w.fix = tr("Enable TLS: set %1 (the server offers %2).")
                    .arg(assignment(Tls, QStringLiteral("true")), f.parameters.value(QStringLiteral("starttls_offered")).toBool()
                                                                      ? QStringLiteral("STARTTLS")
                                                                      : tr("no STARTTLS here; try port 465"));
    } else if (code == u"auth.not_offered") {
        w.title = tr("The server does not offer AUTH at all");
        w.evidence = tr("EHLO: %1").arg(list(f, "capabilities", QStringLiteral(", ")));
        w.fix = tr("This port does not take logins: it may relay by IP address (leave %1 empty) or be a server-to-server port "
                   "(use the submission port 587).")
                    .arg(setting(User));
    } else if (code == u"auth.no_common_mechanism") {
        w.title = tr("No AUTH mechanism in common with the server");
        w.fix = tr("The console speaks PLAIN, LOGIN and CRAM-MD5; leave %1 at auto or pick one the server offers (%2).")
                    .arg(setting(Mechanism), list(f, "mechanisms", QStringLiteral(" ")));
    } else if (code == u"auth.failed") {
        w.title = tr("Authentication failed");
        w.fix = tr("Check %1 and %2.").arg(setting(User), setting(Pass)) + providerHint(f);
    } else if (code == u"sender.rejected") {
        w.title = tr("The server refuses %1 as sender").arg(f.parameter(QStringLiteral("sender")));
        w.fix = f.parameters.value(QStringLiteral("policy")).toBool()
                    ? tr("This account may not send as this address: use a sender (or domain) verified with the provider, or the "
                         "address you log in with.")
                    : tr("Check the sender address and that its domain exists (has MX or A records).");
    } else if (code.startsWith(u"recipient.") && !code.endsWith(u".timeout") && !code.endsWith(u".failed")) {
        w.title = tr("The server refuses recipient %1").arg(f.parameter(QStringLiteral("recipient")));
        if (code == u"recipient.unknown")
            w.fix = tr("The mailbox does not exist there: check the address for typos.");
        else if (code == u"recipient.policy_denied")
            w.fix = tr("The server will not take mail for this recipient from you: relaying needs a login (set %1 and %2), or "
                       "its access rules forbid this recipient.")
                        .arg(setting(User), setting(Pass));
        else if (code == u"recipient.deferred")
            w.fix = tr("A temporary refusal (greylisting, a full mailbox, rate limits): retry later.");
        else
            w.fix = tr("See the server's words; the recipient may be misspelled or the server may not accept it.");
    } else if (code == u"data.rejected") {
        w.title = tr("The server refused the test message");
        w.fix = tr("Content or size policy refused it; see the server's words.");
    } else if (code == u"send.accepted") {
        w.title = tr("The test message was accepted");
        w.evidence = f.parameter(QStringLiteral("reply"));
        w.fix = tr("Nothing to change: look for the message at %1.").arg(f.parameter(QStringLiteral("recipient")));
    } else if (code == u"session.closed") {
        w.title = tr("The server ended the session");
        w.fix = tr("The server closed the connection (shutting down, or a limit was hit); retry later.");
    } else if (code == u"diagnosis.incomplete") {
        w.title = tr("The diagnosis was stopped at the %1 stage").arg(stage);
        w.fix = tr("Run it again; raise %1 if the server is slow.").arg(setting(Timeout));
    } else if (code.endsWith(u".timeout")) {
        w.title = tr("The server stopped answering during %1").arg(stage);
        w.fix = tr("Raise %1 if the server is slow; otherwise check its logs.").arg(setting(Timeout));
    } else if (code.endsWith(u".failed")) {
        w.title = tr("The %1 stage failed").arg(stage);
        w.fix = tr("See the server's words in the evidence.");
    } else {
        w.title = code; // a code this version has no words for: at least its name
    }
    return w;
}

} // namespace selfmx::text
