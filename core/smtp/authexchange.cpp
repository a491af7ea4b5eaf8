// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "authexchange.h"

#include "sasl.h"

namespace selfmx::smtp {

namespace {

QString peerOf(const AuthExchange::Connection &connection)
{
    return connection.host + u':' + QString::number(connection.port);
}

QVariantMap peerParameters(const AuthExchange::Connection &connection)
{
    return {{QStringLiteral("host"), connection.host}, {QStringLiteral("port"), connection.port}};
}

} // namespace

AuthExchange::AuthExchange(QString user, QString password, AuthMechanism forced)
    : m_user(std::move(user))
    , m_password(std::move(password))
    , m_forced(forced)
{
}

AuthExchange::Step AuthExchange::send(const QByteArray &line, const QByteArray &shown, int expectedCode)
{
    Step step;
    step.kind = Step::Kind::Send;
    step.line = line;
    step.shown = shown;
    step.expectedCode = expectedCode;
    return step;
}

AuthExchange::Step AuthExchange::failed(Error error)
{
    Step step;
    step.kind = Step::Kind::Failed;
    step.error = std::move(error);
    return step;
}

AuthExchange::Step AuthExchange::start(const Connection &connection)
{
    m_challenges = 0;
    m_mechanism.reset();
    if (!connection.encrypted && !connection.loopbackPeer && !connection.allowPlaintext) {
        QVariantMap parameters = peerParameters(connection);
        parameters.insert(QStringLiteral("key"), QStringLiteral("SMTP_ALLOW_PLAINTEXT_AUTH"));
        return failed(Error::make(Stage::Auth, ErrorCategory::AuthRefusedPlaintext, QStringLiteral("auth.plaintext_refused"),
                                  QStringLiteral("the password is not sent to %1 without TLS").arg(peerOf(connection)), parameters));
    }
    if (connection.offered.isEmpty()) {
        // Without TLS a server may hide AUTH until STARTTLS (Postfix's smtpd_tls_auth_only).
        if (connection.encrypted || connection.tlsConfigured)
            return failed(Error::make(Stage::Auth, ErrorCategory::AuthUnavailable, QStringLiteral("auth.not_offered"),
                                      QStringLiteral("%1 does not offer AUTH").arg(peerOf(connection)), peerParameters(connection)));
        QVariantMap parameters = peerParameters(connection);
        parameters.insert(QStringLiteral("key"), QStringLiteral("SMTP_TLS"));
        return failed(Error::make(Stage::Auth, ErrorCategory::AuthUnavailable, QStringLiteral("auth.not_offered_without_tls"),
                                  QStringLiteral("%1 does not offer AUTH without TLS").arg(peerOf(connection)), parameters));
    }
    m_mechanism = sasl::choose(connection.offered, m_forced, connection.encrypted);
    if (!m_mechanism) {
        const QString offered = connection.offered.join(u' ');
        if (m_forced == AuthMechanism::Auto)
            return failed(Error::make(Stage::Auth, ErrorCategory::AuthUnavailable, QStringLiteral("auth.no_common_mechanism"),
                                      QStringLiteral("no supported mechanism in AUTH ") + offered, {{QStringLiteral("offered"), offered}}));
        return failed(Error::make(Stage::Auth, ErrorCategory::AuthUnavailable, QStringLiteral("auth.forced_mechanism_not_offered"),
                                  QStringLiteral("forced mechanism not in AUTH ") + offered,
                                  {{QStringLiteral("mechanism"), mechanismName(m_forced)},
                                   {QStringLiteral("offered"), offered},
                                   {QStringLiteral("key"), QStringLiteral("SMTP_AUTH_MECHANISM")}}));
    }
    switch (*m_mechanism) {
    case AuthMechanism::Plain:
        // RFC 4954 §4: the initial response rides on the AUTH line, one round trip.
        return send("AUTH PLAIN " + sasl::plainInitialResponse(m_user, m_password), "AUTH PLAIN <redacted: credentials>", 235);
    case AuthMechanism::Login: return send("AUTH LOGIN", "AUTH LOGIN", 334);
    case AuthMechanism::CramMd5: return send("AUTH CRAM-MD5", "AUTH CRAM-MD5", 334);
    case AuthMechanism::Auto: break;
    }
    return failed(Error::make(Stage::Auth, ErrorCategory::AuthUnavailable, QStringLiteral("auth.no_common_mechanism"),
                              QStringLiteral("no mechanism chosen")));
}

AuthExchange::Step AuthExchange::next(const Reply &reply)
{
    if (reply.code == 235) {
        Step step;
        step.kind = Step::Kind::Succeeded;
        return step;
    }
    if (reply.code == 334 && m_mechanism) {
        ++m_challenges;
        // LOGIN asks for the user name, then the password; the prompts' words are not
        // standardised ("VXNlcm5hbWU6" is only customary), so only their order counts.
        if (*m_mechanism == AuthMechanism::Login && m_challenges == 1)
            return send(sasl::loginResponse(m_user), "<redacted: user name>", 334);
        if (*m_mechanism == AuthMechanism::Login && m_challenges == 2)
            return send(sasl::loginResponse(m_password), "<redacted: password>", 235);
        if (*m_mechanism == AuthMechanism::CramMd5 && m_challenges == 1)
            return send(sasl::cramMd5Response(m_user, m_password, reply.lines.value(0)), "<redacted: CRAM-MD5 response>", 235);
        return failed(Error::make(Stage::Auth, ErrorCategory::Protocol, QStringLiteral("auth.too_many_steps"),
                                  QStringLiteral("more 334 challenges than the mechanism has"),
                                  {{QStringLiteral("mechanism"), mechanismName(*m_mechanism)}}));
    }
    return failed(refusal(reply));
}

Error AuthExchange::refusal(const Reply &reply) const
{
    QString code;
    QVariantMap parameters;
    ErrorCategory category = reply.isTransient() ? ErrorCategory::TemporaryFailure : ErrorCategory::AuthFailed;
    switch (reply.code) {
    case 535: code = QStringLiteral("auth.rejected"); break;           // RFC 4954 §6
    case 534: code = QStringLiteral("auth.web_login_required"); break; // "mechanism is too weak"
    case 530: code = QStringLiteral("auth.tls_required"); break;
    case 538: code = QStringLiteral("auth.encryption_required"); break;
    case 504:
        code = QStringLiteral("auth.mechanism_unsupported");
        category = ErrorCategory::AuthUnavailable;
        parameters.insert(QStringLiteral("mechanism"), mechanismName(m_mechanism.value_or(AuthMechanism::Auto)));
        parameters.insert(QStringLiteral("key"), QStringLiteral("SMTP_AUTH_MECHANISM"));
        break;
    case 454: code = QStringLiteral("auth.temporary"); break;
    default: code = QStringLiteral("auth.failed"); break;
    }
    Error error = Error::fromReply(Stage::Auth, reply, code, QStringLiteral("AUTH refused"), parameters);
    error.category = category;
    return error;
}

} // namespace selfmx::smtp
