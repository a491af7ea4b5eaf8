// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "encoding.h"

#include <QByteArrayView>
#include <QList>

namespace selfmx::mime {

namespace {
constexpr char Hex[] = "0123456789ABCDEF";
constexpr int QpLineLimit = 76; // RFC 2045 §6.7 rule 5
constexpr int HeaderLineLimit = 78; // RFC 5322 §2.1.1
} // namespace

bool isPrintableAscii(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x20 && u < 0x7f) || u == u'\t';
    });
}

QByteArray quotedPrintable(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() + text.size() / 8 + 16);
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf('\n', lineStart);
        const bool lastLine = lineEnd < 0;
        if (lastLine)
            lineEnd = text.size();
        qsizetype contentEnd = lineEnd;
        if (contentEnd > lineStart && text[contentEnd - 1] == '\r')
            --contentEnd;
        if (lastLine && lineStart == text.size())
            break;

        int column = 0;
        for (qsizetype i = lineStart; i < contentEnd; ++i) {
            const auto byte = static_cast<unsigned char>(text[i]);
            const bool trailingSpace = (byte == ' ' || byte == '\t') && i == contentEnd - 1;
            const bool literal = ((byte >= 33 && byte <= 126) && byte != '=') || ((byte == ' ' || byte == '\t') && !trailingSpace);
            // A leading "." or "From " is safe: DATA is dot-stuffed and we are not mbox.
            const int width = literal ? 1 : 3;
            // Keep room for the "=" of a soft break unless this is the line's last piece.
            const bool lastPiece = i == contentEnd - 1;
            if (column + width > (lastPiece ? QpLineLimit : QpLineLimit - 1)) {
                out.append("=\r\n");
                column = 0;
            }
            if (literal) {
                out.append(char(byte));
            } else {
                out.append('=');
                out.append(Hex[byte >> 4]);
                out.append(Hex[byte & 0xf]);
            }
            column += width;
        }
        if (lastLine)
            break;
        out.append("\r\n");
        lineStart = lineEnd + 1;
    }
    return out;
}

QByteArray encodeHeaderText(const QString &text, int nameLength)
{
    if (isPrintableAscii(text) && !text.contains(QStringLiteral("=?"))) {
        // Fold plain ASCII at spaces so no line exceeds 78 columns (RFC 5322 §2.2.3).
        const QByteArray ascii = text.toLatin1();
        QByteArray out;
        int column = nameLength + 2;
        const QList<QByteArray> words = ascii.split(' ');
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QByteArray &word = words[i];
            if (i > 0) {
                if (column + 1 + word.size() > HeaderLineLimit && column > 1) {
                    out.append("\r\n ");
                    column = 1;
                } else {
                    out.append(' ');
                    ++column;
                }
            }
            out.append(word);
            column += int(word.size());
        }
        return out;
    }
    // Encoded-words: "=?UTF-8?B?" + base64 + "?=", at most 75 chars each (RFC 2047 §2),
    // each holding whole UTF-8 sequences only (§5 (3)).
    const QByteArray prefix = "=?UTF-8?B?";
    const QByteArray suffix = "?=";
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    qsizetype pos = 0;
    while (pos < utf8.size()) {
        // The first word shares its line with "Name: "; later ones start a folded line " ".
        const int startColumn = out.isEmpty() ? nameLength + 2 : 1;
        const int room = HeaderLineLimit - startColumn - int(prefix.size() + suffix.size());
        const qsizetype maxBytes = std::max(room / 4 * 3, 6); // base64: 3 bytes -> 4 chars
        qsizetype end = std::min(utf8.size(), pos + maxBytes);
        // Back off to a UTF-8 sequence boundary: never end before a continuation byte.
        while (end < utf8.size() && end > pos && (static_cast<unsigned char>(utf8[end]) & 0xC0) == 0x80)
            --end;
        if (end == pos)
            end = std::min(utf8.size(), pos + maxBytes);
        if (!out.isEmpty())
            out.append("\r\n ");
        out.append(prefix + utf8.mid(pos, end - pos).toBase64() + suffix);
        pos = end;
    }
    return out;
}

} // namespace selfmx::mime
