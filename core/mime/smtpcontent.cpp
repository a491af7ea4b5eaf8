// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "smtpcontent.h"

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
        std::unique_ptr<MessageStream> stream = MessageBuilder::open(message, options, &content.error);
        if (stream) {
            content.eightBit = stream->eightBit();
            content.device = std::move(stream);
        }
        return content;
    };
}

} // namespace selfmx::mime
