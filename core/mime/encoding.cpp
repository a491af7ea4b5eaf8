// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "encoding.h"

#include <QByteArrayView>
#include <QList>
#include <QStringDecoder>

namespace selfmx::mime {

namespace {
constexpr char Hex[] = "0123456789ABCDEF";
constexpr int QpLineLimit = 76;      // RFC 2045 §6.7 rule 5
constexpr int EncodedWordLimit = 75; // RFC 2047 §2
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
    // Written through a pointer, not appended a byte at a time: a relay encodes every
    // long-lined or non-ASCII text this way, and appending per byte (a call and a capacity
    // check each) was most of the delivery thread's time building a 1 KiB message. Sized for
    // ASCII text with its soft breaks; it grows (doubling) only for what is encoded, so a
    // large text costs no more than its output.
    QByteArray out(text.size() + text.size() / 8 + 16, Qt::Uninitialized);
    char *o = out.data();
    char *end = o + out.size();
    const auto room = [&out, &o, &end](qsizetype n) {
        if (end - o >= n)
            return;
        const qsizetype used = o - out.constData();
        out.resize(qMax(out.size() * 2, used + n));
        o = out.data() + used;
        end = out.data() + out.size();
    };
    const char *const in = text.data();
    qsizetype lineStart = 0;
    while (lineStart < text.size()) {
        qsizetype lineEnd = text.indexOf('\n', lineStart);
        const bool lastLine = lineEnd < 0;
        if (lastLine)
            lineEnd = text.size();
        qsizetype contentEnd = lineEnd;
        if (contentEnd > lineStart && in[contentEnd - 1] == '\r')
            --contentEnd;

        int column = 0;
        for (qsizetype i = lineStart; i < contentEnd; ++i) {
            room(6); // a soft break and an encoded byte at most
            const auto byte = static_cast<unsigned char>(in[i]);
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
                *o++ = '=';
                *o++ = '\r';
                *o++ = '\n';
                column = 0;
            }
            if (literal) {
                *o++ = char(byte);
            } else {
                *o++ = '=';
                *o++ = Hex[byte >> 4];
                *o++ = Hex[byte & 0xf];
            }
            column += width;
        }
        if (lastLine)
            break;
        room(2);
        *o++ = '\r';
        *o++ = '\n';
        lineStart = lineEnd + 1;
    }
    out.truncate(o - out.constData());
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

QList<QByteArray> unstructuredWords(const QString &text, qsizetype nameLength)
{
    if (isPrintableAscii(text) && !text.contains(QStringLiteral("=?"))) {
        const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
        // foldHeader() never folds before the first word, which shares its line with
        // "Name: ": a plain word longer than what is left of that line could pass the hard
        // limit, so such texts are encoded (the same room serves every word, for simplicity).
        const qsizetype room = MaxLineLength - nameLength - 2;
        const bool foldable = std::all_of(parts.cbegin(), parts.cend(), [room](const QString &w) { return w.size() <= room; });
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

QByteArray unstructuredField(const QByteArray &name, const QString &text)
{
    return foldHeader(name, unstructuredWords(text, name.size()));
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

namespace {

// One charset's bytes to text, refusing what is not valid in it.
std::optional<QString> decodeCharset(const QByteArray &charset, const QByteArray &bytes)
{
    const QByteArray name = charset.toLower();
    if (name == "us-ascii") {
        if (std::any_of(bytes.cbegin(), bytes.cend(), [](char c) { return (c & 0x80) != 0; }))
            return std::nullopt;
        return QString::fromLatin1(bytes);
    }
    if (name == "iso-8859-1" || name == "latin1")
        return QString::fromLatin1(bytes);
    if (name != "utf-8")
        return std::nullopt;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// RFC 2047 §4.2 "Q": '_' is a space, =XX a byte.
std::optional<QByteArray> decodeQ(QByteArrayView text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '_') {
            out.append(' ');
        } else if (c == '=') {
            if (i + 2 >= text.size())
                return std::nullopt;
            const int hi = hexValue(text[i + 1]);
            const int lo = hexValue(text[i + 2]);
            if (hi < 0 || lo < 0)
                return std::nullopt;
            out.append(char(hi * 16 + lo));
            i += 2;
        } else {
            out.append(c);
        }
    }
    return out;
}

// "=?charset?X?text?=" at pos: the decoded text and the length of the word.
std::optional<std::pair<QString, qsizetype>> encodedWordAt(QByteArrayView text, qsizetype pos)
{
    if (!text.sliced(pos).startsWith("=?"))
        return std::nullopt;
    const qsizetype q1 = text.indexOf('?', pos + 2);
    if (q1 < 0 || q1 + 2 >= text.size() || text[q1 + 2] != '?')
        return std::nullopt;
    const qsizetype end = text.indexOf("?=", q1 + 3);
    if (end < 0)
        return std::nullopt;
    QByteArray charset = text.sliced(pos + 2, q1 - pos - 2).toByteArray();
    if (const qsizetype star = charset.indexOf('*'); star >= 0)
        charset.truncate(star); // RFC 2231 §5 language suffix
    const char encoding = char(text[q1 + 1] | 0x20);
    const QByteArrayView payload = text.sliced(q1 + 3, end - q1 - 3);
    if (payload.contains(' ') || payload.contains('\t'))
        return std::nullopt;
    std::optional<QByteArray> bytes;
    if (encoding == 'b') {
        const auto result = QByteArray::fromBase64Encoding(payload.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
        if (result)
            bytes = result.decoded;
    } else if (encoding == 'q') {
        bytes = decodeQ(payload);
    }
    if (!bytes)
        return std::nullopt;
    const std::optional<QString> decoded = decodeCharset(charset, *bytes);
    if (!decoded)
        return std::nullopt;
    return std::pair{*decoded, end + 2 - pos};
}

} // namespace

std::optional<QString> decodeUnstructured(QByteArrayView text)
{
    QString out;
    qsizetype pos = 0;
    bool lastWasEncoded = false;
    while (pos < text.size()) {
        // Whitespace: kept, unless it only separates two encoded-words.
        qsizetype ws = pos;
        while (ws < text.size() && (text[ws] == ' ' || text[ws] == '\t'))
            ++ws;
        if (ws > pos) {
            if (!(lastWasEncoded && ws < text.size() && encodedWordAt(text, ws)))
                out += QString::fromLatin1(text.sliced(pos, ws - pos));
            pos = ws;
            continue;
        }
        if (const auto word = encodedWordAt(text, pos)) {
            out += word->first;
            pos += word->second;
            lastWasEncoded = true;
            continue;
        }
        if (text.sliced(pos).startsWith("=?"))
            return std::nullopt; // looks like an encoded-word but is not one
        qsizetype end = pos;
        while (end < text.size() && text[end] != ' ' && text[end] != '\t')
            ++end;
        const std::optional<QString> plain = decodeCharset("utf-8", text.sliced(pos, end - pos).toByteArray());
        if (!plain)
            return std::nullopt;
        out += *plain;
        pos = end;
        lastWasEncoded = false;
    }
    return out;
}

std::optional<QString> decodeParameter(QByteArrayView parameters, const QByteArray &name)
{
    // Split at ';' outside quoted strings, unquote values.
    struct Piece {
        QByteArray key;
        QByteArray value;
        bool quoted = false;
    };
    QList<Piece> pieces;
    qsizetype pos = 0;
    while (pos < parameters.size()) {
        while (pos < parameters.size() && (parameters[pos] == ' ' || parameters[pos] == '\t' || parameters[pos] == ';'))
            ++pos;
        if (pos >= parameters.size())
            break;
        const qsizetype eq = parameters.indexOf('=', pos);
        const qsizetype semicolon = parameters.indexOf(';', pos);
        if (eq < 0 || (semicolon >= 0 && semicolon < eq)) {
            // A bare token (e.g. "attachment"): skip it.
            pos = semicolon < 0 ? parameters.size() : semicolon + 1;
            continue;
        }
        Piece piece;
        piece.key = parameters.sliced(pos, eq - pos).trimmed().toByteArray().toLower();
        pos = eq + 1;
        if (pos < parameters.size() && parameters[pos] == '"') {
            piece.quoted = true;
            ++pos;
            bool closed = false;
            while (pos < parameters.size()) {
                const char c = parameters[pos++];
                if (c == '\\') {
                    if (pos >= parameters.size())
                        return std::nullopt;
                    piece.value.append(parameters[pos++]);
                } else if (c == '"') {
                    closed = true;
                    break;
                } else {
                    piece.value.append(c);
                }
            }
            if (!closed)
                return std::nullopt;
        } else {
            const qsizetype end = semicolon < 0 ? parameters.size() : semicolon;
            piece.value = parameters.sliced(pos, end - pos).trimmed().toByteArray();
            pos = end;
        }
        pieces.append(piece);
    }

    const QByteArray key = name.toLower();
    for (const Piece &piece : std::as_const(pieces)) {
        if (piece.key == key)
            return decodeCharset("utf-8", piece.value);
    }
    // RFC 2231: name*=charset'lang'%XX or name*0*=..., name*1=... in order.
    QByteArray bytes;
    QByteArray charset;
    bool found = false;
    for (int index = 0;; ++index) {
        const Piece *match = nullptr;
        bool extended = false;
        for (const Piece &piece : std::as_const(pieces)) {
            if (index == 0 && piece.key == key + '*') {
                match = &piece;
                extended = true;
                break;
            }
            if (piece.key == key + '*' + QByteArray::number(index) + '*') {
                match = &piece;
                extended = true;
                break;
            }
            if (piece.key == key + '*' + QByteArray::number(index)) {
                match = &piece;
                break;
            }
        }
        if (!match)
            break;
        found = true;
        QByteArray value = match->value;
        if (extended && !match->quoted) {
            if (index == 0) {
                const qsizetype first = value.indexOf('\'');
                const qsizetype second = first < 0 ? -1 : value.indexOf('\'', first + 1);
                if (second < 0)
                    return std::nullopt;
                charset = value.left(first);
                value = value.mid(second + 1);
            }
            for (qsizetype i = 0; i < value.size(); ++i) {
                if (value[i] == '%') {
                    if (i + 2 >= value.size())
                        return std::nullopt;
                    const int hi = hexValue(value[i + 1]);
                    const int lo = hexValue(value[i + 2]);
                    if (hi < 0 || lo < 0)
                        return std::nullopt;
                    bytes.append(char(hi * 16 + lo));
                    i += 2;
                } else {
                    bytes.append(value[i]);
                }
            }
        } else {
            bytes.append(value);
        }
        if (match->key == key + '*')
            break; // a single extended value has no continuations
    }
    if (!found)
        return std::nullopt;
    return decodeCharset(charset.isEmpty() ? QByteArray("utf-8") : charset, bytes);
}

} // namespace selfmx::mime
