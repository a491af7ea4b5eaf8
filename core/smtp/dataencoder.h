// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace selfmx::smtp {

// Turns message bytes into the DATA stream, chunk by chunk, so a large message is never
// held twice: every line ends in CRLF (a bare LF or bare CR becomes CRLF, RFC 5321 §2.3.8),
// and a line that starts with '.' gets a second dot (RFC 5321 §4.5.2), including the very
// first line of the body. finish() ends the last line and appends the terminating ".".
class DataEncoder
{
public:
    // Appends the encoded form of chunk to out.
    void encode(QByteArrayView chunk, QByteArray &out);
    // Appends the end of data: CRLF if the body did not end with one, then ".\r\n".
    void finish(QByteArray &out);
    void reset() { *this = DataEncoder(); }

private:
    bool m_atLineStart = true;
    bool m_pendingCr = false;
};

} // namespace selfmx::smtp
