// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "encoding.h"

#include <QByteArrayView>
#include <QList>

namespace selfmx::mime {

namespace {
constexpr char Hex[] = "0123456789ABCDEF";
constexpr int QpLineLimit = 76;      // RFC 2045 §6.7 rule 5
constexpr int EncodedWordLimit = 75; // RFC 2047 §2
// A longest word that still leaves a folded line " word" under the hard limit.
constexpr int FoldableWordLimit = MaxLineLength - 20;
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
    while (lineStart < text.size()) {
        qsizetype lineEnd = text.indexOf('\n', lineStart);
        const bool lastLine = lineEnd < 0;
        if (lastLine)
            lineEnd = text.size();
        qsizetype contentEnd = lineEnd;
        if (contentEnd > lineStart && text[contentEnd - 1] == '\r')
            --contentEnd;

        int column = 0;
        for (qsizetype i = lineStart; i < contentEnd; ++i) {
            const auto byte = static_cast<unsigned char>(text[i]);
            const bool lastPiece = i == contentEnd - 1;
            const bool whitespace = byte == ' ' || byte == '\t';
            // Rule 3: whitespace at the end of an encoded line is encoded. A leading '.'
            // needs nothing here: DATA is dot-stuffed (RFC 5321 §4.5.2).
            const bool literal = ((byte >= 33 && byte <= 126) && byte != '=') || (whitespace && !lastPiece);
            const int width = literal ? 1 : 3;
            // Keep room for the "=" of a soft break unless this is the line's last piece.
            if (column + width > (lastPiece ? QpLineLimit : QpLineLimit - 1)) {
                // After a soft break "=" is the line's last character, so a space before
                // it is not trailing whitespace.
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

QByteArray base64Lines(QByteArrayView data)
{
    QByteArray out;
    out.reserve(base64LinesSize(data.size()));
    for (qsizetype pos = 0; pos < data.size(); pos += Base64LineInput) {
        const QByteArrayView line = data.sliced(pos, std::min<qsizetype>(Base64LineInput, data.size() - pos));
        out.append(QByteArray::fromRawData(line.data(), line.size()).toBase64());
        out.append("\r\n");
    }
    return out;
}

qint64 base64LinesSize(qint64 inputSize)
{
    const qint64 full = inputSize / Base64LineInput;
    const qint64 rest = inputSize % Base64LineInput;
    return full * (76 + 2) + (rest ? (rest + 2) / 3 * 4 + 2 : 0);
}

QList<QByteArray> encodedWords(const QString &text)
{
    static const QByteArray prefix = "=?UTF-8?B?";
    static const QByteArray suffix = "?=";
    // RFC 2047 allows 75 characters a word; 39 bytes (52 base64 characters, 64 with the
    // delimiters) let the first word share its line with "Reply-To: " within 78 columns.
    constexpr qsizetype maxBytes = 39;
    static_assert(12 + maxBytes / 3 * 4 <= EncodedWordLimit);
    QList<QByteArray> words;
    const QByteArray utf8 = text.toUtf8();
    qsizetype pos = 0;
    while (pos < utf8.size()) {
        qsizetype end = std::min(utf8.size(), pos + maxBytes);
        // Back off to a UTF-8 sequence boundary: never end before a continuation byte.
        while (end < utf8.size() && end > pos && (static_cast<unsigned char>(utf8[end]) & 0xC0) == 0x80)
            --end;
        if (end == pos)
            end = std::min(utf8.size(), pos + maxBytes);
        words.append(prefix + utf8.mid(pos, end - pos).toBase64() + suffix);
        pos = end;
    }
    return words;
}

QList<QByteArray> unstructuredWords(const QString &text)
{
    if (isPrintableAscii(text) && !text.contains(QStringLiteral("=?"))) {
        const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
        const bool foldable = std::all_of(parts.cbegin(), parts.cend(), [](const QString &w) { return w.size() <= FoldableWordLimit; });
        // Runs of spaces would be lost by splitting; keep those texts exact via encoding.
        if (foldable && !text.contains(QStringLiteral("  ")) && !text.startsWith(u' ') && !text.endsWith(u' ')) {
            QList<QByteArray> words;
            for (const QString &part : parts)
                words.append(part.toLatin1());
            return words;
        }
    }
    return encodedWords(text);
}

QByteArray foldHeader(const QByteArray &name, const QList<QByteArray> &words)
{
    QByteArray out = name + ':';
    qsizetype column = out.size();
    for (const QByteArray &word : words) {
        if (column + 1 + word.size() > RecommendedLineLength && column > name.size() + 1) {
            out.append("\r\n ");
            column = 1;
        } else {
            out.append(' ');
            ++column;
        }
        out.append(word);
        column += word.size();
    }
    out.append("\r\n");
    return out;
}

QList<QByteArray> parameterWords(const QByteArray &name, const QString &value)
{
    const bool plain = isPrintableAscii(value) && value.size() < 60;
    if (plain) {
        QString quoted = value;
        quoted.replace(u'\\', QStringLiteral("\\\\"));
        quoted.replace(u'"', QStringLiteral("\\\""));
        return {name + "=\"" + quoted.toLatin1() + '"'};
    }
    // RFC 2231 §3-4: percent-encode UTF-8, split into continuations that never cut a %XX.
    const QByteArray encoded = value.toUtf8().toPercentEncoding("!#$&+-.^_`|~");
    QList<QByteArray> words;
    qsizetype pos = 0;
    int index = 0;
    constexpr qsizetype chunk = 50;
    while (pos < encoded.size() || index == 0) {
        qsizetype end = std::min(encoded.size(), pos + chunk);
        if (end < encoded.size()) {
            if (encoded[end - 1] == '%')
                end -= 1;
            else if (end >= 2 && encoded[end - 2] == '%')
                end -= 2;
        }
        QByteArray word = name + '*' + QByteArray::number(index) + "*=";
        if (index == 0)
            word += "UTF-8''";
        word += encoded.mid(pos, end - pos) + ';';
        words.append(word);
        pos = end;
        ++index;
    }
    words.last().chop(1); // the caller puts the separator after the last piece
    if (words.size() == 1)
        words[0].replace(QByteArray(name + "*0*="), QByteArray(name + "*=")); // one piece needs no numbering
    return words;
}

} // namespace selfmx::mime
