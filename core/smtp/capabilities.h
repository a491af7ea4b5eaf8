// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "reply.h"
#include "types.h"

#include <QStringList>

namespace selfmx::smtp {

// What a server said it supports in its EHLO reply (RFC 5321 §4.1.1.1), as typed fields.
// Parsed per line and keyword, so the last line ("250 PIPELINING") counts like any other.
struct Capabilities {
    bool esmtp = false;               // EHLO worked (false after a HELO fallback)
    QString serverName;               // the domain on the first line
    bool startTls = false;            // RFC 3207
    bool pipelining = false;          // RFC 2920
    bool eightBitMime = false;        // RFC 6152
    bool smtpUtf8 = false;            // RFC 6531
    bool enhancedStatusCodes = false; // RFC 2034
    bool dsn = false;                 // RFC 3461
    bool chunking = false;            // RFC 3030
    bool sizeAdvertised = false;      // RFC 1870
    qint64 maxSize = 0;               // 0: no limit stated
    QStringList authMechanisms;       // upper case, as offered: "PLAIN", "LOGIN", "CRAM-MD5", ...
    QStringList keywords;             // every keyword line, verbatim, for reports

    static Capabilities fromEhloReply(const Reply &reply);
};

} // namespace selfmx::smtp
