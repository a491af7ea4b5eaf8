// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "error.h"

namespace selfmx::smtp {

QString Error::toString() const
{
    QString text = stageName(stage) + QStringLiteral(": ") + message;
    if (reply.code != 0)
        text += QStringLiteral(" The server said: ") + reply.text();
    if (!detail.isEmpty())
        text += QStringLiteral(" (") + detail + u')';
    return text;
}

Error Error::fromReply(Stage stage, const Reply &reply, const QString &message)
{
    Error error;
    error.stage = stage;
    error.reply = reply;
    error.message = message;
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
