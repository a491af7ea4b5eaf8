// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace selfmx::smtp {

// An RFC 3463 enhanced status code, "5.7.8": class.subject.detail.
struct EnhancedCode {
    int klass = 0;
    int subject = 0;
    int detail = 0;

    bool isValid() const { return klass != 0; }
    QString toString() const;
    friend bool operator==(const EnhancedCode &, const EnhancedCode &) = default;

    // Parses "5.7.8" at the start of text; returns the code and how many chars it used.
    static std::optional<std::pair<EnhancedCode, qsizetype>> parsePrefix(QByteArrayView text);
};

// One complete server reply, possibly multi-line (RFC 5321 §4.2.1).
struct Reply {
    int code = 0;
    EnhancedCode enhanced;   // from the first line, when the server sent one
    QList<QByteArray> lines; // text after "250-" / "250 ", without the enhanced code

    bool isPositive() const { return code >= 200 && code < 300; }
    bool isIntermediate() const { return code >= 300 && code < 400; }
    bool isTransient() const { return code >= 400 && code < 500; }
    bool isPermanent() const { return code >= 500 && code < 600; }
    // The server's own words, lines joined by a space, for errors and reports (the
    // transcript keeps the raw lines).
    QString text() const;
};

// Turns the bytes a server sends into replies. Feed it whatever arrived; it keeps partial
// lines across calls, so a reply split over several TCP segments, or several replies in
// one segment, come out the same.
class ReplyParser
{
public:
    // RFC 5321 §4.5.3.1.5 allows 512 octets a reply line; real servers exceed it, so we
    // accept lines up to this length and treat anything longer as a protocol error.
    static constexpr qsizetype MaxLineLength = 64 * 1024;

    enum class Status { NeedMore, ReplyReady, Error };

    void feed(QByteArrayView bytes);
    // Extracts the next complete reply, if there is one.
    Status next(Reply *reply);
    QString errorString() const { return m_error; }
    // Lines of the reply being read, for the transcript (cleared by takeRawLines()).
    QList<QByteArray> takeRawLines();
    // Bytes received but not yet part of a complete reply.
    bool hasBufferedData() const { return !m_buffer.isEmpty() || m_inReply; }
    void reset();

private:
    bool parseLine(const QByteArray &line);

    QByteArray m_buffer;
    Reply m_current;
    bool m_inReply = false;
    QList<QByteArray> m_rawLines;
    QString m_error;
};

} // namespace selfmx::smtp
