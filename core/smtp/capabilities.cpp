// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "capabilities.h"

namespace selfmx::smtp {

Capabilities Capabilities::fromEhloReply(const Reply &reply)
{
    Capabilities caps;
    caps.esmtp = true;
    if (reply.lines.isEmpty())
        return caps;
    caps.serverName = QString::fromUtf8(reply.lines.first().split(' ').value(0));
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        const QString line = QString::fromUtf8(reply.lines.at(i)).trimmed();
        if (line.isEmpty())
            continue;
        caps.keywords.append(line);
        // Old servers write "AUTH=LOGIN PLAIN"; treat '=' after AUTH like a space.
        QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        QString keyword = words.takeFirst().toUpper();
        if (keyword.startsWith(u"AUTH=")) {
            words.prepend(keyword.mid(5));
            keyword = QStringLiteral("AUTH");
        }
        if (keyword == u"STARTTLS") {
            caps.startTls = true;
        } else if (keyword == u"PIPELINING") {
            caps.pipelining = true;
        } else if (keyword == u"8BITMIME") {
            caps.eightBitMime = true;
        } else if (keyword == u"SMTPUTF8") {
            caps.smtpUtf8 = true;
        } else if (keyword == u"ENHANCEDSTATUSCODES") {
            caps.enhancedStatusCodes = true;
        } else if (keyword == u"DSN") {
            caps.dsn = true;
        } else if (keyword == u"CHUNKING") {
            caps.chunking = true;
        } else if (keyword == u"SIZE") {
            caps.sizeAdvertised = true;
            caps.maxSize = words.value(0).toLongLong();
        } else if (keyword == u"AUTH") {
            for (const QString &mechanism : std::as_const(words)) {
                const QString upper = mechanism.toUpper();
                if (!caps.authMechanisms.contains(upper))
                    caps.authMechanisms.append(upper);
            }
        }
    }
    return caps;
}

} // namespace selfmx::smtp
