// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "transcript.h"

namespace selfmx::smtp {

QString TranscriptEntry::toString() const
{
    QString prefix;
    switch (direction) {
    case Direction::Client: prefix = QStringLiteral("C: "); break;
    case Direction::Server: prefix = QStringLiteral("S: "); break;
    case Direction::Info: prefix = QStringLiteral("*  "); break;
    }
    return QStringLiteral("%1 ms  ").arg(elapsedMs, 6) + prefix + (encrypted ? QStringLiteral("[TLS] ") : QString())
           + QString::fromUtf8(line);
}

TranscriptEntry Transcript::append(Direction direction, bool encrypted, QByteArray line)
{
    TranscriptEntry entry;
    entry.direction = direction;
    entry.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    entry.encrypted = encrypted;
    entry.line = std::move(line);
    m_entries.append(entry);
    return entry;
}

QString Transcript::toString() const
{
    QString text;
    for (const TranscriptEntry &entry : m_entries)
        text += entry.toString() + u'\n';
    return text;
}

} // namespace selfmx::smtp
