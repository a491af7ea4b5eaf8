// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
//
// The SMTP reply parser on arbitrary bytes, fed in pieces whose sizes come from the input:
// it must never crash, read out of bounds, or hold more than its line limit.
#include "smtp/reply.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using selfmx::smtp::ReplyParser;
    if (size == 0)
        return 0;
    // The first byte chooses the piece size (1..64), as a network would split the stream.
    const size_t piece = 1 + (data[0] % 64);
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    ReplyParser parser;
    for (qsizetype pos = 0; pos < bytes.size(); pos += qsizetype(piece)) {
        parser.feed(bytes.sliced(pos, std::min<qsizetype>(qsizetype(piece), bytes.size() - pos)));
        for (int guard = 0; guard < 10000; ++guard) {
            selfmx::smtp::Reply reply;
            const ReplyParser::Status status = parser.next(&reply);
            parser.takeRawLines();
            if (status != ReplyParser::Status::ReplyReady)
                break;
            // A parsed reply is a three-digit code with its lines.
            if (reply.code < 100 || reply.code > 599)
                std::abort();
            (void)reply.text();
            (void)reply.isPositive();
            (void)reply.isTransient();
        }
    }
    return 0;
}
