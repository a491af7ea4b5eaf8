// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// The rules table, row by row: one Observation per finding code, filled by hand (no
// network), and the finding it must produce: code, severity, stage, the key parameters and
// the proposed settings change. Then the words: every code has a title and a fix for the
// command line and for the window, and the window's words name no command-line flag.
#include "printers.h"

#include "diagnostics/rules.h"
#include "text/findingtext.h"
#include "text/reporttext.h"

#include <QSet>

#include <gtest/gtest.h>

#include <functional>

using namespace selfmx;
using namespace selfmx::diagnostics;
using smtp::ErrorCategory;
using smtp::Stage;
using smtp::TlsMode;

namespace selfmx::diagnostics {
inline void PrintTo(Severity v, std::ostream *os)
{
    smtp::printEnum(v, os);
}
inline void PrintTo(const SettingChange &c, std::ostream *os)
{
    *os << c.key.toStdString() << '=' << c.value.toStdString();
}
} // namespace selfmx::diagnostics

namespace {

const QString Fingerprint =
    QStringLiteral("AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89");

smtp::Reply reply(int code, const char *enhanced, const char *text)
{
    smtp::Reply r;
    r.code = code;
    if (enhanced && *enhanced) {
        const auto parsed = smtp::EnhancedCode::parsePrefix(QByteArrayView(enhanced));
        if (parsed)
            r.enhanced = parsed->first;
    }
    r.lines = {QByteArray(text)};
    return r;
}

smtp::Error error(Stage stage, ErrorCategory category, const smtp::Reply &r = {}, const char *detail = "")
{
    smtp::Error e;
    e.stage = stage;
    e.category = category;
    e.reply = r;
    e.code = QStringLiteral("greeting.not_smtp");
    e.parameters = {{QStringLiteral("host"), QStringLiteral("mail.example.test")}};
    e.detail = QString::fromLatin1(detail);
    return e;
}

ConnectAttempt attempt(const char *address, bool connected, QAbstractSocket::SocketError socketError = QAbstractSocket::UnknownSocketError,
                       const char *text = "")
{
    ConnectAttempt a;
    a.address = QString::fromLatin1(address);
    a.ipv6 = a.address.contains(u':');
    a.connected = connected;
    a.connectMs = connected ? 3 : -1;
    a.error = socketError;
    a.errorText = QString::fromLatin1(text);
    return a;
}

CertificateInfo leaf(QStringList names = {QStringLiteral("smtp.example.test")})
{
    CertificateInfo c;
    c.subject = QStringLiteral("smtp.example.test");
    c.subjectAltNames = std::move(names);
    c.issuer = QStringLiteral("Example CA");
    c.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    c.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    c.sha256 = Fingerprint;
    return c;
}

// A STARTTLS server on 587 that resolved and accepted the TCP connection; the session
// failed nowhere yet (each row says what happened).
Observation base()
{
    Observation o;
    o.settings.host = QStringLiteral("smtp.example.test");
    o.settings.port = 587;
    o.settings.username = QStringLiteral("alice");
    o.settings.password = QStringLiteral("secret");
    o.settings.timeout = std::chrono::seconds(30);
    o.now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    o.addresses = {QStringLiteral("192.0.2.7")};
    o.connects = {attempt("192.0.2.7", true)};
    return o;
}

// A session that worked (connected, TLS, AUTH), then whatever the row adds.
Observation working()
{
    Observation o = base();
    o.sessionPassed = true;
    o.sessionReady = true;
    o.encrypted = true;
    o.chain = {leaf()};
    o.capabilities.startTls = false;
    o.capabilities.authMechanisms = {QStringLiteral("PLAIN")};
    return o;
}

Observation failing(Stage stage, ErrorCategory category, const smtp::Reply &r = {}, const char *detail = "")
{
    Observation o = base();
    o.error = error(stage, category, r, detail);
    return o;
}

using Parameters = QList<std::pair<const char *, QVariant>>;
using Changes = QList<SettingChange>;

struct Row {
    const char *name; // the test's name; the code unless one code has several rows
    QString code;
    Severity severity;
    Stage stage;
    std::function<Observation()> observe;
    Parameters parameters; // must be present with these values
    Changes change;
};

SettingChange set(const char *key, const QString &value)
{
    return {QString::fromLatin1(key), value};
}

SettingChange set(const char *key, const char *value)
{
    return {QString::fromLatin1(key), QString::fromLatin1(value)};
}

const QList<Row> &rows()
{
    using E = Severity;
    using C = ErrorCategory;
    using S = QAbstractSocket::SocketError;
    static const QList<Row> table = {
        // Resolve and connect.
        {"dns_not_found",
         QStringLiteral("dns.not_found"),
         E::Error,
         Stage::Resolve,
         []() {
             Observation o = failing(Stage::Resolve, C::HostNotFound);
             o.hostNotFound = true;
             o.lookupError = QStringLiteral("Host not found");
             o.addresses.clear();
             o.connects.clear();
             return o;
         },
         {{"host", QStringLiteral("smtp.example.test")}, {"detail", QStringLiteral("Host not found")}},
         {}},
        {"connect_refused",
         QStringLiteral("connect.refused"),
         E::Error,
         Stage::Connect,
         []() {
             Observation o = failing(Stage::Connect, C::ConnectionRefused);
             o.connects = {attempt("192.0.2.7", false, S::ConnectionRefusedError, "Connection refused")};
             return o;
         },
         {{"port", 587}},
         {}},
        {"connect_timeout_port25",
         QStringLiteral("connect.timeout"),
         E::Error,
         Stage::Connect,
         []() {
             Observation o = failing(Stage::Connect, C::Timeout);
             o.settings.port = 25;
             o.connects = {attempt("192.0.2.7", false, S::SocketTimeoutError)};
             return o;
         },
         {{"port", 25}, {"timeout_s", 30.0}},
         {set("SMTP_PORT", "587")}},
        {"connect_unreachable",
         QStringLiteral("connect.unreachable"),
         E::Error,
         Stage::Connect,
         []() {
             Observation o = failing(Stage::Connect, C::Network);
             o.connects = {attempt("2001:db8::7", false, S::NetworkError, "Network unreachable")};
             return o;
         },
         {},
         {}},
        {"connect_failed",
         QStringLiteral("connect.failed"),
         E::Error,
         Stage::Connect,
         []() {
             Observation o = failing(Stage::Connect, C::Network, {}, "Connection reset by peer");
             o.connects.clear(); // no probe ran (addresses given, none of a family): the session's word counts
             return o;
         },
         {{"detail", QStringLiteral("Connection reset by peer")}},
         {}},
        {"connect_ipv6_failed",
         QStringLiteral("connect.ipv6_failed"),
         E::Warning,
         Stage::Connect,
         []() {
             Observation o = working();
             o.connects = {attempt("192.0.2.7", true), attempt("2001:db8::7", false, S::ConnectionRefusedError, "Connection refused")};
             return o;
         },
         {{"address", QStringLiteral("2001:db8::7")}, {"detail", QStringLiteral("Connection refused")}},
         {}},
        {"connect_ipv4_failed",
         QStringLiteral("connect.ipv4_failed"),
         E::Warning,
         Stage::Connect,
         []() {
             Observation o = working();
             o.connects = {attempt("192.0.2.7", false, S::SocketTimeoutError), attempt("2001:db8::7", true)};
             return o;
         },
         {{"address", QStringLiteral("192.0.2.7")}},
         {}},
        {"connect_port25",
         QStringLiteral("connect.port25"),
         E::Warning,
         Stage::Connect,
         []() {
             Observation o = working();
             o.settings.port = 25;
             return o;
         },
         {{"port", 25}},
         {set("SMTP_PORT", "587")}},

        // Greeting.
        {"greeting_timeout",
         QStringLiteral("greeting.timeout"),
         E::Error,
         Stage::Greeting,
         []() { return failing(Stage::Greeting, C::Timeout); },
         {{"timeout_s", 30.0}},
         {}},
        {"tls_port_expects_implicit",
         QStringLiteral("tls.port_expects_implicit"),
         E::Error,
         Stage::Greeting,
         []() {
             Observation o = failing(Stage::Greeting, C::Timeout);
             o.tlsProbeSpokeTls = true;
             return o;
         },
         {{"port", 587}},
         {set("SMTP_TLS_MODE", "implicit")}},
        {"greeting_rejected",
         QStringLiteral("greeting.rejected"),
         E::Error,
         Stage::Greeting,
         []() { return failing(Stage::Greeting, C::ServiceUnavailable, reply(554, "5.7.1", "no thanks")); },
         {{"reply_code", 554}, {"reply", QStringLiteral("554 5.7.1 no thanks")}, {"enhanced_code", QStringLiteral("5.7.1")}},
         {}},
        {"greeting_not_smtp",
         QStringLiteral("greeting.not_smtp"),
         E::Error,
         Stage::Greeting,
         []() { return failing(Stage::Greeting, C::Protocol); },
         {{"error_code", QStringLiteral("greeting.not_smtp")}, {"error.host", QStringLiteral("mail.example.test")}},
         {}},
        {"greeting_closed",
         QStringLiteral("greeting.closed"),
         E::Error,
         Stage::Greeting,
         []() { return failing(Stage::Greeting, C::Network, {}, "The remote host closed the connection"); },
         {{"detail", QStringLiteral("The remote host closed the connection")}},
         {}},

        // TLS.
        {"tls_starttls_not_offered",
         QStringLiteral("tls.starttls_not_offered"),
         E::Error,
         Stage::Tls,
         []() {
             Observation o = failing(Stage::Tls, C::TlsRequired);
             o.capabilities.keywords = {QStringLiteral("PIPELINING"), QStringLiteral("SIZE 10240000")};
             return o;
         },
         {{"capabilities", QStringList{QStringLiteral("PIPELINING"), QStringLiteral("SIZE 10240000")}}},
         {set("SMTP_PORT", "465"), set("SMTP_TLS_MODE", "implicit")}},
        {"tls_port_expects_plaintext",
         QStringLiteral("tls.port_expects_plaintext"),
         E::Error,
         Stage::Tls,
         []() {
             Observation o = failing(Stage::Tls, C::TlsHandshake, {}, "wrong version number");
             o.settings.port = 465;
             o.plaintextGreeting = "220 mx.example.test ESMTP";
             return o;
         },
         {{"plaintext_greeting", QStringLiteral("220 mx.example.test ESMTP")}, {"detail", QStringLiteral("wrong version number")}},
         {set("SMTP_TLS_MODE", "starttls")}},
        {"tls_handshake_timeout",
         QStringLiteral("tls.handshake_timeout"),
         E::Error,
         Stage::Tls,
         []() {
             Observation o = failing(Stage::Tls, C::Timeout);
             o.settings.port = 465;
             return o;
         },
         {{"timeout_s", 30.0}, {"port", 465}},
         {}},
        {"tls_handshake_failed",
         QStringLiteral("tls.handshake_failed"),
         E::Error,
         Stage::Tls,
         []() { return failing(Stage::Tls, C::TlsHandshake, {}, "no shared cipher"); },
         {{"detail", QStringLiteral("no shared cipher")}},
         {}},
        {"tls_ca_file_unreadable",
         QStringLiteral("tls.ca_file_unreadable"),
         E::Error,
         Stage::Tls,
         []() {
             Observation o = failing(Stage::Tls, C::Config);
             o.settings.caFile = QStringLiteral("/nonexistent/ca.pem");
             return o;
         },
         {{"ca_file", QStringLiteral("/nonexistent/ca.pem")}},
         {}},
        {"tls_starttls_injection",
         QStringLiteral("tls.starttls_injection"),
         E::Error,
         Stage::Tls,
         []() { return failing(Stage::Tls, C::Protocol); },
         {},
         {}},
        {"tls_starttls_refused",
         QStringLiteral("tls.starttls_refused"),
         E::Error,
         Stage::Tls,
         []() { return failing(Stage::Tls, C::TemporaryFailure, reply(454, "4.7.0", "TLS not available")); },
         {{"reply_code", 454}},
         {}},
        {"tls_cert_self_signed",
         QStringLiteral("tls.cert.self_signed"),
         E::Error,
         Stage::Tls,
         []() {
             Observation o = failing(Stage::Tls, C::TlsVerification);
             o.error.sslErrors = {QSslError(QSslError::SelfSignedCertificate)};
             o.chain = {leaf()};
             return o;
         },
         {{"fingerprint", Fingerprint}, {"subject", QStringLiteral("smtp.example.test")}},
         {set("SMTP_TLS_PIN_SHA256", Fingerprint)}},
        {"tls_cert_unknown_issuer",
         QStringLiteral("tls.cert.unknown_issuer"),
         E::Error,
         Stage::Tls,
         []() {
             Observation o = failing(Stage::Tls, C::TlsVerification);
             o.error.sslErrors = {QSslError(QSslError::UnableToGetLocalIssuerCertificate), QSslError(QSslError::CertificateUntrusted)};
             o.chain = {leaf()};
             return o;
         },
         {{"issuer", QStringLiteral("Example CA")}},
         {set("SMTP_TLS_PIN_SHA256", Fingerprint)}},
        {"tls_cert_expired",
         QStringLiteral("tls.cert.expired"),
         E::Error,
         Stage::Tls,
         []() {
             Observation o = failing(Stage::Tls, C::TlsVerification);
             o.error.sslErrors = {QSslError(QSslError::CertificateExpired)};
             o.chain = {leaf()};
             return o;
         },
         {{"not_after", QStringLiteral("2027-01-01T00:00:00Z")}},
         {}},
        {"tls_cert_not_yet_valid",
         QStringLiteral("tls.cert.not_yet_valid"),
         E::Error,
         Stage::Tls,
         []() {
             Observation o = failing(Stage::Tls, C::TlsVerification);
             o.error.sslErrors = {QSslError(QSslError::CertificateNotYetValid)};
             o.chain = {leaf()};
             return o;
         },
         {{"not_before", QStringLiteral("2026-01-01T00:00:00Z")}},
         {}},
        {"tls_cert_host_mismatch",
         QStringLiteral("tls.cert.host_mismatch"),
         E::Error,
         Stage::Tls,
         []() {
             Observation o = failing(Stage::Tls, C::TlsVerification);
             o.error.sslErrors = {QSslError(QSslError::HostNameMismatch)};
             o.chain = {leaf({QStringLiteral("mail.example.test")})};
             return o;
         },
         {{"names", QStringList{QStringLiteral("mail.example.test")}}},
         {set("SMTP_HOST", "mail.example.test")}},
        // A certificate other than the pinned one: no proposed change (re-pinning is a decision).
        {"tls_pin_mismatch",
         QStringLiteral("tls.pin_mismatch"),
         E::Error,
         Stage::Tls,
         []() {
             Observation o = failing(Stage::Tls, C::TlsVerification);
             o.error.code = QStringLiteral("tls.pin_mismatch");
             o.error.parameters.insert(QStringLiteral("fingerprint"), QStringLiteral("ffff"));
             o.error.parameters.insert(QStringLiteral("pinned"), QStringLiteral("abcd"));
             o.chain = {leaf()};
             return o;
         },
         {{"fingerprint", QStringLiteral("ffff")}, {"pinned", QStringLiteral("abcd")}},
         {}},
        {"tls_cert_invalid",
         QStringLiteral("tls.cert.invalid"),
         E::Error,
         Stage::Tls,
         []() {
             Observation o = failing(Stage::Tls, C::TlsVerification);
             o.error.sslErrors = {QSslError(QSslError::CertificateRevoked)};
             o.chain = {leaf()};
             return o;
         },
         {{"fingerprint", Fingerprint}},
         {set("SMTP_TLS_PIN_SHA256", Fingerprint)}},
        {"tls_verify_disabled",
         QStringLiteral("tls.verify_disabled"),
         E::Warning,
         Stage::Tls,
         []() {
             Observation o = working();
             o.settings.verifyPeer = false;
             o.ignoredSslErrors = {QSslError(QSslError::SelfSignedCertificate)};
             return o;
         },
         {{"verifies", false}, {"fingerprint", Fingerprint}},
         {set("SMTP_TLS_PIN_SHA256", Fingerprint), set("SMTP_TLS_VERIFY", "true")}},
        {"tls_verify_disabled_but_verifies",
         QStringLiteral("tls.verify_disabled"),
         E::Warning,
         Stage::Tls,
         []() {
             Observation o = working();
             o.settings.verifyPeer = false;
             return o;
         },
         {{"verifies", true}},
         {set("SMTP_TLS_VERIFY", "true")}},
        {"tls_cert_expiring_soon",
         QStringLiteral("tls.cert.expiring_soon"),
         E::Warning,
         Stage::Tls,
         []() {
             Observation o = working();
             o.chain.first().notAfter = o.now.addDays(5);
             return o;
         },
         {{"days", 5}},
         {}},
        {"tls_disabled",
         QStringLiteral("tls.disabled"),
         E::Warning,
         Stage::Tls,
         []() {
             Observation o = working();
             o.settings.tlsModeOverride = TlsMode::None;
             o.encrypted = false;
             o.chain.clear();
             o.capabilities.startTls = true;
             return o;
         },
         {{"loopback", false}, {"starttls_offered", true}},
         {set("SMTP_TLS", "true"), set("SMTP_TLS_MODE", "starttls")}},
        {"tls_disabled_on_loopback",
         QStringLiteral("tls.disabled"),
         E::Info,
         Stage::Tls,
         []() {
             Observation o = working();
             o.settings.host = QStringLiteral("127.0.0.1");
             o.settings.tlsModeOverride = TlsMode::None;
             o.encrypted = false;
             o.chain.clear();
             return o;
         },
         {{"loopback", true}},
         {}},
        {"tls_pinned",
         QStringLiteral("tls.pinned"),
         E::Info,
         Stage::Tls,
         []() {
             Observation o = working();
             o.settings.pinnedSha256 = "abcdef";
             o.ignoredSslErrors = {QSslError(QSslError::SelfSignedCertificate)};
             return o;
         },
         {{"fingerprint", Fingerprint}},
         {}},

        // EHLO.
        {"ehlo_rejected",
         QStringLiteral("ehlo.rejected"),
         E::Error,
         Stage::Ehlo,
         []() { return failing(Stage::Ehlo, C::Rejected, reply(550, "", "bad EHLO name")); },
         {{"reply_code", 550}},
         {}},
        {"auth_offered_before_tls",
         QStringLiteral("auth.offered_before_tls"),
         E::Warning,
         Stage::Ehlo,
         []() {
             Observation o = working();
             o.capabilitiesBeforeTls.startTls = true;
             o.capabilitiesBeforeTls.authMechanisms = {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
             o.capabilitiesBeforeTls.keywords = {QStringLiteral("STARTTLS"), QStringLiteral("AUTH PLAIN LOGIN")};
             return o;
         },
         {{"mechanisms", QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")}}},
         {}},

        // AUTH.
        {"auth_rejected",
         QStringLiteral("auth.rejected"),
         E::Error,
         Stage::Auth,
         []() {
             Observation o = failing(Stage::Auth, C::AuthFailed, reply(535, "5.7.8", "Authentication credentials invalid"));
             o.provider = QStringLiteral("sendgrid");
             return o;
         },
         {{"reply_code", 535}, {"provider", QStringLiteral("sendgrid")}, {"user", QStringLiteral("alice")}},
         {set("SMTP_USER", "apikey")}},
        {"auth_rejected_without_provider",
         QStringLiteral("auth.rejected"),
         E::Error,
         Stage::Auth,
         []() { return failing(Stage::Auth, C::AuthFailed, reply(535, "5.7.8", "Authentication failed")); },
         {{"reply_code", 535}},
         {}},
        {"auth_web_login_required",
         QStringLiteral("auth.web_login_required"),
         E::Error,
         Stage::Auth,
         []() { return failing(Stage::Auth, C::AuthFailed, reply(534, "5.7.9", "Application-specific password required")); },
         {{"enhanced_code", QStringLiteral("5.7.9")}},
         {}},
        {"auth_tls_required",
         QStringLiteral("auth.tls_required"),
         E::Error,
         Stage::Auth,
         []() {
             Observation o = failing(Stage::Auth, C::Rejected, reply(530, "5.7.0", "Must issue a STARTTLS command first"));
             o.settings.tlsModeOverride = TlsMode::None;
             o.capabilities.startTls = true;
             return o;
         },
         {{"reply_code", 530}},
         {set("SMTP_TLS", "true"), set("SMTP_TLS_MODE", "starttls")}},
        {"auth_temporary",
         QStringLiteral("auth.temporary"),
         E::Error,
         Stage::Auth,
         []() { return failing(Stage::Auth, C::TemporaryFailure, reply(454, "4.7.0", "Temporary authentication failure")); },
         {{"reply_code", 454}},
         {}},
        {"auth_plaintext_refused",
         QStringLiteral("auth.plaintext_refused"),
         E::Error,
         Stage::Auth,
         []() {
             Observation o = failing(Stage::Auth, C::AuthRefusedPlaintext);
             o.settings.tlsModeOverride = TlsMode::None;
             return o;
         },
         {},
         {set("SMTP_TLS", "true"), set("SMTP_PORT", "465"), set("SMTP_TLS_MODE", "implicit")}},
        {"auth_requires_tls",
         QStringLiteral("auth.requires_tls"),
         E::Error,
         Stage::Auth,
         []() {
             Observation o = failing(Stage::Auth, C::AuthUnavailable);
             o.settings.tls = false;
             o.capabilities.startTls = true;
             o.capabilities.keywords = {QStringLiteral("STARTTLS"), QStringLiteral("PIPELINING")};
             return o;
         },
         {{"starttls_offered", true}},
         {set("SMTP_TLS", "true"), set("SMTP_TLS_MODE", "starttls")}},
        {"auth_not_offered",
         QStringLiteral("auth.not_offered"),
         E::Error,
         Stage::Auth,
         []() {
             Observation o = failing(Stage::Auth, C::AuthUnavailable);
             o.encrypted = true;
             o.capabilities.keywords = {QStringLiteral("PIPELINING")};
             return o;
         },
         {{"capabilities", QStringList{QStringLiteral("PIPELINING")}}},
         {}},
        {"auth_no_common_mechanism",
         QStringLiteral("auth.no_common_mechanism"),
         E::Error,
         Stage::Auth,
         []() {
             Observation o = failing(Stage::Auth, C::AuthUnavailable);
             o.encrypted = true;
             o.settings.authMechanism = smtp::AuthMechanism::CramMd5;
             o.capabilities.authMechanisms = {QStringLiteral("PLAIN")};
             return o;
         },
         {{"mechanisms", QStringList{QStringLiteral("PLAIN")}}, {"mechanism", QStringLiteral("CRAM-MD5")}},
         {set("SMTP_AUTH_MECHANISM", "auto")}},
        {"auth_failed",
         QStringLiteral("auth.failed"),
         E::Error,
         Stage::Auth,
         []() { return failing(Stage::Auth, C::Rejected, reply(504, "5.5.4", "Unrecognized authentication type")); },
         {{"reply_code", 504}},
         {}},

        // Sender, recipient, data: the probe and the test message after a working session.
        {"sender_rejected",
         QStringLiteral("sender.rejected"),
         E::Error,
         Stage::Sender,
         []() {
             Observation o = working();
             o.probeSender = QStringLiteral("bad@example.test");
             o.probeRan = true;
             o.probeError = error(Stage::Sender, C::Rejected, reply(554, "5.7.1", "Sender address rejected"));
             return o;
         },
         {{"sender", QStringLiteral("bad@example.test")}, {"policy", true}, {"reply_code", 554}},
         {}},
        {"recipient_unknown",
         QStringLiteral("recipient.unknown"),
         E::Error,
         Stage::Recipient,
         []() {
             Observation o = working();
             o.probeRan = true;
             o.recipients = {{QStringLiteral("bob@example.test"), reply(550, "5.1.1", "User unknown")}};
             return o;
         },
         {{"recipient", QStringLiteral("bob@example.test")}, {"enhanced_code", QStringLiteral("5.1.1")}},
         {}},
        {"recipient_policy_denied",
         QStringLiteral("recipient.policy_denied"),
         E::Error,
         Stage::Recipient,
         []() {
             Observation o = working();
             o.probeRan = true;
             o.recipients = {{QStringLiteral("bob@example.org"), reply(554, "5.7.1", "Relay access denied")}};
             return o;
         },
         {{"recipient", QStringLiteral("bob@example.org")}},
         {}},
        {"recipient_rejected",
         QStringLiteral("recipient.rejected"),
         E::Error,
         Stage::Recipient,
         []() {
             Observation o = working();
             o.probeRan = true;
             o.recipients = {{QStringLiteral("bob@example.test"), reply(552, "5.2.2", "Mailbox full")}};
             return o;
         },
         {{"reply_code", 552}},
         {}},
        {"recipient_deferred",
         QStringLiteral("recipient.deferred"),
         E::Warning,
         Stage::Recipient,
         []() {
             Observation o = working();
             o.probeRan = true;
             o.recipients = {{QStringLiteral("bob@example.test"), reply(450, "4.2.0", "Greylisted")}};
             return o;
         },
         {{"reply_code", 450}},
         {}},
        {"data_rejected",
         QStringLiteral("data.rejected"),
         E::Error,
         Stage::Data,
         []() {
             Observation o = working();
             o.sendRan = true;
             o.sendError = error(Stage::Data, C::Rejected, reply(554, "5.6.0", "Message content rejected"));
             return o;
         },
         {{"reply_code", 554}},
         {}},
        {"send_accepted",
         QStringLiteral("send.accepted"),
         E::Info,
         Stage::Data,
         []() {
             Observation o = working();
             o.probeRecipient = QStringLiteral("bob@example.test");
             o.sendRan = true;
             o.sendSucceeded = true;
             o.dataReply = reply(250, "2.0.0", "Ok: queued as ABC");
             return o;
         },
         {{"reply", QStringLiteral("250 2.0.0 Ok: queued as ABC")}, {"recipient", QStringLiteral("bob@example.test")}},
         {}},

        // Any stage.
        {"session_closed",
         QStringLiteral("session.closed"),
         E::Error,
         Stage::Sender,
         []() {
             Observation o = working();
             o.sessionPassed = false;
             o.error = error(Stage::Sender, C::Network, {}, "The remote host closed the connection");
             return o;
         },
         {{"stage", QStringLiteral("sender")}},
         {}},
        {"diagnosis_incomplete",
         QStringLiteral("diagnosis.incomplete"),
         E::Error,
         Stage::Greeting,
         []() { return failing(Stage::Greeting, C::Cancelled); },
         {{"stage", QStringLiteral("greeting")}},
         {}},
        {"sender_timeout",
         QStringLiteral("sender.timeout"),
         E::Error,
         Stage::Sender,
         []() { return failing(Stage::Sender, C::Timeout); },
         {{"stage", QStringLiteral("sender")}, {"timeout_s", 30.0}},
         {}},
        {"recipient_timeout",
         QStringLiteral("recipient.timeout"),
         E::Error,
         Stage::Recipient,
         []() { return failing(Stage::Recipient, C::Timeout); },
         {{"stage", QStringLiteral("recipient")}},
         {}},
        {"data_timeout",
         QStringLiteral("data.timeout"),
         E::Error,
         Stage::Data,
         []() { return failing(Stage::Data, C::Timeout); },
         {{"stage", QStringLiteral("data")}},
         {}},
        {"quit_timeout",
         QStringLiteral("quit.timeout"),
         E::Error,
         Stage::Quit,
         []() { return failing(Stage::Quit, C::Timeout); },
         {{"stage", QStringLiteral("quit")}},
         {}},
        {"sender_failed",
         QStringLiteral("sender.failed"),
         E::Error,
         Stage::Sender,
         []() { return failing(Stage::Sender, C::MessageTooLarge); },
         {{"stage", QStringLiteral("sender")}},
         {}},
        {"recipient_failed",
         QStringLiteral("recipient.failed"),
         E::Error,
         Stage::Recipient,
         []() { return failing(Stage::Recipient, C::Rejected, reply(550, "5.1.1", "no")); },
         {{"reply_code", 550}},
         {}},
        {"data_failed",
         QStringLiteral("data.failed"),
         E::Error,
         Stage::Data,
         []() { return failing(Stage::Data, C::Rejected, reply(554, "", "no")); },
         {{"stage", QStringLiteral("data")}},
         {}},
        {"quit_failed",
         QStringLiteral("quit.failed"),
         E::Error,
         Stage::Quit,
         []() { return failing(Stage::Quit, C::Protocol); },
         {{"stage", QStringLiteral("quit")}},
         {}},
    };
    return table;
}

class Rules : public ::testing::TestWithParam<Row>
{
};

TEST_P(Rules, ObservationGivesTheFinding)
{
    const Row &row = GetParam();
    const Observation observation = row.observe();
    const QList<Finding> findings = analyse(observation);
    QStringList codes;
    const Finding *found = nullptr;
    int count = 0;
    for (const Finding &f : findings) {
        codes.append(f.code);
        if (f.code == row.code) {
            found = &f;
            ++count;
        }
    }
    ASSERT_NE(found, nullptr) << "expected " << row.code.toStdString() << ", got " << codes.join(u',').toStdString();
    EXPECT_EQ(count, 1) << codes.join(u',').toStdString();
    EXPECT_EQ(found->severity, row.severity);
    EXPECT_EQ(found->stage, row.stage);
    EXPECT_EQ(found->parameter(QStringLiteral("host")), observation.settings.host) << "every finding names the host";
    for (const auto &[key, value] : row.parameters) {
        const QString name = QString::fromLatin1(key);
        ASSERT_TRUE(found->parameters.contains(name)) << key;
        EXPECT_EQ(found->parameters.value(name), value)
            << key << ": " << found->parameters.value(name).toString().toStdString() << " != " << value.toString().toStdString();
    }
    EXPECT_EQ(found->proposedChange, row.change);
    if (row.severity == Severity::Error) {
        EXPECT_EQ(firstFailedStage(findings, observation.settings.tlsMode()), row.stage);
    }
    // No finding carries the password, whatever it holds.
    for (const Finding &f : findings) {
        for (auto it = f.parameters.cbegin(); it != f.parameters.cend(); ++it)
            EXPECT_NE(it.value().toString(), observation.settings.password) << f.code.toStdString() << " " << it.key().toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Table, Rules, ::testing::ValuesIn(rows()),
                         [](const ::testing::TestParamInfo<Row> &p) { return std::string(p.param.name); });

TEST(RulesTable, EveryCodeHasARow)
{
    QSet<QString> covered;
    for (const Row &row : rows())
        covered.insert(row.code);
    for (const QString &code : allFindingCodes())
        EXPECT_TRUE(covered.contains(code)) << code.toStdString() << " has no row in the rules table test";
    for (const QString &code : std::as_const(covered))
        EXPECT_TRUE(allFindingCodes().contains(code)) << code.toStdString() << " is missing from allFindingCodes()";
}

TEST(RulesTable, APassedSessionHasNoSessionError)
{
    Observation o = working();
    o.error = error(Stage::Quit, ErrorCategory::Timeout); // QUIT unanswered after everything worked
    EXPECT_TRUE(sessionErrorFindings(o).isEmpty());
}

TEST(RulesTable, ProbesReportAFailedConnectionOnce)
{
    Observation o = failing(Stage::Connect, ErrorCategory::ConnectionRefused);
    o.connects = {attempt("192.0.2.7", false, QAbstractSocket::ConnectionRefusedError, "Connection refused")};
    const QList<Finding> findings = analyse(o);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().code, QStringLiteral("connect.refused"));
}

// Every code in words, for both audiences: a title and a fix; the window's words name no
// command-line option or command, and offer "Apply fix" where a change is proposed.
TEST(FindingWords, EveryCodeHasATitleAndAFixForBothAudiences)
{
    const text::FindingText cli(text::Audience::CommandLine);
    const text::FindingText window(text::Audience::Window);
    for (const Row &row : rows()) {
        const QList<Finding> findings = analyse(row.observe());
        for (const Finding &f : findings) {
            if (f.code != row.code)
                continue;
            for (const text::FindingText *words : {&cli, &window}) {
                EXPECT_FALSE(words->title(f).isEmpty()) << row.name;
                EXPECT_FALSE(words->fix(f).isEmpty()) << row.name;
                EXPECT_NE(words->title(f), f.code) << row.name << ": no words for this code";
            }
            const QString windowWords = window.title(f) + window.evidence(f) + window.fix(f);
            EXPECT_FALSE(windowWords.contains(QStringLiteral("--"))) << row.name << ": " << windowWords.toStdString();
            EXPECT_FALSE(windowWords.contains(QStringLiteral("selfmx-console"))) << row.name;
            EXPECT_FALSE(windowWords.contains(QStringLiteral("SMTP_"))) << row.name << ": " << windowWords.toStdString();
            EXPECT_EQ(window.fix(f).contains(QStringLiteral("Apply fix")), !f.proposedChange.isEmpty()) << row.name;
            EXPECT_EQ(window.applyFixLabel(f).isEmpty(), f.proposedChange.isEmpty()) << row.name;
        }
    }
}

TEST(FindingWords, CommandLineNamesTheVariables)
{
    const text::FindingText cli(text::Audience::CommandLine);
    EXPECT_EQ(cli.change({set("SMTP_PORT", "465"), set("SMTP_TLS_MODE", "implicit")}),
              QStringLiteral("SMTP_PORT=465, SMTP_TLS_MODE=implicit"));
    const text::FindingText window(text::Audience::Window);
    EXPECT_EQ(window.change({set("SMTP_PORT", "465")}), QStringLiteral("Port to 465"));
    // The form's own labels; with a TLS mode given, "Use TLS" follows from it.
    EXPECT_EQ(window.change({set("SMTP_TLS", "true"), set("SMTP_TLS_MODE", "starttls")}), QStringLiteral("TLS mode to STARTTLS"));
    EXPECT_EQ(cli.change({set("SMTP_TLS", "true"), set("SMTP_TLS_MODE", "starttls")}),
              QStringLiteral("SMTP_TLS=true, SMTP_TLS_MODE=starttls"));

    Observation refused = failing(Stage::Connect, ErrorCategory::ConnectionRefused);
    refused.connects = {attempt("192.0.2.7", false, QAbstractSocket::ConnectionRefusedError, "Connection refused")};
    const Finding f = analyse(refused).first();
    EXPECT_TRUE(cli.fix(f).contains(QStringLiteral("`selfmx-console discover smtp.example.test`")));
    EXPECT_TRUE(cli.evidence(f).contains(QStringLiteral("192.0.2.7: Connection refused")));
    EXPECT_FALSE(window.fix(f).contains(QStringLiteral("discover")));
}

TEST(ReportWords, StageSummariesNameOptionsOnlyOnTheCommandLine)
{
    Report report;
    report.settings.host = QStringLiteral("smtp.example.test");
    report.buildStages({});
    const StageReport &sender = report.stages.at(report.rank(Stage::Sender));
    EXPECT_EQ(text::ReportText(text::Audience::CommandLine).stageSummary(report, sender), QStringLiteral("not probed (--probe-sender)"));
    EXPECT_EQ(text::ReportText(text::Audience::Window).stageSummary(report, sender), QStringLiteral("not probed"));
    EXPECT_EQ(text::ReportText(text::Audience::Window).progress(Stage::Tls, StageStatus::Running), QStringLiteral("Diagnosing … tls"));
}

} // namespace
