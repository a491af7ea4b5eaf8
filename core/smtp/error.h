// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "reply.h"
#include "types.h"

#include <QList>
#include <QSslError>
#include <QString>
#include <QVariantMap>

namespace selfmx::smtp {

// An error is a value: where it happened, what kind it was, a stable code, the facts a
// sentence needs, the server's own reply when there was one and the OS's or TLS library's
// words. Core composes no sentence for people: front ends render one from code and
// parameters (text::ErrorText). Code decides on stage/category/code/reply, never on text.
struct Error {
    Stage stage = Stage::None;
    ErrorCategory category = ErrorCategory::None;
    // Stable and documented, "<area>.<what>": "tls.starttls_not_offered", "auth.rejected",
    // "connect.refused", "greeting.timeout", "session.timeout", ... (see error.cpp).
    QString code;
    // What the sentence needs: "host", "port", "seconds", "address", "mechanism", ...;
    // "key" names the setting at fault by its stable key ("SMTP_PORT") when there is one.
    QVariantMap parameters;
    Reply reply;                // code 0 when the server said nothing
    QString detail;             // the OS's, TLS library's or reply parser's words, when they spoke
    QList<QSslError> sslErrors; // certificate problems, one per failure
    // For developers only (logs, test failure output): terse English, never shown to users.
    QString message;

    bool isError() const { return category != ErrorCategory::None; }
    // For logs and test output: "auth [auth.rejected]: AUTH refused The server said: 535 5.7.8 … (detail)".
    QString toString() const;

    static Error make(Stage stage, ErrorCategory category, const QString &code, const QString &message, const QVariantMap &parameters = {},
                      const QString &detail = {});
    // A refusal by the server: the category follows from the reply (421, 4xx, 5xx).
    static Error fromReply(Stage stage, const Reply &reply, const QString &code, const QString &message,
                           const QVariantMap &parameters = {});
};

} // namespace selfmx::smtp

Q_DECLARE_METATYPE(selfmx::smtp::Error)
