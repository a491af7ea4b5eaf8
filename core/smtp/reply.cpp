// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "reply.h"

namespace selfmx::smtp {

QString EnhancedCode::toString() const
{
    if (!isValid())
        return {};
    return QString::number(klass) + u'.' + QString::number(subject) + u'.' + QString::number(detail);
}

std::optional<std::pair<EnhancedCode, qsizetype>> EnhancedCode::parsePrefix(QByteArrayView text)
{
    // RFC 3463 §2: class "." subject "." detail; class is 2, 4 or 5; subject 1-3 digits,
    // detail 1-3 digits.
    qsizetype pos = 0;
    auto number = [&text, &pos](int maxDigits) -> std::optional<int> {
        int value = 0;
        int digits = 0;
        while (pos < text.size() && digits < maxDigits && text[pos] >= '0' && text[pos] <= '9') {
            value = value * 10 + (text[pos] - '0');
            ++pos;
            ++digits;
        }
        if (digits == 0)
            return std::nullopt;
        return value;
    };
    EnhancedCode code;
    const auto klass = number(1);
    if (!klass || (*klass != 2 && *klass != 4 && *klass != 5) || pos >= text.size() || text[pos] != '.')
        return std::nullopt;
    ++pos;
    const auto subject = number(3);
    if (!subject || pos >= text.size() || text[pos] != '.')
        return std::nullopt;
    ++pos;
    const auto detail = number(3);
    if (!detail)
        return std::nullopt;
    if (pos < text.size() && text[pos] != ' ')
        return std::nullopt;
    code.klass = *klass;
    code.subject = *subject;
    code.detail = *detail;
    return std::make_pair(code, pos);
}

QString Reply::text() const
{
    QStringList parts;
    parts.reserve(lines.size());
    for (const QByteArray &line : lines)
        parts.append(QString::fromUtf8(line).trimmed());
    QString joined = parts.join(u' ');
    if (enhanced.isValid())
        joined.prepend(enhanced.toString() + u' ');
    return QString::number(code) + u' ' + joined;
}

void ReplyParser::feed(QByteArrayView bytes)
{
    m_buffer.append(bytes);
}

ReplyParser::Status ReplyParser::next(Reply *reply)
{
    if (!m_error.isEmpty())
        return Status::Error;
    while (true) {
        const qsizetype newline = m_buffer.indexOf('\n');
        if (newline < 0) {
            if (m_buffer.size() > MaxLineLength) {
                m_error = QStringLiteral("the server sent a reply line longer than %1 bytes").arg(MaxLineLength);
                return Status::Error;
            }
            return Status::NeedMore;
        }
        if (newline > MaxLineLength) {
            m_error = QStringLiteral("the server sent a reply line longer than %1 bytes").arg(MaxLineLength);
            return Status::Error;
        }
        QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        // CRLF is the rule; a bare LF is tolerated (RFC 5321 §2.3.8 asks clients to be lenient).
        if (line.endsWith('\r'))
            line.chop(1);
        m_rawLines.append(line);
        if (!parseLine(line))
            return Status::Error;
        if (!m_inReply) {
            *reply = std::move(m_current);
            m_current = Reply();
            return Status::ReplyReady;
        }
    }
}

bool ReplyParser::parseLine(const QByteArray &line)
{
    // "250-text" continues, "250 text" or a bare "250" ends the reply (RFC 5321 §4.2.1).
    auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    if (line.size() < 3 || !isDigit(line[0]) || !isDigit(line[1]) || !isDigit(line[2]) || line[0] < '2' || line[0] > '5'
        || (line.size() > 3 && line[3] != '-' && line[3] != ' ')) {
        m_error = QStringLiteral("the server sent a line that is not an SMTP reply: \"%1\"").arg(QString::fromUtf8(line.left(80)));
        return false;
    }
    const int code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
    const bool last = line.size() == 3 || line[3] == ' ';
    if (m_inReply && code != m_current.code) {
        m_error = QStringLiteral("the server changed the reply code within one reply (%1, then %2)").arg(m_current.code).arg(code);
        return false;
    }
    QByteArray text = line.size() > 4 ? line.mid(4) : QByteArray();
    if (!m_inReply) {
        m_current.code = code;
        // RFC 2034: the enhanced code leads the text of each line; we keep the first one.
        if (const auto enhanced = EnhancedCode::parsePrefix(text)) {
            m_current.enhanced = enhanced->first;
            text = text.mid(enhanced->second).trimmed();
        }
    } else if (m_current.enhanced.isValid()) {
        if (const auto enhanced = EnhancedCode::parsePrefix(text))
            text = text.mid(enhanced->second).trimmed();
    }
    m_current.lines.append(text);
    m_inReply = !last;
    return true;
}

QList<QByteArray> ReplyParser::takeRawLines()
{
    return std::exchange(m_rawLines, {});
}

void ReplyParser::reset()
{
    m_buffer.clear();
    m_current = Reply();
    m_inReply = false;
    m_rawLines.clear();
    m_error.clear();
}

} // namespace selfmx::smtp
