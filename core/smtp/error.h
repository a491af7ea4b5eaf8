// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "reply.h"
#include "types.h"

#include <QList>
#include <QSslError>
#include <QString>

namespace selfmx::smtp {

// An error is a value: where it happened, what kind it was, the server's own reply when
// there was one, and a sentence for people. Code decides on stage/category/reply, never on
// the text.
struct Error {
    Stage stage = Stage::None;
    ErrorCategory category = ErrorCategory::None;
    Reply reply;                // code 0 when the server said nothing
    QString message;            // what went wrong, for people
    QString detail;             // the OS or TLS library's words, when it spoke
    QList<QSslError> sslErrors; // certificate problems, one per failure

    bool isError() const { return category != ErrorCategory::None; }
    // "auth: the server rejected the user name or password. The server said: 535 5.7.8 …"
    QString toString() const;

    static Error fromReply(Stage stage, const Reply &reply, const QString &message);
};

} // namespace selfmx::smtp

Q_DECLARE_METATYPE(selfmx::smtp::Error)
