// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "smtpcontent.h"

#include "logging.h"

namespace selfmx::mime {

smtp::Envelope envelopeFor(const Message &message)
{
    smtp::Envelope envelope;
    envelope.from = MessageBuilder::envelopeSender(message);
    envelope.recipients = MessageBuilder::envelopeRecipients(message);
    return envelope;
}

smtp::ContentFactory contentFactory(Message message)
{
    return [message = std::move(message)](const smtp::Capabilities &capabilities) {
        smtp::Content content;
        BuildOptions options;
        options.allow8bit = capabilities.eightBitMime;
        QList<BuildIssue> issues;
        std::unique_ptr<MessageStream> stream = MessageBuilder::open(message, options, &issues);
        if (stream) {
            content.eightBit = stream->eightBit();
            qCDebug(lcMime) << "message built:" << stream->size() << "bytes," << (content.eightBit ? "8bit" : "7bit")
                            << "(server 8BITMIME:" << capabilities.eightBitMime << ')';
            content.device = std::move(stream);
        } else {
            // Codes for the log and the session's error (front ends validate before sending).
            QStringList codes;
            for (const BuildIssue &issue : std::as_const(issues))
                codes.append(issue.toString());
            content.error = codes.join(QStringLiteral("; "));
            qCDebug(lcMime) << "message not built:" << content.error;
        }
        return content;
    };
}

} // namespace selfmx::mime
