// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// The address parser (RFC 5321/5322) on arbitrary text; what it accepts must be writable
// as a header and an envelope address without line breaks, and parse back the same.
#include "mime/address.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace selfmx::mime;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const AddressList list = parseAddressList(text);
    for (const Mailbox &mailbox : list.mailboxes) {
        const QString envelope = mailbox.envelopeAddress();
        if (envelope.contains(u'\r') || envelope.contains(u'\n'))
            std::abort();
        for (const QByteArray &word : mailbox.headerWords()) {
            if (word.contains('\r') || word.contains('\n') || word.size() > 998)
                std::abort();
        }
        AddressError why;
        (void)isValidAddress(mailbox.address, &why);
        // The parsed address alone parses again to the same address.
        const std::optional<Mailbox> again = parseMailbox(mailbox.address);
        if (again && again->address != mailbox.address)
            std::abort();
    }
    // A refusal always says what is wrong, with a stable code; a success sets nothing.
    AddressError error;
    const bool parsed = parseMailbox(text, &error).has_value();
    if (parsed == error.isError() || (error.isError() && error.code().isEmpty()))
        std::abort();
    return 0;
}
