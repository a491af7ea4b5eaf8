// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "dataencoder.h"

#include <cstring>

namespace selfmx::smtp {

void DataEncoder::encode(QByteArrayView chunk, QByteArray &out)
{
    out.reserve(out.size() + chunk.size() + chunk.size() / 64 + 8);
    const char *p = chunk.data();
    const char *const end = p + chunk.size();
    while (p < end) {
        if (m_pendingCr) {
            // A CR is only a line end together with the LF after it; a lone CR becomes CRLF.
            m_pendingCr = false;
            out.append("\r\n", 2);
            m_atLineStart = true;
            if (*p == '\n') {
                ++p;
                continue;
            }
        }
        if (m_atLineStart && *p == '.')
            out.append('.'); // two dots, RFC 5321 §4.5.2
        // Copy the run up to the next line break in one go: this is the hot path.
        const char *run = p;
        while (p < end && *p != '\r' && *p != '\n')
            ++p;
        out.append(run, p - run);
        m_atLineStart = false;
        if (p == end)
            break;
        if (*p == '\r') {
            m_pendingCr = true;
        } else {
            out.append("\r\n", 2);
            m_atLineStart = true;
        }
        ++p;
    }
}

void DataEncoder::finish(QByteArray &out)
{
    if (m_pendingCr) {
        out.append("\r\n", 2);
        m_pendingCr = false;
        m_atLineStart = true;
    }
    if (!m_atLineStart)
        out.append("\r\n", 2);
    out.append(".\r\n", 3);
    m_atLineStart = true;
}

} // namespace selfmx::smtp
