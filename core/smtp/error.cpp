// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "error.h"

// The codes the session produces (stage in brackets where it is fixed); parameters named
// after each. Front ends key their sentences on these, so they never change meaning.
//   resolve.host_missing [resolve] key            resolve.not_found [resolve] host, key
//   connect.refused [connect] host, port, key     connect.timeout [connect] host, port, seconds
//   connect.failed [connect] host, port           greeting.timeout [greeting] host, port, seconds
//   greeting.rejected [greeting] (421/554/4xx)    greeting.not_220 [greeting]
//   ehlo.rejected [ehlo] command                  tls.ca_file_unreadable [tls] key, path
//   tls.starttls_not_offered [tls] host, port     tls.starttls_refused [tls]
//   tls.starttls_injection [tls]                  tls.handshake_failed [tls] host, port
//   tls.certificate_unverified [tls] host, port, reasons, key
//   tls.pin_mismatch [tls] host, port, fingerprint (the server's), pinned, key
//   auth.plaintext_refused host, port, key        auth.not_offered host, port
//   auth.not_offered_without_tls host, port, key  auth.no_common_mechanism offered
//   auth.forced_mechanism_not_offered mechanism, offered, key
//   auth.rejected (535)  auth.web_login_required (534)  auth.tls_required (530)
//   auth.encryption_required (538)  auth.mechanism_unsupported (504) mechanism, key
//   auth.temporary (454)  auth.failed (other)     auth.too_many_steps mechanism
//   sender.rejected  sender.unsafe_address address  sender.smtputf8_not_offered host, port
//   sender.8bitmime_not_offered host, port        sender.too_large size, maxSize, host, port
//   sender.content_unavailable reason             recipient.none
//   recipient.unsafe_address address              recipient.all_rejected
//   data.rejected (DATA refused)                  data.message_rejected (after the dot)
//   data.content_unreadable                       data.read_failed bytes, reason
//   data.cancelled (the job was deleted mid-DATA) quit.unexpected_reply
//   session.timeout host, port, seconds, waitingFor   session.closed_by_server waitingFor
//   session.network_error host, port              session.protocol_error (detail: the parser)
//   session.unexpected_reply                      session.service_closing (421 at any stage)
//   session.rset_refused                          session.cancelled
//   session.not_accepting (send() after quit() or the end)

namespace selfmx::smtp {

QString Error::toString() const
{
    QString text = stageName(stage);
    if (!code.isEmpty())
        text += QStringLiteral(" [") + code + u']';
    text += QStringLiteral(": ") + message;
    if (reply.code != 0)
        text += QStringLiteral(" The server said: ") + reply.text();
    if (!detail.isEmpty())
        text += QStringLiteral(" (") + detail + u')';
    return text;
}

Error Error::make(Stage stage, ErrorCategory category, const QString &code, const QString &message, const QVariantMap &parameters,
                  const QString &detail)
{
    Error error;
    error.stage = stage;
    error.category = category;
    error.code = code;
    error.message = message;
    error.parameters = parameters;
    error.detail = detail;
    return error;
}

Error Error::fromReply(Stage stage, const Reply &reply, const QString &code, const QString &message, const QVariantMap &parameters)
{
    Error error;
    error.stage = stage;
    error.reply = reply;
    error.code = code;
    error.message = message;
    error.parameters = parameters;
    if (reply.code == 421)
        error.category = ErrorCategory::ServiceUnavailable;
    else if (reply.isTransient())
        error.category = ErrorCategory::TemporaryFailure;
    else if (reply.code == 552 && stage == Stage::Data)
        error.category = ErrorCategory::MessageTooLarge;
    else
        error.category = ErrorCategory::Rejected;
    return error;
}

} // namespace selfmx::smtp
