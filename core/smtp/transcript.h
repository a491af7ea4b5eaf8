// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include "types.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QString>

namespace selfmx::smtp {

struct TranscriptEntry {
    Direction direction = Direction::Info;
    qint64 elapsedMs = 0; // since the session started
    bool encrypted = false;
    QByteArray line; // without CRLF; AUTH payloads already replaced by "<redacted …>"

    // "  12 ms  C: [TLS] EHLO host"
    QString toString() const;
};

// Every line of a session in order. Redaction happens where lines are recorded (the
// session never hands a secret to the transcript), so no viewer or export can leak one.
class Transcript
{
public:
    void start() { m_clock.start(); }
    TranscriptEntry append(Direction direction, bool encrypted, QByteArray line);
    const QList<TranscriptEntry> &entries() const { return m_entries; }
    QString toString() const;
    void clear() { m_entries.clear(); }

private:
    QElapsedTimer m_clock;
    QList<TranscriptEntry> m_entries;
};

} // namespace selfmx::smtp
