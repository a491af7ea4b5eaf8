// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "rules.h"

#include "logging.h"

#include <QHostAddress>
#include <QSet>

#include <algorithm>
#include <functional>

namespace selfmx::diagnostics {

using smtp::ErrorCategory;
using smtp::Stage;
using smtp::TlsMode;

namespace {

double timeoutSeconds(const Observation &o)
{
    return double(o.settings.timeout.count()) / 1000.0;
}

Finding make(const Observation &o, const QString &code, Severity severity, Stage stage)
{
    Finding f;
    f.code = code;
    f.severity = severity;
    f.stage = stage;
    f.parameters.insert(QStringLiteral("host"), o.settings.host);
    f.parameters.insert(QStringLiteral("port"), int(o.settings.port));
    return f;
}

void setIfNotEmpty(Finding &f, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        f.parameters.insert(key, value);
}

// The evidence of an error: the server's words when it spoke, the OS's or TLS library's,
// and the session's own description.
void addEvidence(Finding &f, const smtp::Error &e)
{
    if (e.reply.code) {
        f.parameters.insert(QStringLiteral("reply"), e.reply.text());
        f.parameters.insert(QStringLiteral("reply_code"), e.reply.code);
        if (e.reply.enhanced.isValid())
            f.parameters.insert(QStringLiteral("enhanced_code"), e.reply.enhanced.toString());
    }
    setIfNotEmpty(f, QStringLiteral("detail"), e.detail);
    // The session's own account of it, as data (text/ErrorText words it): its code, stage
    // and parameters, the latter under "error.".
    setIfNotEmpty(f, QStringLiteral("error_code"), e.code);
    if (!e.code.isEmpty()) {
        f.parameters.insert(QStringLiteral("error_stage"), int(e.stage));
        for (auto it = e.parameters.cbegin(); it != e.parameters.cend(); ++it)
            f.parameters.insert(QStringLiteral("error.") + it.key(), it.value());
    }
}

void addReply(Finding &f, const smtp::Reply &reply)
{
    if (!reply.code)
        return;
    f.parameters.insert(QStringLiteral("reply"), reply.text());
    f.parameters.insert(QStringLiteral("reply_code"), reply.code);
    if (reply.enhanced.isValid())
        f.parameters.insert(QStringLiteral("enhanced_code"), reply.enhanced.toString());
}

bool isLoopback(const Observation &o)
{
    return QHostAddress(o.settings.host).isLoopback() || o.settings.host == u"localhost";
}

bool looksLikeSmtpReply(const QByteArray &line)
{
    return line.size() >= 3 && std::isdigit(static_cast<unsigned char>(line[0])) && std::isdigit(static_cast<unsigned char>(line[1]))
           && std::isdigit(static_cast<unsigned char>(line[2]));
}

QList<SettingChange> implicitTlsOn465()
{
    return {{QStringLiteral("SMTP_PORT"), QStringLiteral("465")}, {QStringLiteral("SMTP_TLS_MODE"), QStringLiteral("implicit")}};
}

// Turning TLS on where it is off: STARTTLS where the server offers it, else port 465.
QList<SettingChange> enableTls(const Observation &o)
{
    if (o.capabilities.startTls || o.capabilitiesBeforeTls.startTls)
        return {{QStringLiteral("SMTP_TLS"), QStringLiteral("true")}, {QStringLiteral("SMTP_TLS_MODE"), QStringLiteral("starttls")}};
    return {{QStringLiteral("SMTP_TLS"), QStringLiteral("true")},
            {QStringLiteral("SMTP_PORT"), QStringLiteral("465")},
            {QStringLiteral("SMTP_TLS_MODE"), QStringLiteral("implicit")}};
}

void addCertificate(Finding &f, const CertificateInfo &leaf)
{
    if (leaf.sha256.isEmpty())
        return;
    f.parameters.insert(QStringLiteral("subject"), leaf.subject);
    f.parameters.insert(QStringLiteral("issuer"), leaf.issuer);
    f.parameters.insert(QStringLiteral("not_before"), leaf.notBefore.toUTC().toString(Qt::ISODate));
    f.parameters.insert(QStringLiteral("not_after"), leaf.notAfter.toUTC().toString(Qt::ISODate));
    f.parameters.insert(QStringLiteral("names"), leaf.subjectAltNames);
    f.parameters.insert(QStringLiteral("fingerprint"), leaf.sha256);
}

CertificateInfo leafOf(const Observation &o)
{
    return o.chain.isEmpty() ? CertificateInfo() : o.chain.first();
}

void addProvider(Finding &f, const Observation &o)
{
    if (o.provider.isEmpty() || o.provider == u"custom")
        return;
    f.parameters.insert(QStringLiteral("provider"), o.provider);
    setIfNotEmpty(f, QStringLiteral("region"), o.region);
}

// Did the DNS or TCP probes already report why nothing could connect?
bool probesExplainedNoConnection(const Observation &o)
{
    const bool dnsFailed = o.hostNotFound || o.lookupTimedOut || (o.addresses.isEmpty() && !o.lookupError.isEmpty());
    const bool tcpFailed =
        !o.connects.isEmpty() && std::none_of(o.connects.cbegin(), o.connects.cend(), [](const ConnectAttempt &a) { return a.connected; });
    return dnsFailed || tcpFailed;
}

// ---------------------------------------------------------------------------------------
// The session error table.

using Condition = std::function<bool(const Observation &)>;
using Fill = std::function<void(const Observation &, Finding &)>;
using Expand = std::function<QList<Finding>(const Observation &)>;

struct SessionErrorRule {
    QList<Stage> stages;              // empty: any stage
    QList<ErrorCategory> categories;  // empty: any category
    QList<int> replyCodes;            // empty: any (or no) reply
    Condition when = nullptr;         // nullptr: always
    QString code;                     // "*" stands for the error's stage; empty: no finding
    Stage findingStage = Stage::None; // None: the error's stage
    Fill fill = nullptr;              // parameters and proposed change beyond the evidence
    Expand expand = nullptr;          // instead of one finding, these
};

bool ruleMatches(const SessionErrorRule &rule, const Observation &o)
{
    const smtp::Error &e = o.error;
    return (rule.stages.isEmpty() || rule.stages.contains(e.stage)) && (rule.categories.isEmpty() || rule.categories.contains(e.category))
           && (rule.replyCodes.isEmpty() || rule.replyCodes.contains(e.reply.code)) && (!rule.when || rule.when(o));
}

void fillTimeout(const Observation &o, Finding &f)
{
    f.parameters.insert(QStringLiteral("timeout_s"), timeoutSeconds(o));
}

void fillProvider(const Observation &o, Finding &f)
{
    addProvider(f, o);
}

void fillStage(const Observation &o, Finding &f)
{
    f.parameters.insert(QStringLiteral("stage"), smtp::stageName(o.error.stage));
    fillTimeout(o, f);
}

const QList<SessionErrorRule> &sessionErrorTable()
{
    using C = ErrorCategory;
    static const QList<SessionErrorRule> table = {
        // Stopped (the deadline, or the user): whatever else is known stays in the report.
        {{}, {C::Cancelled}, {}, nullptr, QStringLiteral("diagnosis.incomplete"), Stage::None, fillStage, nullptr},

        // Resolve and connect: the DNS and TCP probes say more, when they ran.
        {{Stage::Resolve, Stage::Connect}, {}, {}, probesExplainedNoConnection, QString(), Stage::None, nullptr, nullptr},
        {{Stage::Resolve, Stage::Connect},
         {C::HostNotFound},
         {},
         nullptr,
         QStringLiteral("dns.not_found"),
         Stage::Resolve,
         nullptr,
         nullptr},
        {{Stage::Resolve, Stage::Connect},
         {C::ConnectionRefused},
         {},
         nullptr,
         QStringLiteral("connect.refused"),
         Stage::Connect,
         nullptr,
         nullptr},
        {{Stage::Resolve, Stage::Connect},
         {C::Timeout},
         {},
         nullptr,
         QStringLiteral("connect.timeout"),
         Stage::Connect,
         fillTimeout,
         nullptr},
        {{Stage::Resolve, Stage::Connect}, {}, {}, nullptr, QStringLiteral("connect.failed"), Stage::Connect, nullptr, nullptr},

        // Greeting. Silence where a TLS handshake got a certificate: an implicit-TLS port.
        {{Stage::Greeting},
         {C::Timeout},
         {},
         [](const Observation &o) { return o.tlsProbeSpokeTls && o.settings.tlsMode() != TlsMode::Implicit; },
         QStringLiteral("tls.port_expects_implicit"),
         Stage::Greeting,
         [](const Observation &o, Finding &f) {
             fillTimeout(o, f);
             f.proposedChange = {{QStringLiteral("SMTP_TLS_MODE"), QStringLiteral("implicit")}};
         },
         nullptr},
        {{Stage::Greeting}, {C::Timeout}, {}, nullptr, QStringLiteral("greeting.timeout"), Stage::Greeting, fillTimeout, nullptr},
        {{Stage::Greeting}, {C::ServiceUnavailable}, {}, nullptr, QStringLiteral("greeting.rejected"), Stage::Greeting, nullptr, nullptr},
        {{Stage::Greeting}, {C::Protocol}, {}, nullptr, QStringLiteral("greeting.not_smtp"), Stage::Greeting, nullptr, nullptr},
        {{Stage::Greeting}, {}, {}, nullptr, QStringLiteral("greeting.closed"), Stage::Greeting, nullptr, nullptr},

        // TLS.
        {{Stage::Tls},
         {C::TlsRequired},
         {},
         nullptr,
         QStringLiteral("tls.starttls_not_offered"),
         Stage::Tls,
         [](const Observation &o, Finding &f) {
             f.parameters.insert(QStringLiteral("capabilities"), o.capabilities.keywords);
             f.proposedChange = implicitTlsOn465();
         },
         nullptr},
        {{Stage::Tls},
         {C::TlsVerification},
         {},
         [](const Observation &o) { return o.error.code == u"tls.pin_mismatch"; },
         QStringLiteral("tls.pin_mismatch"),
         Stage::Tls,
         [](const Observation &o, Finding &f) {
             // No proposed change: re-pinning is a decision after looking at the new certificate.
             f.parameters.insert(QStringLiteral("fingerprint"), o.error.parameters.value(QStringLiteral("fingerprint")));
             f.parameters.insert(QStringLiteral("pinned"), o.error.parameters.value(QStringLiteral("pinned")));
         },
         nullptr},
        {{Stage::Tls},
         {C::TlsVerification},
         {},
         nullptr,
         QString(),
         Stage::Tls,
         nullptr,
         [](const Observation &o) { return certificateFindings(o, o.error.sslErrors); }},
        {{Stage::Tls},
         {C::TlsHandshake, C::Timeout},
         {},
         [](const Observation &o) { return o.settings.tlsMode() == TlsMode::Implicit && looksLikeSmtpReply(o.plaintextGreeting); },
         QStringLiteral("tls.port_expects_plaintext"),
         Stage::Tls,
         [](const Observation &o, Finding &f) {
             f.parameters.insert(QStringLiteral("plaintext_greeting"), QString::fromUtf8(o.plaintextGreeting));
             f.proposedChange = {{QStringLiteral("SMTP_TLS_MODE"), QStringLiteral("starttls")}};
         },
         nullptr},
        {{Stage::Tls}, {C::Timeout}, {}, nullptr, QStringLiteral("tls.handshake_timeout"), Stage::Tls, fillTimeout, nullptr},
        {{Stage::Tls}, {C::TlsHandshake}, {}, nullptr, QStringLiteral("tls.handshake_failed"), Stage::Tls, nullptr, nullptr},
        {{Stage::Tls},
         {C::Config},
         {},
         nullptr,
         QStringLiteral("tls.ca_file_unreadable"),
         Stage::Tls,
         [](const Observation &o, Finding &f) { f.parameters.insert(QStringLiteral("ca_file"), o.settings.caFile); },
         nullptr},
        {{Stage::Tls}, {C::Protocol}, {}, nullptr, QStringLiteral("tls.starttls_injection"), Stage::Tls, nullptr, nullptr},
        {{Stage::Tls}, {}, {}, nullptr, QStringLiteral("tls.starttls_refused"), Stage::Tls, nullptr, nullptr},

        // EHLO (and the HELO fallback).
        {{Stage::Ehlo}, {}, {}, nullptr, QStringLiteral("ehlo.rejected"), Stage::Ehlo, nullptr, nullptr},

        // AUTH: RFC 4954 §6 codes and the enhanced codes of RFC 3463 / 5248.
        {{Stage::Auth},
         {C::AuthFailed},
         {535},
         nullptr,
         QStringLiteral("auth.rejected"),
         Stage::Auth,
         [](const Observation &o, Finding &f) {
             addProvider(f, o);
             f.parameters.insert(QStringLiteral("user"), o.settings.username);
             if (o.provider == u"sendgrid" && o.settings.username != u"apikey")
                 f.proposedChange = {{QStringLiteral("SMTP_USER"), QStringLiteral("apikey")}};
         },
         nullptr},
        {{Stage::Auth},
         {},
         {},
         [](const Observation &o) {
             const smtp::EnhancedCode &c = o.error.reply.enhanced;
             return o.error.reply.code == 534 || (c.klass == 5 && c.subject == 7 && (c.detail == 9 || c.detail == 14));
         },
         QStringLiteral("auth.web_login_required"),
         Stage::Auth,
         fillProvider,
         nullptr},
        {{Stage::Auth},
         {},
         {530, 538},
         nullptr,
         QStringLiteral("auth.tls_required"),
         Stage::Auth,
         [](const Observation &o, Finding &f) {
             if (o.settings.tlsMode() == TlsMode::None)
                 f.proposedChange = enableTls(o);
         },
         nullptr},
        {{Stage::Auth}, {C::TemporaryFailure}, {}, nullptr, QStringLiteral("auth.temporary"), Stage::Auth, nullptr, nullptr},
        {{Stage::Auth},
         {C::AuthRefusedPlaintext},
         {},
         nullptr,
         QStringLiteral("auth.plaintext_refused"),
         Stage::Auth,
         [](const Observation &o, Finding &f) { f.proposedChange = enableTls(o); },
         nullptr},
        {{Stage::Auth},
         {C::AuthUnavailable},
         {},
         [](const Observation &o) { return !o.encrypted && o.capabilities.authMechanisms.isEmpty(); },
         QStringLiteral("auth.requires_tls"),
         Stage::Auth,
         [](const Observation &o, Finding &f) {
             f.parameters.insert(QStringLiteral("capabilities"), o.capabilities.keywords);
             f.parameters.insert(QStringLiteral("starttls_offered"), o.capabilities.startTls);
             f.proposedChange = enableTls(o);
         },
         nullptr},
        {{Stage::Auth},
         {C::AuthUnavailable},
         {},
         [](const Observation &o) { return o.capabilities.authMechanisms.isEmpty(); },
         QStringLiteral("auth.not_offered"),
         Stage::Auth,
         [](const Observation &o, Finding &f) { f.parameters.insert(QStringLiteral("capabilities"), o.capabilities.keywords); },
         nullptr},
        {{Stage::Auth},
         {C::AuthUnavailable},
         {},
         nullptr,
         QStringLiteral("auth.no_common_mechanism"),
         Stage::Auth,
         [](const Observation &o, Finding &f) {
             f.parameters.insert(QStringLiteral("mechanisms"), o.capabilities.authMechanisms);
             if (o.settings.authMechanism != smtp::AuthMechanism::Auto) {
                 f.parameters.insert(QStringLiteral("mechanism"), smtp::mechanismName(o.settings.authMechanism));
                 f.proposedChange = {{QStringLiteral("SMTP_AUTH_MECHANISM"), QStringLiteral("auto")}};
             }
         },
         nullptr},
        {{Stage::Auth}, {}, {}, nullptr, QStringLiteral("auth.failed"), Stage::Auth, fillProvider, nullptr},

        // Any later stage.
        {{}, {C::Timeout}, {}, nullptr, QStringLiteral("*.timeout"), Stage::None, fillStage, nullptr},
        {{}, {C::ServiceUnavailable, C::Network}, {}, nullptr, QStringLiteral("session.closed"), Stage::None, fillStage, nullptr},
        {{}, {}, {}, nullptr, QStringLiteral("*.failed"), Stage::None, fillStage, nullptr},
    };
    return table;
}

const QList<Stage> &genericStages()
{
    static const QList<Stage> stages = {Stage::Sender, Stage::Recipient, Stage::Data, Stage::Quit};
    return stages;
}

} // namespace

CertificateInfo CertificateInfo::from(const QSslCertificate &certificate)
{
    CertificateInfo info;
    info.subject = certificate.subjectDisplayName();
    const auto sans = certificate.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it)
        info.subjectAltNames.append(it.value());
    info.issuer = certificate.issuerDisplayName();
    info.notBefore = certificate.effectiveDate();
    info.notAfter = certificate.expiryDate();
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs.append(QString::fromLatin1(hex.mid(i, 2)));
    info.sha256 = pairs.join(u':');
    info.selfSigned = certificate.isSelfSigned();
    return info;
}

const QStringList &allFindingCodes()
{
    static const QStringList codes = []() {
        QStringList list = {
            QStringLiteral("dns.not_found"),
            QStringLiteral("connect.refused"),
            QStringLiteral("connect.timeout"),
            QStringLiteral("connect.unreachable"),
            QStringLiteral("connect.failed"),
            QStringLiteral("connect.ipv6_failed"),
            QStringLiteral("connect.ipv4_failed"),
            QStringLiteral("connect.port25"),
            QStringLiteral("greeting.timeout"),
            QStringLiteral("greeting.rejected"),
            QStringLiteral("greeting.not_smtp"),
            QStringLiteral("greeting.closed"),
            QStringLiteral("tls.port_expects_implicit"),
            QStringLiteral("tls.port_expects_plaintext"),
            QStringLiteral("tls.starttls_not_offered"),
            QStringLiteral("tls.handshake_failed"),
            QStringLiteral("tls.handshake_timeout"),
            QStringLiteral("tls.ca_file_unreadable"),
            QStringLiteral("tls.starttls_injection"),
            QStringLiteral("tls.starttls_refused"),
            QStringLiteral("tls.cert.self_signed"),
            QStringLiteral("tls.cert.unknown_issuer"),
            QStringLiteral("tls.cert.expired"),
            QStringLiteral("tls.cert.not_yet_valid"),
            QStringLiteral("tls.cert.host_mismatch"),
            QStringLiteral("tls.cert.invalid"),
            QStringLiteral("tls.verify_disabled"),
            QStringLiteral("tls.cert.expiring_soon"),
            QStringLiteral("tls.disabled"),
            QStringLiteral("tls.pinned"),
            QStringLiteral("tls.pin_mismatch"),
            QStringLiteral("ehlo.rejected"),
            QStringLiteral("auth.offered_before_tls"),
            QStringLiteral("auth.rejected"),
            QStringLiteral("auth.web_login_required"),
            QStringLiteral("auth.tls_required"),
            QStringLiteral("auth.temporary"),
            QStringLiteral("auth.requires_tls"),
            QStringLiteral("auth.not_offered"),
            QStringLiteral("auth.no_common_mechanism"),
            QStringLiteral("auth.plaintext_refused"),
            QStringLiteral("auth.failed"),
            QStringLiteral("sender.rejected"),
            QStringLiteral("recipient.unknown"),
            QStringLiteral("recipient.policy_denied"),
            QStringLiteral("recipient.rejected"),
            QStringLiteral("recipient.deferred"),
            QStringLiteral("data.rejected"),
            QStringLiteral("send.accepted"),
            QStringLiteral("session.closed"),
            QStringLiteral("diagnosis.incomplete"),
        };
        for (Stage stage : genericStages()) {
            list.append(smtp::stageName(stage) + QStringLiteral(".timeout"));
            list.append(smtp::stageName(stage) + QStringLiteral(".failed"));
        }
        return list;
    }();
    return codes;
}

QList<Stage> stageOrder(TlsMode mode)
{
    if (mode == TlsMode::Implicit)
        return {Stage::Resolve, Stage::Connect, Stage::Tls,       Stage::Greeting, Stage::Ehlo,
                Stage::Auth,    Stage::Sender,  Stage::Recipient, Stage::Data};
    return {Stage::Resolve, Stage::Connect, Stage::Greeting,  Stage::Tls, Stage::Ehlo,
            Stage::Auth,    Stage::Sender,  Stage::Recipient, Stage::Data};
}

Stage firstFailedStage(const QList<Finding> &findings, TlsMode mode)
{
    const QList<Stage> order = stageOrder(mode);
    Stage first = Stage::None;
    for (const Finding &finding : findings) {
        if (finding.severity == Severity::Error && (first == Stage::None || order.indexOf(finding.stage) < order.indexOf(first)))
            first = finding.stage;
    }
    return first;
}

QList<Finding> resolveFindings(const Observation &o)
{
    if (!o.hostNotFound && !o.lookupTimedOut && !(o.addresses.isEmpty() && !o.lookupError.isEmpty()))
        return {};
    Finding f = make(o, QStringLiteral("dns.not_found"), Severity::Error, Stage::Resolve);
    setIfNotEmpty(f, QStringLiteral("detail"), o.lookupError);
    if (o.lookupTimedOut) {
        f.parameters.insert(QStringLiteral("dns_timeout"), true);
        f.parameters.insert(QStringLiteral("timeout_s"), timeoutSeconds(o));
    }
    return {f};
}

QList<Finding> connectFindings(const Observation &o)
{
    QList<Finding> findings;
    const bool anyConnected = std::any_of(o.connects.cbegin(), o.connects.cend(), [](const ConnectAttempt &a) { return a.connected; });
    if (!o.connects.isEmpty() && !anyConnected) {
        auto has = [&o](QAbstractSocket::SocketError error) {
            return std::any_of(o.connects.cbegin(), o.connects.cend(), [error](const ConnectAttempt &a) { return a.error == error; });
        };
        const QString code = has(QAbstractSocket::ConnectionRefusedError) ? QStringLiteral("connect.refused")
                             : has(QAbstractSocket::SocketTimeoutError)   ? QStringLiteral("connect.timeout")
                                                                          : QStringLiteral("connect.unreachable");
        Finding f = make(o, code, Severity::Error, Stage::Connect);
        QVariantList attempts;
        for (const ConnectAttempt &a : o.connects)
            attempts.append(QVariantMap{{QStringLiteral("address"), a.address},
                                        {QStringLiteral("error"), a.errorText},
                                        {QStringLiteral("timed_out"), a.error == QAbstractSocket::SocketTimeoutError}});
        f.parameters.insert(QStringLiteral("attempts"), attempts);
        f.parameters.insert(QStringLiteral("timeout_s"), timeoutSeconds(o));
        // Port 25 is blocked for clients almost everywhere: the submission port is the fix.
        if (code == u"connect.timeout" && o.settings.port == 25)
            f.proposedChange = {{QStringLiteral("SMTP_PORT"), QStringLiteral("587")}};
        findings.append(f);
    } else if (o.connects.size() == 2) {
        const ConnectAttempt &v4 = o.connects[0];
        const ConnectAttempt &v6 = o.connects[1];
        if (v4.connected != v6.connected) {
            const ConnectAttempt &broken = v4.connected ? v6 : v4;
            Finding f = make(o, v4.connected ? QStringLiteral("connect.ipv6_failed") : QStringLiteral("connect.ipv4_failed"),
                             Severity::Warning, Stage::Connect);
            f.parameters.insert(QStringLiteral("address"), broken.address);
            setIfNotEmpty(f, QStringLiteral("detail"), broken.errorText);
            f.parameters.insert(QStringLiteral("timeout_s"), timeoutSeconds(o));
            findings.append(f);
        }
    }
    if (o.settings.port == 25 && anyConnected) {
        Finding f = make(o, QStringLiteral("connect.port25"), Severity::Warning, Stage::Connect);
        f.proposedChange = {{QStringLiteral("SMTP_PORT"), QStringLiteral("587")}};
        findings.append(f);
    }
    return findings;
}

QList<Finding> sessionErrorFindings(const Observation &o)
{
    if (o.sessionPassed || !o.error.isError())
        return {};
    for (const SessionErrorRule &rule : sessionErrorTable()) {
        if (!ruleMatches(rule, o))
            continue;
        if (rule.expand)
            return rule.expand(o);
        if (rule.code.isEmpty())
            return {};
        QString code = rule.code;
        if (code.startsWith(u'*'))
            code = smtp::stageName(o.error.stage) + code.mid(1);
        Finding f = make(o, code, Severity::Error, rule.findingStage == Stage::None ? o.error.stage : rule.findingStage);
        addEvidence(f, o.error);
        if (rule.fill)
            rule.fill(o, f);
        return {f};
    }
    return {};
}

QList<Finding> certificateFindings(const Observation &o, const QList<QSslError> &errors)
{
    const CertificateInfo leaf = leafOf(o);
    QList<Finding> findings;
    QSet<QString> seen;
    for (const QSslError &error : errors) {
        QString code;
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain: code = QStringLiteral("tls.cert.self_signed"); break;
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::InvalidCaCertificate: code = QStringLiteral("tls.cert.unknown_issuer"); break;
        case QSslError::CertificateExpired: code = QStringLiteral("tls.cert.expired"); break;
        case QSslError::CertificateNotYetValid: code = QStringLiteral("tls.cert.not_yet_valid"); break;
        case QSslError::HostNameMismatch: code = QStringLiteral("tls.cert.host_mismatch"); break;
        default: code = QStringLiteral("tls.cert.invalid"); break;
        }
        if (seen.contains(code))
            continue;
        seen.insert(code);
        Finding f = make(o, code, Severity::Error, Stage::Tls);
        // The TLS library's words (Qt's description of the certificate error).
        f.parameters.insert(QStringLiteral("ssl_error"), error.errorString());
        addCertificate(f, leaf);
        const bool pinnable = code == u"tls.cert.self_signed" || code == u"tls.cert.unknown_issuer" || code == u"tls.cert.invalid";
        if (pinnable && !leaf.sha256.isEmpty())
            f.proposedChange = {{QStringLiteral("SMTP_TLS_PIN_SHA256"), leaf.sha256}};
        if (code == u"tls.cert.host_mismatch") {
            // One plain name in the certificate: connecting by it is the mechanical fix.
            QStringList plain;
            for (const QString &name : leaf.subjectAltNames) {
                if (!name.contains(u'*') && name != o.settings.host)
                    plain.append(name);
            }
            if (plain.size() == 1)
                f.proposedChange = {{QStringLiteral("SMTP_HOST"), plain.first()}};
        }
        findings.append(f);
    }
    return findings;
}

QList<Finding> tlsFindings(const Observation &o)
{
    QList<Finding> findings;
    if (!o.encrypted)
        return findings;
    const CertificateInfo leaf = leafOf(o);
    if (!o.ignoredSslErrors.isEmpty()) {
        QStringList reasons;
        for (const QSslError &error : o.ignoredSslErrors)
            reasons.append(error.errorString());
        const bool pinned = !o.settings.pinnedSha256.isEmpty() && o.settings.verifyPeer;
        Finding f = make(o, pinned ? QStringLiteral("tls.pinned") : QStringLiteral("tls.verify_disabled"),
                         pinned ? Severity::Info : Severity::Warning, Stage::Tls);
        f.parameters.insert(QStringLiteral("ssl_errors"), reasons);
        f.parameters.insert(QStringLiteral("verifies"), false);
        addCertificate(f, leaf);
        if (!pinned && !leaf.sha256.isEmpty())
            f.proposedChange = {{QStringLiteral("SMTP_TLS_PIN_SHA256"), leaf.sha256},
                                {QStringLiteral("SMTP_TLS_VERIFY"), QStringLiteral("true")}};
        findings.append(f);
    } else if (!o.settings.verifyPeer) {
        Finding f = make(o, QStringLiteral("tls.verify_disabled"), Severity::Warning, Stage::Tls);
        f.parameters.insert(QStringLiteral("verifies"), true);
        f.proposedChange = {{QStringLiteral("SMTP_TLS_VERIFY"), QStringLiteral("true")}};
        findings.append(f);
    }
    if (!leaf.sha256.isEmpty() && o.now.isValid()) {
        const qint64 days = o.now.daysTo(leaf.notAfter);
        if (days >= 0 && days < 14) {
            Finding f = make(o, QStringLiteral("tls.cert.expiring_soon"), Severity::Warning, Stage::Tls);
            f.parameters.insert(QStringLiteral("days"), days);
            addCertificate(f, leaf);
            findings.append(f);
        }
    }
    return findings;
}

QList<Finding> workingSessionFindings(const Observation &o)
{
    QList<Finding> findings;
    if (!o.sessionReady)
        return findings;
    if (o.settings.tlsMode() == TlsMode::None) {
        const bool loopback = isLoopback(o);
        Finding f = make(o, QStringLiteral("tls.disabled"), loopback ? Severity::Info : Severity::Warning, Stage::Tls);
        f.parameters.insert(QStringLiteral("loopback"), loopback);
        f.parameters.insert(QStringLiteral("starttls_offered"), o.capabilities.startTls);
        if (!loopback)
            f.proposedChange = enableTls(o);
        findings.append(f);
    }
    if (o.settings.tlsMode() == TlsMode::StartTls && !o.capabilitiesBeforeTls.authMechanisms.isEmpty()) {
        Finding f = make(o, QStringLiteral("auth.offered_before_tls"), Severity::Warning, Stage::Ehlo);
        f.parameters.insert(QStringLiteral("capabilities"), o.capabilitiesBeforeTls.keywords);
        f.parameters.insert(QStringLiteral("mechanisms"), o.capabilitiesBeforeTls.authMechanisms);
        findings.append(f);
    }
    if (o.probeRan) {
        if (o.probeError.isError() && o.probeError.stage == Stage::Sender) {
            Finding f = make(o, QStringLiteral("sender.rejected"), Severity::Error, Stage::Sender);
            f.parameters.insert(QStringLiteral("sender"), o.probeSender);
            addEvidence(f, o.probeError);
            f.parameters.insert(QStringLiteral("policy"), o.probeError.reply.enhanced.subject == 7);
            findings.append(f);
        }
        // A refused MAIL FROM leaves no transaction: the RCPT replies pipelined after it
        // ("503 need MAIL command") say nothing about the recipients.
        const bool senderRefused = o.probeError.isError() && o.probeError.stage == Stage::Sender;
        for (const RecipientOutcome &result : o.recipients) {
            if (senderRefused || result.reply.code == 0 || result.reply.isPositive())
                continue;
            const smtp::EnhancedCode &c = result.reply.enhanced;
            QString code = QStringLiteral("recipient.rejected");
            if (c.subject == 1 && (c.detail == 1 || c.detail == 0))
                code = QStringLiteral("recipient.unknown");
            else if (c.subject == 7)
                code = QStringLiteral("recipient.policy_denied");
            else if (result.reply.isTransient())
                code = QStringLiteral("recipient.deferred");
            Finding f = make(o, code, result.reply.isTransient() ? Severity::Warning : Severity::Error, Stage::Recipient);
            f.parameters.insert(QStringLiteral("recipient"), result.address);
            addReply(f, result.reply);
            findings.append(f);
        }
    }
    if (o.sendRan) {
        if (o.sendSucceeded) {
            Finding f = make(o, QStringLiteral("send.accepted"), Severity::Info, Stage::Data);
            addReply(f, o.dataReply);
            f.parameters.insert(QStringLiteral("recipient"), o.probeRecipient);
            findings.append(f);
        } else if (o.sendError.stage == Stage::Data) {
            Finding f = make(o, QStringLiteral("data.rejected"), Severity::Error, Stage::Data);
            addEvidence(f, o.sendError);
            findings.append(f);
        }
    }
    return findings;
}

QList<Finding> analyse(const Observation &o)
{
    QList<Finding> findings = resolveFindings(o);
    findings += connectFindings(o);
    findings += sessionErrorFindings(o);
    findings += tlsFindings(o);
    findings += workingSessionFindings(o);
    for (const Finding &f : std::as_const(findings))
        qCDebug(lcDiagnostics) << "finding" << f.code << f.severity << f.stage << f.parameters << "change" << f.proposedChange.size();
    return findings;
}

} // namespace selfmx::diagnostics
